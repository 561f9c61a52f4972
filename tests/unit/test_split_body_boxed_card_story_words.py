"""split_body: the text under a lone card in a "Lees ook" box goes on in the lead when
the word it shares with the card's headline is a word of the lead's own headline (the
city both stories are about), though the paragraph right over the box does not use it
(a page whose cards, the box's and a rail's under the text, are read as one list)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
GOES_ON = (
    "‘We kunnen de Mechelaars niet blijven vragen om schonere wagens te kopen, terwijl er "
    "elke dag honderden oude bestelwagens door de kanaalzone rijden’, zegt de schepen."
)


def test_text_under_a_lone_boxed_card_uses_the_lead_headline_words() -> None:
    text = (
        "Regio\n"
        "Mechelen\n"
        "Lage-emissiezone in Mechelen breidt uit naar kanaalzone vanaf maart\n"
        "Els Maes, Belga\n"
        "zo 29 nov 2026 10:47\n"
        "Aangepast zo 29 nov 2026 12:15\n"
        "Delen\n"
        "© BELGA\n"
        "Vrachtwagens op de Nekkerspoel in Mechelen.\n"
        "De zone wordt vanaf 1 maart uitgebreid naar het hele havengebied aan beide oevers, "
        "besliste het stadsbestuur vrijdag na een lange studie van de luchtkwaliteit.\n"
        "Uit die studie bleek dat vrachtwagens ouder dan twaalf jaar het grootste deel van "
        "het roet langs de kaaien en de scholen veroorzaken.\n"
        "Lees ook\n"
        "Regio\n"
        "Mechelse binnenstad wordt autoluw: dit verandert er vanaf januari\n"
        "Vanaf 6 januari mogen alleen bewoners en leveranciers nog rond de Korenmarkt rijden.\n"
        "do 12 nov 2026\n"
        f"{GOES_ON}\n"
        "Overgangsperiode voor transporteurs\n"
        "Voor vrachtwagens komt er een overgangsperiode van een jaar. Bedrijven die aantonen "
        "dat ze een nieuwe wagen besteld hebben, mogen tot de levering blijven rijden.\n"
        "De uitbreiding moet nog goedgekeurd worden door de gemeenteraad in januari.\n"
        "Meest gelezen\n"
        "Sneeuw in de Ardennen: eerste skipistes open\n"
        "Brand in appartementsgebouw in Brugge, tien bewoners geëvacueerd\n"
        "Meer uit Regio\n"
        "Leuven\n"
        "Nieuwe tramlijn tussen Leuven en Brussel rijdt in 2031\n"
        "za 28 nov 2026\n"
        "Limburg\n"
        "Provincie investeert 40 miljoen in fietssnelwegen\n"
        "De route tussen Hasselt en Genk moet als eerste af zijn, in 2028.\n"
        "vr 27 nov 2026\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert GOES_ON in drafts[0].body
    assert all(GOES_ON not in draft.body for draft in drafts[1:])
