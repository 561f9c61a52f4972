"""A live blog's entry headline of one word ("Tea", "Stumps") under the entry's stamp and
over its text is the entry's headline and stays in the body; it is not an author's name
(an author prints a full name)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

BLOG = """\
Sports Desk
Cricket
England vs New Zealand 2nd Test Day 3 Live Score: Root nears century
Updated on Dec 5, 2026 04:20 PM IST
Dec 5, 2026 04:20 PM IST
Crawley departs
Zak Crawley edges Southee to the keeper for 61, ending a stand of 112.
Dec 5, 2026 02:45 PM IST
Tea
England reach tea at 241/3 with Root unbeaten on 94.
Dec 5, 2026 11:30 AM IST
Rain delay
Covers are on at the Basin Reserve and play will resume after lunch.
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_one_word_entry_headline_stays() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    paragraphs = drafts[0].body.split("\n\n")
    assert "Tea" in paragraphs
    assert "England reach tea at 241/3 with Root unbeaten on 94." in paragraphs
