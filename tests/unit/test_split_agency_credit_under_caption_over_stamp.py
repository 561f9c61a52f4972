"""split: a news agency's name over the lead's stamp right under one line past the deck
is a photo's credit under its caption, no source (deck / caption / "AFP" / stamp: audit
D's d03); under a box of points it is the byline's place, the source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


HEADER = (
    "Europe\n"
    "Farmers block roads into Madrid over EU trade deal\n"
    "Hundreds of tractors converged on the capital for a second day.\n"
)
TEXT = (
    "29 November 2026, 17:30\n"
    "Farmers from across Spain drove their tractors into central Madrid on Saturday to "
    "protest against the trade agreement.\n"
    "Police said traffic on the main ring road had been halted for several hours during "
    "the afternoon.\n"
    "The farm minister has promised to meet union leaders next week.\n"
)


def test_agency_under_a_lone_caption_is_the_photo_credit() -> None:
    page = HEADER + "Tractors on the Paseo de la Castellana on Saturday.\nAFP\n" + TEXT
    assert split(page)[0].source is None


def test_agency_under_a_box_of_points_is_the_source() -> None:
    """Must stay: several lines over the agency are a box of points, no caption."""
    points = (
        "Key points\n"
        "Unions say the deal lets in cheaper beef.\n"
        "The government says exports will grow.\n"
        "Another protest is planned for Monday.\n"
    )
    assert split(HEADER + points + "AFP\n" + TEXT)[0].source == "AFP"
