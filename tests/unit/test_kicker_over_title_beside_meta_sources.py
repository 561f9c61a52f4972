"""A portal list whose cards print a kicker over the title and their agency in a "dpa · vor
2 Std." line under it: a card with an age alone under its title ("vor 40 Min.") has no
source, and its kicker ("Glatteis") is a label like the others' ("Landtag", "Verkehr"), not
its publisher. The cards that print their agency elsewhere show the slot over the titles
holds labels."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 2, 8, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://www.portal.example.de/", fetched_at=FETCHED)
    return split_articles(clean_page(page))


PORTAL = """\
PORTAL
Nachrichten
Politik
Sport
Top-Meldungen
Landtag
Neues Schulgesetz: Opposition kündigt Klage in Karlsruhe an
Die Fraktionen halten die geplante Verkürzung der Grundschulzeit für verfassungswidrig.
dpa · vor 2 Std.
Glatteis
Dutzende Unfälle auf der A7 zwischen Kassel und Göttingen
vor 40 Min.
Verkehr
Lokführer legen am Montag erneut den Fernverkehr lahm
AFP · vor 4 Std.
Mehr laden
Impressum
"""


def test_kicker_of_a_card_without_agency_is_no_source() -> None:
    sources = [(draft.title, draft.source) for draft in split(PORTAL)]
    assert sources == [
        ("Neues Schulgesetz: Opposition kündigt Klage in Karlsruhe an", "dpa"),
        ("Dutzende Unfälle auf der A7 zwischen Kassel und Göttingen", None),
        ("Lokführer legen am Montag erneut den Fernverkehr lahm", "AFP"),
    ]
