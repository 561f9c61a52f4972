"""Related cards printed title / stamp / "By …": the byline closes the card above it, so
the headline under it is the next card's title, not the byline's place ("Reporting from
Washington") — the last card is not lost. Must stay: a line between a story header's
byline and its stamp continues the byline."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import _features

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

CARDS = """\
Related articles
Bakery chain to open 20 outlets in northern England next year
2026-11-20T06:30:00Z
By Tom Reid
Frozen food sales rise for third quarter in a row
2026-11-24T11:15:00Z
By Ana Ruiz
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_card_under_a_byline_under_a_stamp_is_kept() -> None:
    assert [(d.title, d.time_text) for d in split(CARDS)] == [
        ("Bakery chain to open 20 outlets in northern England next year", "2026-11-20T06:30:00Z"),
        ("Frozen food sales rise for third quarter in a row", "2026-11-24T11:15:00Z"),
    ]


def test_must_stay_a_place_between_a_headers_byline_and_stamp_is_the_bylines() -> None:
    lines = (
        "Senate passes stopgap bill to avert shutdown",
        "By Jane Marsh",
        "Reporting from Washington",
        "3 hours ago",
        "The Senate voted late on Friday to keep the government open until February.",
    )
    assert not _features(lines).is_title(2)
