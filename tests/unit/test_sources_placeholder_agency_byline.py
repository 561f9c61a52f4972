"""A template's placeholder byline ("By AGENCY") names no agency: the story gets no source,
and a source never keeps the byline's "By"; a real agency's byline ("By AFP") still gives
the agency."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

HEADER = (
    "World",
    "Harbour strike ends after three weeks of talks",
)
TEXT = (
    "Dock workers in Port Elan returned to work on Monday after unions and the port "
    "authority agreed a new pay deal late on Sunday.",
    "The strike had held up more than 200 ships and cost exporters millions, the chamber "
    "of commerce said.",
)


def lead_source(byline: str) -> str | None:
    text = "\n".join((*HEADER, byline, "Published November 30, 2026", *TEXT))
    page = RawPage(
        text=text,
        url="https://www.example-daily.example/world/harbour-strike-ends",
        fetched_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
    )
    drafts = split_articles(clean_page(page))
    assert len(drafts) == 1
    return drafts[0].source


def test_a_placeholder_agency_byline_gives_no_source() -> None:
    assert lead_source("By AGENCY") is None


def test_an_agency_byline_gives_the_agency() -> None:
    assert lead_source("By AFP") == "AFP"
