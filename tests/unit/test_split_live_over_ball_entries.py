"""Ball-by-ball cricket commentary: an over and ball alone on a line ("38.4") opens an entry
of the live blog, as a football minute does, and the one line of commentary under it is
the entry's text, sentence or not; the blog keeps every ball with its stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_body import is_over_ball

FETCHED = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)

BLOG = """\
Cricket Scores
Live
Pakistan vs New Zealand, 2nd T20I live: Babar keeps the chase alive
Updated 4:10 pm PKT
Pakistan need 24 runs from 14 balls with five wickets left in Lahore.
17.4
Henry to Babar, SIX, pulled over deep square leg
17.3
Henry to Babar, 2 runs, worked into the gap at midwicket
17.2
Henry to Rizwan, 1 run, dabbed to third man
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_every_ball_stays_in_the_blog_with_its_over_number() -> None:
    drafts = split(BLOG)
    assert len(drafts) == 1
    paragraphs = drafts[0].body.split("\n\n")
    assert "17.3" in paragraphs
    assert "Henry to Babar, SIX, pulled over deep square leg" in paragraphs
    assert "Henry to Rizwan, 1 run, dabbed to third man" in paragraphs


def test_an_over_number_is_an_over_and_a_ball() -> None:
    assert is_over_ball("42.6")
    assert is_over_ball("0.1")
    assert not is_over_ball("42.7")  # (six balls an over)
    assert not is_over_ball("4.25")
