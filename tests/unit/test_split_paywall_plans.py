"""A metered paywall (no article: a heading to the reader, plans in tiers, an FAQ) is no
list of stampless teasers: its tiers and its questions gave "related" articles. A section
front whose headlines quote a price a month stays a list."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 19, 12, 0, tzinfo=UTC)


def split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


METERED_PAYWALL = """\
Naar de inhoud
Dagblad van het Oosten
Menu
Zoeken
Inloggen
Abonneer
Je hebt al je gratis artikelen van deze maand gelezen
Word abonnee om te blijven lezen over wat er gebeurt in Enschede, Hengelo en heel Twente.
Populairst
Digitaal Basis
1 euro de eerste maand
Daarna 14 euro per maand. Maandelijks opzegbaar.
Kies
Digitaal Plus
Eerste 3 maanden voor 9 euro
Daarna 19 euro per maand. Met de digitale krant en Plus-artikelen van al onze titels.
Kies
Al abonnee?
Inloggen
Veelgestelde vragen
Kan ik mijn abonnement opzeggen wanneer ik wil?
Ja. Je zegt je abonnement eenvoudig op onder Mijn account, en het loopt af aan het einde \
van de periode.
Hoeveel gratis artikelen kan ik lezen?
Als ingelogde lezer zonder abonnement kun je drie artikelen per maand lezen. De teller \
begint elke eerste van de maand opnieuw.
Klantenservice
Privacy
© Dagblad van het Oosten 2026
"""


def test_a_metered_paywalls_tiers_and_questions_are_no_teasers() -> None:
    url = "https://www.dagbladvanhetoosten.example/2026-05-19/nieuwe-brug-over-de-dinkel-vertraagd"
    assert split(METERED_PAYWALL, url) == []


def test_must_stay_a_section_front_whose_headline_quotes_a_price_a_month() -> None:
    page = """\
Naar de inhoud
Dagblad van het Oosten
Economie
Energieleverancier verhoogt vaste kosten per 1 juli
Klanten van de Twentse energieleverancier gaan vanaf juli gemiddeld 8 euro per maand meer \
betalen.
Streamingdienst naar 13,99 euro per maand
De grootste streamingdienst van Nederland verhoogt voor de tweede keer dit jaar zijn prijzen.
Bakkerij in Hengelo sluit na 90 jaar de deuren
De familiebakkerij aan de Enschedesestraat stopt omdat er geen opvolger is gevonden.
Nieuwe fabriek levert 200 banen op in Almelo
Het chemiebedrijf investeert 40 miljoen euro in een nieuwe productielocatie aan de A35.
Privacy
"""
    drafts = split(page, "https://www.dagbladvanhetoosten.example/economie")
    assert [d.title for d in drafts] == [
        "Energieleverancier verhoogt vaste kosten per 1 juli",
        "Streamingdienst naar 13,99 euro per maand",
        "Bakkerij in Hengelo sluit na 90 jaar de deuren",
        "Nieuwe fabriek levert 200 banen op in Almelo",
    ]


SWEDISH_PAYWALL = """\
Hoppa till innehållet
Norrlandsposten
Meny
Sök
Logga in
Du har läst alla dina fria artiklar den här månaden
Bli prenumerant för att fortsätta läsa om det som händer i Umeå och hela Västerbotten.
Populärast
Digital Bas
1 kr första månaden
Därefter 149 kr per månad. Ingen bindningstid.
Välj
Digital Plus
3 månader för 99 kr
Därefter 199 kr per månad. Med e-tidningen och alla Plus-artiklar.
Välj
Redan prenumerant?
Logga in med BankID
Vanliga frågor
Kan jag säga upp min prenumeration när jag vill?
Ja. Du säger enkelt upp prenumerationen under Mitt konto, och den löper ut vid periodens slut.
Kundservice
© Norrlandsposten 2026
"""


def test_a_swedish_metered_paywalls_tiers_are_no_teasers() -> None:
    # (the [period] words of ui_words.txt name a Swedish month: "149 kr per månad")
    url = "https://www.norrlandsposten.example/2026-05-19/ny-bro-over-umealven-forsenas"
    assert split(SWEDISH_PAYWALL, url) == []
