"""split_cards: on a feed of bare kicker / title / stamp cards, a section's name printed
over one card's title ("Fußball") shows the slot holds topics: the one-word words over the
other titles ("Glatteis", "Tarifrunde") are kickers, no publishers; an aggregator's feed
prints no section among its publishers."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

FEED = """\
Zum Inhalt springen
Neueste Meldungen
Glatteis
Dutzende Unfälle auf der A7 bei Kassel
vor 1 Std.
Tarifrunde
Verdi ruft Beschäftigte der Länder zum Warnstreik auf
vor 2 Std.
Fußball
Hannover 96 verpflichtet neuen Torwart
vor 4 Std.
Impressum
"""


def test_one_word_kickers_beside_a_section_name_are_no_sources() -> None:
    drafts = split_articles(clean_page(RawPage(text=FEED, fetched_at=FETCHED)))
    assert [draft.source for draft in drafts] == [None, None, None]
    assert drafts[0].title == "Dutzende Unfälle auf der A7 bei Kassel"
