"""split_live._blog_end: a "Latest" / "Oldest" toggle over a blog's first entry, read as a
"Related" heading, ends nothing when a "Key events" list above links to that entry."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 2, 14, 9, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BLOG = """\
LIVE
Live: Flood warnings for river towns as heavy rain moves across the north
Posted 5h ago, updated 10m ago
Residents of low-lying streets are being told to move to higher ground before the river peaks.
Key events
10m ago
Evacuation centre opens at the showgrounds
2h ago
Highway closed in both directions
Show key events only
Filter posts
Latest
Oldest
10m ago
Evacuation centre opens at the showgrounds
The council has opened an evacuation centre at the showgrounds pavilion on Smith Street.
Pets are welcome but must be kept on a lead or in a carrier.
Share post
45m ago
The rain gauge at the weir recorded 180 millimetres overnight, the highest reading in a decade.
Share post
2h ago
Highway closed in both directions
Police have closed the highway between the two bridges after water crossed the road.
Share post
Load more posts
Related stories
What should you pack in an emergency kit?
"""


def test_a_blog_whose_key_events_link_to_its_entries_keeps_them() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Pets are welcome but must be kept on a lead" in body
    assert "highest reading in a decade" in body
    assert "water crossed the road" in body


# must stay: a "Related" block after the blog's text whose first card repeats a story of a
# rail printed above the blog (a stamp / headline link): the blog ends at the heading
RAIL_THEN_RELATED = """\
Most read
2h ago
Highway closed in both directions
LIVE
Live: Flood warnings for river towns as heavy rain moves across the north
Posted 5h ago, updated 10m ago
10m ago
Evacuation centre opens at the showgrounds
The council has opened an evacuation centre at the showgrounds pavilion on Smith Street.
45m ago
The rain gauge at the weir recorded 180 millimetres overnight, the highest reading in a decade.
1h ago
Police have closed the highway between the two bridges after water crossed the road.
Related stories
2h ago
Highway closed in both directions
Police say the road could stay shut until the weekend while engineers check the bridges.
"""


def test_a_related_block_after_the_blog_text_still_ends_it() -> None:
    drafts = split(RAIL_THEN_RELATED)
    assert "until the weekend" not in drafts[0].body
    assert "water crossed the road" in drafts[0].body
