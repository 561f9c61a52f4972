"""A byline over several lines ("By Ann" / place / role / employer / date): the employer's
name over the date closes the byline, it heads no related card holding the story."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)

ARTICLE = """\
Harbour water tariffs to rise by 9 percent from January
The regulator approved the increase after a two-month review of the utility's costs.
By  Grace Wanjiru
Mombasa
Energy reporter
Coastline Media Group
June 2, 2026
The water utility will raise its tariffs for households by nine percent from January.
The regulator said the increase would pay for new pipes in the old town.
Customers who use less than six cubic metres a month will not pay more.
"""


def test_the_employer_over_the_date_is_no_card_of_its_own() -> None:
    drafts = split_articles(clean_page(RawPage(text=ARTICLE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Harbour water tariffs to rise by 9 percent from January"
    ]
