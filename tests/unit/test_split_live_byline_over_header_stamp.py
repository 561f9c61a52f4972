"""A blog no label announces, whose entries print date and clock, is one article when a
byline stands between its headline and its "Updated on …" stamp: the byline is passed
when the blog's headline is looked for over its header stamp."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

PAGE = """\
Daily Courier
Sport
Ranji Trophy Final Day 2 Score: Mumbai build a lead of 180 against Vidarbha
By Courier Sports Desk
Updated on: Feb 14, 2026 04:20 PM IST
Follow us
Feb 14, 2026 04:15 PM IST
Century for the captain
The Mumbai captain pulls a short ball for four to reach a patient hundred. The lead is 180.
Feb 14, 2026 03:40 PM IST
Wicket falls
The opener edges behind off the left-arm seamer after a stand of ninety runs.
Feb 14, 2026 02:55 PM IST
Drinks break
Mumbai are 210/3 at drinks, with the captain on 84 and the new batter on 12.
"""


def test_byline_between_headline_and_stamp_keeps_one_blog() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert len(drafts) == 1
    (blog,) = drafts
    assert blog.title.startswith("Ranji Trophy Final Day 2 Score")
    assert blog.time_text is not None and blog.time_text.startswith("Updated")
    for text in ("Century for the captain", "ninety runs", "Mumbai are 210/3 at drinks"):
        assert text in blog.body
    assert "Courier Sports Desk" not in blog.body
