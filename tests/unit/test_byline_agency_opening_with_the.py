"""A byline naming its reporter and then, unseparated, an agency whose name opens with "The"
("By Jane Doe The Canadian Press") gives the agency as the story's source, without the
reporter's name."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Prairie News
Politics
Manitoba extends freeze on hydro rates for another year
By Aisha Thompson The Canadian Press
Posted November 18, 2026 2:05 pm
WINNIPEG — Manitoba will keep hydro rates frozen for another year, the province said.
The utility had asked regulators for a three per cent increase to pay for new generating stations.
Opposition critics said the freeze would only push the increase onto next year's bills."""


def test_the_agency_after_the_reporter_is_the_source() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 18, 23, tzinfo=UTC))
    assert process_page(page)[0].source == "The Canadian Press"
