"""A card list whose cards print a one-word place chip over a headline opening with it
("Stonehaven" / "Stonehaven harbour wall repairs to begin after storm damage" / stamp): the
chip is no publisher, the card has no source (under a strip of title / age cards, such a
name over a title reads as the card's publisher)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2025, 11, 4, 20, 0, tzinfo=UTC)
HEADER = (
    "The North Courier\nNews\nSport\n"
    "Latest\n"
    "Harbour passenger numbers rise for eighth month in a row\n"
    "36 minutes ago\n"
    "Elgin man admits dangerous driving on A96 near Lhanbryde\n"
    "1 hour ago\n"
    "Harbour board approves £12m plan to deepen berths for cruise ships\n"
    "By Ewan Ross\n"
    "November 4 2025, 6:00am\n"
    "The harbour board has approved a £12 million plan to deepen two berths so that larger "
    "cruise ships can dock in the city from the 2027 season.\n"
    "Work will start in January and is expected to take eight months, the board said, with "
    "the cost shared between the port and the regional transport partnership.\n"
    "Councillors welcomed the decision but asked for a report on the effect of the works "
    "on the fishing fleet that uses the neighbouring quay.\n"
    "Conversation\n"
    "14 comments\n"
    "More from the North East\n"
)


def split(cards: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=HEADER + cards, fetched_at=FETCHED)))


def test_a_chip_the_headline_opens_with_is_no_source() -> None:
    drafts = split(
        "Stonehaven\n"
        "Stonehaven harbour wall repairs to begin after storm damage\n"
        "November 4 2025, 5:32pm\n"
        "Inverurie\n"
        "Inverurie secondary pupils raise £6,000 for hospice\n"
        "November 4 2025, 3:10pm\n"
        "Most Read\n"
    )
    cards = {draft.title: draft.source for draft in drafts[3:]}
    assert cards == {
        "Stonehaven harbour wall repairs to begin after storm damage": None,
        "Inverurie secondary pupils raise £6,000 for hospice": None,
    }
