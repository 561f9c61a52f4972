"""A byline printed after the desk that filed the story and a slash ("ABC Riverina / By Tom
Hale and Priya Nair") is the header's byline: it stays out of the body."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """News
Flood warning lifted for Wagga Wagga as Murrumbidgee River falls below minor level
ABC Riverina / By Tom Hale and Priya Nair
Posted Mon 30 Nov 2026 at 9:10am
The Bureau of Meteorology has cancelled its flood warning for the Murrumbidgee at Wagga Wagga.
Residents of North Wagga were allowed back into their homes on Sunday afternoon.
Council crews will spend the week clearing debris from the levee and reopening roads."""


def test_a_desk_and_slash_before_a_byline_keep_it_out_of_the_body() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert lead.title.startswith("Flood warning lifted")
    assert "Tom Hale" not in lead.body
    assert "Council crews will spend the week" in lead.body
