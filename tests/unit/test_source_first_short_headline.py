"""A one-line card that prints its source and stamp before its headline ("Reuters — 3h ago —
Tube strike ends") keeps a short headline of three words: the source and stamp frame it.
What a meta line prints after its stamp that is no headline stays none: a reading time, a
credit."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _titled_meta

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
News Portal
Home
Top stories
Harbour Times — 2h ago — Ferry fares rise
Valley Radio — 3h ago — Bridge reopens early
Northern Echo Daily — 5h ago — Farmers protest quotas
Privacy
"""


def test_short_headlines_after_source_and_stamp_are_cards() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Ferry fares rise",
        "Bridge reopens early",
        "Farmers protest quotas",
    ]


def test_a_short_headline_reads_with_its_source_and_stamp() -> None:
    assert _titled_meta("Valley Radio — 3h ago — Bridge reopens early") == (
        "Bridge reopens early",
        "Valley Radio",
        "3h ago",
    )


def test_a_reading_time_or_a_credit_after_the_stamp_is_no_headline() -> None:
    assert _titled_meta("Harbour Times · 3h · 4 min read") is None
    assert _titled_meta("Landesfunk — vor 5 Std. — Lesedauer 3 Min.") is None
    assert _titled_meta("Harbour Times | 2026-03-05 10:31:45 | Editor: Mia Stone") is None
