"""A video rail where a video of a length and a title alone ("Video" / "0:47" / title, no
article: README) stands right over the next video card ("Video" / "1:32" / title / source /
stamp): the lower title is the card's, the upper one is neither its title nor its summary."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)

RAIL = """\
News
Politics
World
Recommended Stories
Video
2:14
Missouri voters to decide on statewide sales tax holiday
KSHB Kansas City
3h ago
Video
0:47
{0}
Video
1:32
Wichita schools consider four-day week to cut costs
KAKE News
Yesterday
USA TODAY · 5h ago
Which states have the highest property taxes? See where Kansas ranks
Homeowners in New Jersey and Illinois pay the most, according to a new analysis of census data.
Terms and Privacy Policy
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_bare_video_over_the_next_video_card_is_no_article() -> None:
    drafts = split(RAIL.format("Drone footage shows damage after Oklahoma tornado"))
    assert [d.title for d in drafts] == [
        "Missouri voters to decide on statewide sales tax holiday",
        "Wichita schools consider four-day week to cut costs",
        "Which states have the highest property taxes? See where Kansas ranks",
    ]
    assert "Drone footage" not in drafts[1].body


def test_a_video_card_with_its_own_source_over_the_next_video_stays_a_card() -> None:
    # must stay: the upper video prints its publisher and stamp: two cards
    drafts = split(
        RAIL.format("Drone footage shows damage after Oklahoma tornado\nKOCO 5 News\n4h ago")
    )
    titles = [d.title for d in drafts]
    assert "Drone footage shows damage after Oklahoma tornado" in titles
    assert "Wichita schools consider four-day week to cut costs" in titles
