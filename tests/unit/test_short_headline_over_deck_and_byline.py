"""A short headline over an unstopped deck, a one-sentence standfirst and the byline
stays the title: a kicker over a longer headline is told by the header's stamp right
under the standfirst, not by a byline there (an English header prints its deck and
byline under a headline of four words)."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_HEADER = """Morning Ledger
Business
Bakery chain closes stores
The company will shut nineteen shops across the Midlands by March
Rising energy bills and rent made the outlets unprofitable, its owners said.
By Priya Shah
1 December 2026
The chain said on Tuesday that nineteen of its sixty shops would close by the end of March.
About two hundred staff will be offered jobs at other branches, the company said.
Customers with loyalty cards can still use them in the remaining stores."""


def test_a_short_headline_over_deck_and_byline_stays_the_title() -> None:
    page = RawPage(text=_HEADER, fetched_at=datetime(2026, 12, 2, 9, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert lead.title == "Bakery chain closes stores"
