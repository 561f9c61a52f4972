"""A byline printed with its stamp on one line names the news agency after its reporter
("By Jane Doe, The Canadian Press on May 9, 2026."): the agency is the story's source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 9, 18, 0, tzinfo=UTC)

PAGE = """\
Prairie Ledger
News
Sports
Opinion
National News
Manitoba expands free transit for seniors to every city bus route
By Maria Lopez, The Canadian Press on May 9, 2026.
WINNIPEG — Seniors will ride every city bus in Manitoba for free from July under a program the province announced on Friday.
The transport minister said the change would cost about $14 million a year and would be paid for from the province's climate fund.
Transit unions welcomed the plan but asked for more drivers on the busiest routes.
"""  # noqa: E501


def test_an_agency_in_a_byline_with_its_stamp_is_the_source() -> None:
    [lead] = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert lead.source == "The Canadian Press"


def test_a_reporter_alone_in_a_byline_with_its_stamp_is_no_source() -> None:
    """Must-stay: without an agency the byline names no source."""
    page = PAGE.replace(", The Canadian Press on", " on")
    [lead] = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert lead.source is None
