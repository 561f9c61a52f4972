"""split: Bloomberg is a news agency (data/photo_agencies.txt): named after its reporter
in the byline's place ("By Ann Lee | Bloomberg") it is the story's source; a place after
the reporter's name is none."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

TEXT = (
    "Thousands of homes were left without power after gales brought down lines across the"
    " south and west overnight.\n"
    "Crews would work through the night to restore supply, the network operator said.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_bloomberg_after_a_bar_is_the_source() -> None:
    page = (
        "The Valley Times\nBusiness\nTech\n"
        "Home prices fall for a fourth straight month\n"
        "By Ann Lee | Bloomberg\n"
        "PUBLISHED: November 29, 2026 at 5:00 AM PST\n" + TEXT
    )
    assert split(page)[0].source == "Bloomberg"


def test_must_stay_a_place_after_the_name_is_no_source() -> None:
    page = (
        "The Valley Times\nNews\n"
        "Storm leaves 30,000 homes without power as warnings remain\n"
        "Mon, 30 Nov, 2026 - 08:41\n"
        "Cate Doyle, Pittsburgh\n" + TEXT
    )
    assert split(page)[0].source is None
