"""split_live: a blog's byline naming its reporters' shifts ("Ann Roth (now) and Tom Hale
(earlier)") is a byline, not a line of the blog's text, as the names alone are."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def body(byline: str, headline: str = "Carlisle bridge closed") -> str:
    text = f"""\
Live
Floods in Cumbria: river levels still rising in Carlisle and Keswick – live
The Environment Agency has issued three severe flood warnings overnight.
Updated 28 Nov 2026 17.40 GMT
{byline}
17.38 GMT
{headline}
Police have closed the Eden bridge after the river rose another 20cm in an hour.
12.10 GMT
Rest centre opens in Keswick
The council has opened a rest centre at the leisure centre for families told to leave.
09.05 GMT
Good morning
Welcome to our coverage of the floods across Cumbria and the Lake District today.
"""
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return drafts[0].body


def test_a_byline_with_the_reporters_shifts_leaves_the_body() -> None:
    assert "Ann Roth" not in body("Ann Roth (now) and Tom Hale (earlier)")


def test_a_headline_with_one_bracketed_word_stays() -> None:
    """Must stay: a headline's name with one note is no byline of reporters' shifts."""
    assert "Eden Bridge (video)" in body("Ann Roth", headline="Eden Bridge (video)")


def test_names_placed_in_a_photo_stay() -> None:
    """Must stay: two names with their places in a photo are the entry's text, no shifts."""
    line = "Ann Roth (left) and Tom Hale (right)"
    assert line in body("Sam Cole", headline=line)
