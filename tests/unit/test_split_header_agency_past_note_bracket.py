"""split_header: a byline's bracket that names no agency ("(Updated)") is a note, passed
over: the agency named past the comma before it is still the story's source."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 5, 11, tzinfo=UTC)

PAGE = """\
Valley Times
News
Weather
Storm knocks out power to thousands across the county
By Sam Rivera, Reuters (Updated)
May 10, 2026
High winds brought down trees and power lines overnight, leaving 40,000 homes without power.
Crews expected to restore most supplies by Tuesday evening, the utility said in a statement.
"""


def test_agency_before_a_note_bracket_is_the_source() -> None:
    articles = process_page(RawPage(text=PAGE, url="https://valley.example/", fetched_at=FETCHED))
    assert articles[0].source == "Reuters"
