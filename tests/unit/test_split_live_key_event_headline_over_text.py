"""A live blog whose entries print their stamp under their text, under an unstamped "Key
events" list of links to them: the first entry's headline, printed again over its text
under the blog's byline, is the entry's, no header line; the list's links are not text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Harbour Daily
Live
Live updates: Ferry workers walk out for 24 hours
Posted 2h ago2 hours ago, updated 5m ago5 minutes ago
Key events
Long queues for buses at the wharf
Union to meet ministers at noon
Live updates
By Nora Quill
Long queues for buses at the wharf
Hundreds of commuters are waiting for replacement buses at the main wharf, some for over an hour.
Posted 15m ago15 minutes ago
Share
Union to meet ministers at noon
The Maritime Union says its leaders will meet the transport minister at noon to discuss pay.
Posted 45m ago45 minutes ago
Share
Water taxis add extra services
Private water taxi operators say they have doubled their services for the morning peak.
Posted 1h ago1 hour ago
Share
"""


def test_first_entry_headline_named_by_key_events_stays() -> None:
    raw = RawPage(text=PAGE, fetched_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    drafts = split_articles(clean_page(raw))
    assert len(drafts) == 1
    body = drafts[0].body
    assert body.startswith("Long queues for buses at the wharf\n\nHundreds of commuters")
    assert body.count("Union to meet ministers at noon") == 1
    assert "Nora Quill" not in body
