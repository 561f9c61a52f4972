"""A partner's offer ("Partnerangebot") over its pitch in a card list is an advertising
card's label: no article (README: advertising cards are not articles)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

CARDS = """\
Nachrichten
Politik
Top-Themen
Koalition
Einigung beim Bürgergeld: Union und SPD verschärfen Sanktionen
Wer zumutbare Arbeit dreimal ablehnt, soll künftig keine Leistungen mehr erhalten.
vor 23 Minuten
Nahost
Waffenruhe im Libanon hält – UN melden erste Rückkehrer
vor 2 Stunden
Wetter
Erster Schnee bis ins Flachland: Glättewarnung für halb Deutschland
Der Deutsche Wetterdienst warnt vor überfrierender Nässe in Hessen und Thüringen.
vor 4 Stunden
Aus den Regionen
Quelle: dpa
Hamburg: Elbtunnel am Wochenende teilweise gesperrt
Pendler müssen sich von Freitagabend bis Montagmorgen auf lange Staus einstellen.
vor 5 Stunden
Quelle: spot on news
Bayern: Zugspitzbahn nimmt Betrieb früher auf als geplant
Gestern
{0}
{1}
Mehr Nachrichten
Impressum
Datenschutz
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_partner_offer_card_is_no_article() -> None:
    drafts = split(
        CARDS.format("Partnerangebot", "Jetzt 3 Monate Streaming zum halben Preis sichern")
    )
    assert [d.title for d in drafts] == [
        "Einigung beim Bürgergeld: Union und SPD verschärfen Sanktionen",
        "Waffenruhe im Libanon hält – UN melden erste Rückkehrer",
        "Erster Schnee bis ins Flachland: Glättewarnung für halb Deutschland",
        "Hamburg: Elbtunnel am Wochenende teilweise gesperrt",
        "Bayern: Zugspitzbahn nimmt Betrieb früher auf als geplant",
    ]


def test_a_headline_naming_a_partner_offer_stays_a_card() -> None:
    # must stay: the word inside a headline is no label
    drafts = split(
        CARDS.format(
            "Quelle: AFP\n"
            "Partnerangebot der Bahn: Sparpreise gelten künftig auch im Regionalverkehr",
            "vor 9 Stunden",
        )
    )
    assert drafts[-1].title.startswith("Partnerangebot der Bahn")
