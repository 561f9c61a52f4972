"""A topic chip naming a public body that ends in "Agency" ("Food Standards Agency") over
the lead's headline is no publisher: news agencies' names of words end in a press word
("Associated Press"), public bodies' in "Agency" as often."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """The County Courier
News
Health
Food Standards Agency
Supermarket recalls chicken sandwiches over listeria fears
By Helen Ward
Mon, 30 November 2026 at 10:05 AM UTC
A supermarket chain has recalled three kinds of chicken sandwich after tests found listeria \
at one of its suppliers.
Customers who bought the sandwiches are asked to return them to any store for a full refund.
No illnesses have been reported, the company said."""


def test_a_public_agency_chip_over_the_headline_is_no_source() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    lead = process_page(page)[0]
    assert lead.title == "Supermarket recalls chicken sandwiches over listeria fears"
    assert lead.source is None
