"""A clip's length under a short heading that ends on a medium's word ("Trending Videos")
and over a title is a video rail's item, no related article stamped at the length."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_STORY = """Ferry service to the islands doubles in summer
Coast Herald
Nov 30, 2026 09:12 AM
The island ferry will run twice as often from June, the operator said on Monday.
Two more boats will join the route, which now sails every two hours.
Fares will stay the same for residents, the operator added.
"""


def test_a_clip_under_trending_videos_is_no_article() -> None:
    text = _STORY + "Trending Videos\n03:12\nTraffic: drivers stuck for hours on the ring road\n"
    page = RawPage(text=text, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    events = list(process_page(page))
    assert [event.role for event in events] == ["lead"]
