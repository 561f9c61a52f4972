"""A stampless video card ("Video" / length / title / publisher) among a list's stamped
cards, read card by card: a portal's channel printed as its site's domain and a name
("WEB.DE Ratgeber") is a publisher's line there, as any name is; and clean keeps the
card's title under an ad slot it dropped, as under a card's stamp. Not a video title over
a section's name (no publisher), not a short headline opening on a domain, nor a player
inside an article's text under an ad."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 18, 9, 20, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def cards(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(draft.source, draft.title, draft.time_text) for draft in split(text)]


CHIPPED_LIST = """\
Top-Themen
Politik
Bundesrat stoppt Reform der Grundsteuer-Hebesätze vorerst
Die Länderkammer hat das Gesetz in den Vermittlungsausschuss geschickt.
AFP
vor 2 Stunden
Panorama
Sturz in Gletscherspalte: Bergsteiger aus Bayern gerettet
Ein 41-Jähriger ist am Ortler in eine Gletscherspalte gestürzt.
Südtirol News
gestern, 21:10 Uhr
Wirtschaft
Autozulieferer streicht 1.200 Stellen in Franken
Betroffen sind die Standorte Schweinfurt und Bamberg.
Reuters
5 Std.
Video
2:14
So schützen Sie Ihren Garten vor Spätfrost
{publisher}
Wissen
Forscher entdecken neue Tiefseeart vor den Azoren
Der nur wenige Zentimeter lange Krebs lebt in mehr als 3.000 Metern Tiefe.
t-online
vor 7 Stunden
"""


def test_a_named_video_card_among_chipped_cards_is_a_card() -> None:
    found = cards(CHIPPED_LIST.format(publisher="Garten Journal"))
    assert ("Garten Journal", "So schützen Sie Ihren Garten vor Spätfrost", None) in found
    assert [title for _, title, _ in found][-1] == (
        "Forscher entdecken neue Tiefseeart vor den Azoren"
    )
    assert len(found) == 5


def test_a_portals_domain_and_channel_name_is_the_video_cards_publisher() -> None:
    found = cards(CHIPPED_LIST.format(publisher="WEB.DE Ratgeber"))
    assert ("WEB.DE Ratgeber", "So schützen Sie Ihren Garten vor Spätfrost", None) in found


def test_a_video_title_over_a_section_name_and_the_next_chip_makes_no_card() -> None:
    # (must stay: no publisher under the video's title, only the list's section names)
    found = cards(CHIPPED_LIST.format(publisher="Ratgeber"))
    titles = [title for _, title, _ in found]
    assert "So schützen Sie Ihren Garten vor Spätfrost" not in titles
    assert "Forscher entdecken neue Tiefseeart vor den Azoren" in titles


def test_a_short_title_opening_on_a_domain_stays_a_title() -> None:
    # (must stay: "Booking.com Stellenabbau" is a card's headline, over its summary)
    page = CHIPPED_LIST.format(publisher="Garten Journal").replace(
        "Autozulieferer streicht 1.200 Stellen in Franken", "Booking.com Stellenabbau"
    )
    assert ("Reuters", "Booking.com Stellenabbau", "5 Std.") in cards(page)


AD_OVER_VIDEO = """\
Sky TG24
Allerta meteo, arancione anche in Toscana: Massa Carrara e Lucca a rischio
Chiusi i ponti sul Serchio, la Regione ha attivato il coordinamento con i comuni.
2 ore fa
Il Resto del Carlino
Bologna, riapre dopo tre anni il portico di San Luca
4 ore fa
Contenuti sponsorizzati
Il nuovo metodo per dimezzare la bolletta della luce che sta facendo impazzire l'Italia
Risparmio Facile
Video
1:05
Genova, il Bisagno si gonfia: le immagini dal ponte di Sant'Agata
Primocanale
Video
2:20
Rapallo, mareggiata sul lungomare: danni alle barche
Genova24 · 1 ora fa
"""


def test_a_video_card_under_an_ad_slot_is_a_card() -> None:
    found = cards(AD_OVER_VIDEO)
    assert found[2:] == [
        ("Primocanale", "Genova, il Bisagno si gonfia: le immagini dal ponte di Sant'Agata", None),
        ("Genova24", "Rapallo, mareggiata sul lungomare: danni alle barche", "1 ora fa"),
    ]


AD_OVER_PLAYER_IN_TEXT = """\
Maltempo in Liguria, allerta rossa a Genova: scuole chiuse e treni sospesi
22 novembre 2026 ore 10:40
Allerta rossa per piogge diffuse e temporali forti su tutto il centro della Liguria fino alla mezzanotte di domenica, ha stabilito Arpal.
Il sindaco di Genova ha disposto la chiusura di scuole, università, parchi e cimiteri. Chiusi anche i sottopassi.
Contenuti sponsorizzati
Il nuovo metodo per dimezzare la bolletta della luce che sta facendo impazzire l'Italia
Risparmio Facile
Video
1:05
Genova, il Bisagno si gonfia: le immagini dal ponte
Primocanale
I vigili del fuoco hanno eseguito nella notte oltre 120 interventi, soprattutto per alberi caduti e allagamenti.
Secondo le previsioni, il picco delle precipitazioni è atteso nel pomeriggio, con cumulate fino a 300 millimetri.
"""  # noqa: E501


def test_a_player_under_an_ad_inside_a_text_stays_out_of_it() -> None:
    # (must stay: the text goes on under the player's channel, no list's card there)
    drafts = split(AD_OVER_PLAYER_IN_TEXT)
    assert len(drafts) == 1
    assert "Genova, il Bisagno" not in drafts[0].body
    assert "I vigili del fuoco" in drafts[0].body
