"""An ad labelled twice ("Ad" / "Sponsored" / advertiser / title / "Learn more") in a
list of source / stamp / title cards: the ad goes with both labels, and the card under it,
a source over a title with no stamp, stays a card with its source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)

PAGE = """\
Portal
News
Money
More for you
Coast Times
3h
Harbour wall repairs to start in January
The council said the work would close the promenade for six weeks.
Ad
Sponsored
Northgate Savings
Why savers are moving money before the new year
Learn more
Valley Gazette
Bus fares frozen for another year across the county
Evening Post
5h
Lifeboat crew rescue two walkers cut off by the tide
Feedback
"""


def test_the_card_under_a_twice_labelled_ad_keeps_its_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.title, draft.source) for draft in drafts] == [
        ("Harbour wall repairs to start in January", "Coast Times"),
        ("Bus fares frozen for another year across the county", "Valley Gazette"),
        ("Lifeboat crew rescue two walkers cut off by the tide", "Evening Post"),
    ]
