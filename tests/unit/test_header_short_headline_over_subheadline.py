"""split: a short headline over a sub-headline longer than any headline runs, a standfirst and
the byline keeps its title: the long line is its deck, not a headline under a kicker."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_SUBHEADLINE = (
    "Owner says falling demand for newsprint and rising energy costs left no way to keep"
    " the plant open past the winter"
)
_PAGE = f"""Valley Courier
Business
Mill to close in March
{_SUBHEADLINE}
About 240 workers will lose their jobs, the union said.
By Tom Fisher
November 30, 2026
The paper mill on the river will close at the end of March, its owner said on Sunday.
The company blamed falling demand for newsprint and higher energy bills.
Town officials said they would look for a buyer for the site."""


def test_short_headline_over_a_long_subheadline_stays_the_title() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert lead.title == "Mill to close in March"
