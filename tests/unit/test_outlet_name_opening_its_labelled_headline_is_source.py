"""A card list whose one-word publishers open their own headlines with a label closed by a
colon ("Reuters" / "Reuters poll: …", "Bloomberg" / "Bloomberg survey: …"): the outlet's
franchise, so the name over the title stays the card's source. A place chip opening its
headline in words ("Stonehaven" / "Stonehaven harbour wall repairs …") stays no source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2025, 11, 4, 20, 0, tzinfo=UTC)
HEADER = (
    "The Evening Ledger\nNews\nBusiness\n"
    "Port operator warns of delays as crane upgrade overruns\n"
    "By Hannah Clarke\n"
    "November 4 2025, 6:00am\n"
    "The operator of the city's container terminal has warned shippers to expect delays of "
    "up to three days after work to replace two cranes ran six weeks over schedule.\n"
    "In a letter to customers, the company said the new cranes would not be in service "
    "before the end of January, leaving four of its six berths working.\n"
    "Freight forwarders said several importers had already moved cargo to rival ports.\n"
    "From around the web\n"
)


def split(cards: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=HEADER + cards, fetched_at=FETCHED)))


def test_an_outlet_opening_its_labelled_headline_is_the_source() -> None:
    drafts = split(
        "Reuters\n"
        "Reuters poll: Economists expect the ECB to hold rates until the summer\n"
        "November 4 2025, 5:32pm\n"
        "Bloomberg\n"
        "Bloomberg survey: Fund managers cut cash to lowest level since 2021\n"
        "November 4 2025, 3:10pm\n"
        "Privacy\n"
    )
    assert {draft.title: draft.source for draft in drafts[1:]} == {
        "Reuters poll: Economists expect the ECB to hold rates until the summer": "Reuters",
        "Bloomberg survey: Fund managers cut cash to lowest level since 2021": "Bloomberg",
    }


def test_a_place_chip_opening_its_headline_is_still_no_source() -> None:
    drafts = split(
        "Stonehaven\n"
        "Stonehaven harbour wall repairs to begin after storm damage\n"
        "November 4 2025, 5:32pm\n"
        "Inverurie\n"
        "Inverurie secondary pupils raise £6,000 for hospice\n"
        "November 4 2025, 3:10pm\n"
        "Privacy\n"
    )
    assert [draft.source for draft in drafts[1:]] == [None, None]
