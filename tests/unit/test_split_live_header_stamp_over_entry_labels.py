"""split_live: the blog's "Updated 9:40 a.m. CST" under its headline is its stamp although
its entries print the same label ("Updated at 9:40 a.m."): no text stands under it before
the next stamp, so it opens no entry."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 2, 17, 0, tzinfo=UTC)

BLOG = """\
Live updates: Ice storm closes I-35, schools shut across the metro
Updated 10:15 a.m. CST
Updated at 10:15 a.m.
Oncor says about 31,000 customers are without power in the northern suburbs this morning.
Updated at 9:50 a.m.
TxDOT has closed I-35 between Denton and Sanger after several trucks jackknifed on the ice.
Updated at 9:20 a.m.
The school district says all campuses will stay closed through Wednesday.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_header_stamp_over_labelled_entries_is_the_blogs() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    assert drafts[0].time_text == "Updated 10:15 a.m. CST"
    body = drafts[0].body
    assert "Updated 10:15 a.m. CST" not in body
    # the entries keep their own stamps
    assert body.startswith("Updated at 10:15 a.m.\n\nOncor says")
    assert "Updated at 9:20 a.m." in body


def test_an_entrys_labelled_stamp_with_text_under_it_stays_in_the_body() -> None:
    """Must stay: with no header stamp, the first "Updated at" opens the first entry."""
    drafts = split(BLOG.replace("Updated 10:15 a.m. CST\n", ""))
    assert drafts[0].body.startswith("Updated at 10:15 a.m.\n\nOncor says")
