"""split_live: a "Key events" list printed without stamps, its links the headlines of
entries further down, is navigation: its lines leave the body; a byline's or a summary's
lines printed once stay where they were."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)

BLOG = """\
Live
Live updates: Melbourne tram strike leaves commuters stranded on first morning
Posted 2h ago2 hours ago, updated 5m ago5 minutes ago
Key events
Union says talks have stalled
Extra buses on the Route 86 corridor
By Priya Nair
Union says talks have stalled
The tram union says talks with the operator broke down late last night without a new offer.
Posted 10m ago10 minutes ago
Mon 30 Nov 2026 at 12:50pm
Extra buses on the Route 86 corridor
The operator has added 40 buses along the Route 86 corridor, but queues stretched for blocks.
Posted 45m ago45 minutes ago
Mon 30 Nov 2026 at 12:15pm
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_unstamped_key_event_links_leave_the_body() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    body = drafts[0].body
    assert not body.startswith("Union says talks have stalled\n\nExtra buses")
    assert body.count("Extra buses on the Route 86 corridor") == 1
    assert "The operator has added 40 buses" in body
