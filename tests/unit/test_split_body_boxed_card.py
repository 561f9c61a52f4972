"""split_body: one dated card (headline / date or age) under a box's label between the
paragraphs of a text, the line under it not echoing its headline: a teaser, and the
paragraphs under it are the text going on (``_resumed_texts`` with ``_boxed_card``). The
next story printed in full under a label has the same shape, but its lede restates its
headline (``_echoes``): it keeps its text (see also test_split_body_next_story.py)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 17, 12, 0, tzinfo=UTC)

HEADER = (
    "Power company blames vandalism for weekend blackout across the west\n"
    "By Brian Otieno\n"
    "May 17, 2026 8:45 am\n"
    "The power company has blamed vandals for a blackout that left large parts of four "
    "counties without electricity for more than fourteen hours on Saturday and Sunday.\n"
    "Traders said the outage had disrupted business on one of the busiest weekends of the "
    "month, and market stalls threw away fish and milk that had spoiled overnight.\n"
)
RESUMED = (
    "Hospitals in the region switched to backup generators. The county referral hospital "
    "said no critical services had been interrupted during the outage.\n"
    "The energy minister said the government would deploy more security officers along key "
    "transmission corridors and urged people living near the lines to report suspects.\n"
    "Police said two people had been arrested on Saturday night in connection with the "
    "theft and were expected in court on Monday.\n"
)
# the same paragraphs, the first now restating the card's headline: the card's own story
LEDE = (
    "The energy ministry has ordered an audit of security along the transmission network "
    "after a string of thefts from pylons in the west.\n"
)
CARD = "Energy ministry orders audit of transmission security after thefts"
LATEST = (
    "Latest\n"
    "Road section to open on Tuesday after two years of delays\n2 hours ago\n"
    "Exam timetable published for November candidates\n3 hours ago\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize("label", ["Related", "RELATED", "Read more"])
@pytest.mark.parametrize("stamp", ["May 15, 2026", "2 days ago"])
def test_a_dated_card_under_a_box_label_is_a_teaser_and_the_text_goes_on(
    label: str, stamp: str
) -> None:
    drafts = split(HEADER + f"{label}\n{CARD}\n{stamp}\n" + RESUMED + LATEST)
    assert [(d.title, d.time_text, d.body) for d in drafts[1:2]] == [(CARD, stamp, "")]
    body = drafts[0].body
    assert "Hospitals in the region switched to backup generators." in body
    assert "expected in court on Monday." in body
    assert CARD not in body


@pytest.mark.parametrize("label", ["Related", "Up next"])
def test_a_card_whose_lede_restates_its_headline_keeps_its_text(label: str) -> None:
    # must-stay: the next story in full (its lede says what its headline says)
    drafts = split(HEADER + f"{label}\n{CARD}\nMay 15, 2026\n" + LEDE + RESUMED + LATEST)
    assert drafts[1].title == CARD
    assert "ordered an audit of security" in drafts[1].body
    assert "Hospitals in the region switched" in drafts[1].body
    assert "Hospitals in the region switched" not in drafts[0].body


def test_an_article_header_with_a_byline_under_a_box_label_keeps_its_text() -> None:
    # must-stay: title / byline / stamp over paragraphs: the next article's header
    drafts = split(HEADER + f"Up next\n{CARD}\nBy Jane Mwangi\nMay 15, 2026\n" + RESUMED + LATEST)
    assert drafts[1].title == CARD
    assert "Hospitals in the region switched" in drafts[1].body
    assert "Hospitals in the region switched" not in drafts[0].body


@pytest.mark.parametrize("label", ["Up next", "Read next", "More news", "Related stories"])
def test_the_next_story_under_a_stream_or_list_label_keeps_its_text(label: str) -> None:
    # must-stay: a next story whose lede does not restate its headline (a feature's scene)
    # under a label for the next story or a list: no box of one card inside the text
    drafts = split(HEADER + f"{label}\n{CARD}\nMay 15, 2026\n" + RESUMED + LATEST)
    assert drafts[1].title == CARD
    assert "Hospitals in the region switched" in drafts[1].body
    assert "Hospitals in the region switched" not in drafts[0].body
