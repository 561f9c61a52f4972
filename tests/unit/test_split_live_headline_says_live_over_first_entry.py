"""split_live: a blog's headline that says it is live ("Heavy snow live: …") right over
its first labelled entry ("Posted at 16:20 28 Nov"), no standfirst between, is the blog's
headline: one live blog, its entries its text (a topic page's heading says no "live")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)

BLOG = """\
Westvale Evening News
Home
News
Heavy snow live: roads and schools closed across Westvale
Posted at 16:20 28 Nov
Mountain pass closed to all traffic overnight
Police said the road would stay shut until gritters had cleared the summit.
Posted at 15:05 28 Nov
Bin collections suspended in three villages
The council said crews would return on Tuesday if the roads allowed.
Posted at 12:40 28 Nov
Trains cancelled on the coast line
The operator said no trains would run before Monday morning.
"""


def test_a_live_headline_over_its_first_entry_is_one_blog() -> None:
    drafts = split_articles(clean_page(RawPage(text=BLOG, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Heavy snow live: roads and schools closed across Westvale"
    ]
    assert "gritters had cleared" in drafts[0].body
    assert "no trains would run" in drafts[0].body
