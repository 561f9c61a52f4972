"""split: a "Via …" line between the text's sentences is a sub-heading, not the source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


VIA_SUBHEADING = """\
Lakeside Courier
Technik
Neue Schließfächer öffnen sich per Handy
04.03.2026, 08:15 Uhr
Von Petra Lind
Am Bahnhof stehen seit Montag vierzig neue Schließfächer für Pakete und Gepäck.
Sie lassen sich ohne Schlüssel und ohne Münzen öffnen.
Via Funk
Die Fächer verbinden sich über das Mobilfunknetz mit dem Server des Betreibers.
Eine Stunde kostet einen Euro, der Tag fünf Euro.
"""

VIA_SOURCE_OVER_TEXT = """\
Lakeside Courier
Neue Schließfächer öffnen sich per Handy
04.03.2026, 08:15 Uhr
via Harbour Wire
Am Bahnhof stehen seit Montag vierzig neue Schließfächer für Pakete und Gepäck.
Sie lassen sich ohne Schlüssel und ohne Münzen öffnen.
"""


def test_a_via_line_between_sentences_names_no_source() -> None:
    drafts = split(VIA_SUBHEADING)
    assert drafts[0].source is None


def test_a_via_line_under_the_stamp_names_the_source() -> None:
    drafts = split(VIA_SOURCE_OVER_TEXT)
    assert drafts[0].source == "Harbour Wire"
