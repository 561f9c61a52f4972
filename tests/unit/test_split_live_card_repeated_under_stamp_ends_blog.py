"""split_live._over_key_events: a "Related" rail's first card printed again under a stamp
with no text under it (the same card in a "Most read" list) is another story's card, not a
key-events link to the blog's own entry: the mark ends the blog."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


BLOG = """\
The Lakeshore Ledger
LIVE UPDATES
Winter storm live updates: Heavy snow closes schools across the region
Up to 14 inches of snow are expected by Tuesday morning, \
with whiteout conditions along the lakeshore.
Updated 11:48 a.m. ET Nov. 30, 2026
11:48 a.m. ET
County road crews have pulled plows off two highways after three trucks slid into ditches.
11:10 a.m. ET
The airport reported 46 cancelled departures, most of them regional flights to Chicago.
10:32 a.m. ET
Power outages climbed to 18,400 customers, according to the utility's outage map.
Related
2 hours ago
How to keep your pipes from freezing this week
Plumbers say a slow drip and open cabinet doors can prevent costly bursts.
5 hours ago
Snow emergency rules: where you can and cannot park
The city will tow cars left on emergency routes starting at 6 p.m.
Most read
2 hours ago
How to keep your pipes from freezing this week
1 hour ago
High school basketball tournament postponed to next weekend
"""


def test_a_card_printed_twice_ends_the_blog_at_its_mark() -> None:
    drafts = split(BLOG)
    assert drafts[0].title.startswith("Winter storm live updates")
    assert "Power outages climbed" in drafts[0].body
    assert "Plumbers say" not in drafts[0].body
    assert drafts[1].title == "How to keep your pipes from freezing this week"
    assert "Snow emergency rules: where you can and cannot park" in [d.title for d in drafts]
