"""A section's name before a header's month-first date on the line under the headline
("Health Mar 4, 2026 4:12 PM EST") is that stamp, as before a clock-first date."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import labelled_clock_date

_PAGE = """Valley Public Media
News
Politics
Health
State approves new funding for rural clinics
Health Mar 4, 2026 4:12 PM EST
HARTWELL (AP) — State health officials on Wednesday approved new funding for rural clinics.
The money will pay for nurses and equipment in twelve counties.
Officials said the first clinics would receive funds by the summer."""


def test_a_section_name_before_a_month_first_date_is_read() -> None:
    assert labelled_clock_date("Health Mar 4, 2026 4:12 PM EST") == (
        "Health",
        "Mar 4, 2026 4:12 PM EST",
    )


def test_the_header_line_gives_the_article_its_stamp() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 3, 5, 12, tzinfo=UTC))
    [lead] = process_page(page)
    assert lead.published_at == datetime(2026, 3, 4, 21, 12, tzinfo=UTC)
