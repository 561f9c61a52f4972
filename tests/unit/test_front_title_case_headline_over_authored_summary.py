"""split: on a front page of title / summary / "By" author cards, a headline printed in
Title Case ("The Quiet Harbor Town Fight") reads like a name, yet with a sentence of
summary and a byline under it, it is a card's headline, as its neighbours' are."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)

FRONT = (
    "The Weekly Review\n"
    "Ideas\n"
    "Culture\n"
    "Ideas\n"
    "Why Small Towns Keep Losing Their Newspapers\n"
    "Local papers close at a rate of two a week. The towns they leave behind vote less.\n"
    "By Maria Olsen\n"
    "What the Four-Day Week Did to a Factory in Ohio\n"
    "Output held steady for a year. Then the night shift asked for its Fridays back.\n"
    "By Tom Becker\n"
    "The Quiet Harbor Town Fight\n"
    "In a village of 900 people, a new pier became a vote on who the coast is for.\n"
    "By Lena Park\n"
    "Most Read\n"
    "The Winter Flu Season Is Early\n"
    "About\n"
    "Careers\n"
)


def test_title_case_headline_over_summary_and_byline_is_a_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=FRONT, fetched_at=FETCHED)))
    assert [(d.title, d.role) for d in drafts] == [
        ("Why Small Towns Keep Losing Their Newspapers", "related"),
        ("What the Four-Day Week Did to a Factory in Ohio", "related"),
        ("The Quiet Harbor Town Fight", "related"),
    ]
    assert "Lena Park" not in drafts[2].body
