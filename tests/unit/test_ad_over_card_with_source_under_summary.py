"""An ad ("Ad" / "Sponsored · Advertiser" / its title) over a title-first card that prints its
summary, then its source and its stamp on lines of their own (title / summary / "Publisher" /
"·" / "3h ago"): the card under the ad is a card of the list, not the ad's text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Home
News
Sport
Storm closes mountain passes as snow reaches the valleys
Drivers were told to stay off the high roads until Tuesday morning.
Alpine Courier
·
2h ago
Ad
Sponsored · QuickLoans
Borrowers are switching to this zero-fee card
Bakery chain recalls seed loaves over undeclared sesame
The bread was sold in four regions last week, the food agency said.
Evening Ledger
·
5h ago
"""


def test_the_card_under_the_ad_keeps_its_title_and_summary() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Storm closes mountain passes as snow reaches the valleys",
        "Bakery chain recalls seed loaves over undeclared sesame",
    ]
    assert "four regions" in drafts[1].body
