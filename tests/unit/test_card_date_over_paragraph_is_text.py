"""split_page._date_over_summary: a numeric date, a dash and words over a paragraph is the
text's own line (a chronology's one entry under a sub-heading, a press release's first
paragraph opening on its date), not a card's date and summary."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


PAGE = """\
Lokales
Sporthalle am Kirchberg: Neubau wird fast doppelt so teuer
Statt 8,5 Millionen Euro soll die Halle nun 15,2 Millionen kosten. \
Die Opposition fordert einen Baustopp.
Von Anke Moritz
30.11.2026, 10.15 Uhr
Die Kosten für den Neubau der Sporthalle laufen aus dem Ruder, \
wie eine Vorlage der Verwaltung zeigt.
Als Gründe nennt die Verwaltung gestiegene Baupreise und Probleme mit dem Baugrund am Hang.
Wie es dazu kam
12.03.2024 – Der Stadtrat beschließt den Neubau mit einem Budget von 8,5 Millionen Euro
Schon damals hatten Fachleute vor dem weichen Untergrund am Kirchberg gewarnt, doch niemand hörte.
Die Eröffnung verschiebt sich voraussichtlich auf den Herbst 2028, teilte die Stadt am Montag mit.
Mehr aus Bremen-Nord
Neue Buslinie zwischen Vegesack und Blumenthal startet
vor 6 Std.
"""


def test_a_dated_line_over_a_paragraph_stays_in_the_text() -> None:
    drafts = split(PAGE)
    assert drafts[0].title == "Sporthalle am Kirchberg: Neubau wird fast doppelt so teuer"
    assert "12.03.2024 – Der Stadtrat beschließt den Neubau" in drafts[0].body
    assert "Schon damals hatten Fachleute" in drafts[0].body
    assert [draft.title for draft in drafts[1:]] == [
        "Neue Buslinie zwischen Vegesack und Blumenthal startet"
    ]
