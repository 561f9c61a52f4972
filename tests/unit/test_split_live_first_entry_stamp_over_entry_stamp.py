"""split_live: with no header stamp, the newest entry's "Posted at 10:42" over a video and
the next entry's "Posted at 10:30" is an entry's stamp, no header's: the two are printed in
one shape (the blog's own, "Updated 9:40 a.m. CST" over "Updated at 9:40 a.m.", is not)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)

BLOG = """\
Live
Flooding in Cumbria: rivers burst banks after night of rain
Posted at 11:20
Video: cars submerged in Keswick's main car park
0:38
Posted at 11:05
The River Greta has burst its banks in Keswick and streets near the centre are flooded.
Posted at 10:40
The Environment Agency has issued six severe flood warnings across the county.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_an_entry_stamp_over_a_same_shaped_stamp_is_no_header_stamp() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    assert drafts[0].time_text is None
    assert "The River Greta has burst its banks" in drafts[0].body
