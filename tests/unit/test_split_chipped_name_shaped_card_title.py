"""On a front page of stampless chip / title / summary cards, a headline in Title Case that
reads as a name ("The Robot Will Trim Your Beard") is a card's title when a section's chip
stands over it and a summary under it: an author page prints its cards so, its repeated
bylines gone. A publisher's or a person's name prints no section's name over it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


AUTHOR_PAGE = """\
The Monthly Review
Latest
Sections
Subscribe
Mara Ellison
Mara Ellison is a senior editor at The Monthly Review and the author of Small Towns.
Latest
CULTURE
Why Small Museums Are Closing in the Midwest
Attendance never returned after the pandemic. Rising insurance costs finished the job for dozens of them.
By Mara Ellison
SCIENCE
The Long Fight Over a Tiny Beetle
A rare insect has held up a highway for nine years, and both sides say the law is on their side.
By Mara Ellison
TECHNOLOGY
The Robot Will Trim Your Beard
A chain of salons is testing automated trimmers. Its customers are curious, and its stylists are worried.
By Mara Ellison
Load More
"""  # noqa: E501


def test_chipped_name_shaped_title_is_a_card() -> None:
    drafts = split(AUTHOR_PAGE)
    assert [draft.title for draft in drafts] == [
        "Why Small Museums Are Closing in the Midwest",
        "The Long Fight Over a Tiny Beetle",
        "The Robot Will Trim Your Beard",
    ]
    assert drafts[2].body.startswith("A chain of salons is testing automated trimmers.")
