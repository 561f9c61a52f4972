"""split_live._short_blog_headline: a live kicker's headline of a word or two ("LIVE" /
"Storm Ulla", "IN DIRETTA" / "Juventus-Inter"), too short for a title, is the blog's
headline when its entries' clocks follow right under it, with nothing between but its
stamp, a byline and a strap that says "live" again (oldprobes C43, C45, C46: the page gave
no article, or the strap as the title)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 13, 20, tzinfo=UTC)

ENTRIES = """\
13:05
Northern Rail has cancelled all services north of Leeds until at least midday, the operator said.
12:48
Gusts of up to 90mph have been recorded at Berwick, according to the Met Office.
12:30
More than 200 schools in Cumbria, Northumberland and Durham are closed today.
12:11
Power cuts are affecting 20,000 homes across the north-east, Northern Powergrid says.
More news
Privacy
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize(
    "header",
    [
        "LIVE\nStorm Ulla\nUpdated 5 minutes ago\n",
        "LIVE\nStorm Ulla\nFollow it live\nBy Sarah Jones and Tom Hill\n",
        "IN DIRETTA\nStorm Ulla\nSegui la diretta\n",
    ],
)
def test_a_short_headline_under_a_live_kicker_over_clocks_is_the_blogs_title(
    header: str,
) -> None:
    drafts = split("Skip to content\nThe Northern Post\nNews\nWeather\n" + header + ENTRIES)
    assert drafts[0].title == "Storm Ulla"
    assert "Power cuts are affecting 20,000 homes" in drafts[0].body
    assert "Gusts of up to 90mph" in drafts[0].body


def test_a_stream_name_in_the_menu_leaves_the_blogs_headline_its_title() -> None:
    """Must stay: "LIVE" / "News 24" / "Watch live" is a channel's stream in the menu; the
    blog's own headline under it is the title."""
    text = (
        "The Northern Post\nNews\nLIVE\nNews 24\nWatch live\nLIVE\n"
        "Storm Ulla live: trains cancelled and schools closed across the north\n"
        "Updated 5 minutes ago\n" + ENTRIES
    )
    drafts = split(text)
    assert drafts[0].title == (
        "Storm Ulla live: trains cancelled and schools closed across the north"
    )


def test_a_short_topic_over_an_articles_headline_is_no_title() -> None:
    """Must stay: a topic's two words under "Live" over a story's own headline and text
    (two clock times in it) leave the headline the title."""
    text = (
        "The Northern Post\nLIVE\nStorm Ulla\n"
        "Trains cancelled across the north as Storm Ulla brings 90mph gusts\n"
        "By Sarah Jones\n10 March 2026, 13:05\n"
        "Northern Rail cancelled all services north of Leeds at 06:30, the operator said.\n"
        "Services are due to resume at 12:00 if the winds ease, it added in a statement.\n"
    )
    drafts = split(text)
    assert drafts[0].title == "Trains cancelled across the north as Storm Ulla brings 90mph gusts"
    assert "Services are due to resume" in drafts[0].body
