"""split: a headline whose clock ends on "p.m." before a capitalised word ("… beginning
9 p.m. Saturday") is no caption over its credit: it stays a card's title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 1, 17, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


LOCAL_RAIL = """\
Local News
Parking ban declared across Duluth starting 8 p.m. Sunday
Northland Wire · 2h
Harbor bridge reopens after weekend repairs
Lake Daily · 5h
School district adds two snow days to the calendar
Range Herald · 1d
"""


def test_headline_with_a_clock_abbreviation_keeps_its_card() -> None:
    drafts = split(LOCAL_RAIL)
    assert [(draft.title, draft.source) for draft in drafts] == [
        ("Parking ban declared across Duluth starting 8 p.m. Sunday", "Northland Wire"),
        ("Harbor bridge reopens after weekend repairs", "Lake Daily"),
        ("School district adds two snow days to the calendar", "Range Herald"),
    ]
