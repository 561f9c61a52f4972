"""An ad's line under its "Ad" label, then a one-line teaser dated by its publisher ("Title
- Publisher - 1 day ago"), then the page's footer: the ad card is the one line; the dated
teaser under it is a card of the list, kept."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
News
Weather
Harbour Herald
Ferry timetable cut for winter as crew shortage bites
Story by Ann Reed
4h
The island ferry will run four crossings a day instead of six from Monday, the operator said.
It blamed a shortage of qualified crew and said the full timetable would return in spring.
Passengers with bookings on cancelled sailings will be moved to the nearest crossing.
More for You
Harbour wall repairs to start in January - Coast Times - 3 hours ago
Ad
Compare winter breaks to the islands today - IslandTrips - Sponsored
Lifeboat crew rescue two walkers cut off by tide - Bay Gazette - 1 day ago
Feedback
© 2026 Portal
"""


def test_the_dated_card_under_an_ad_stays() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts[1:]] == [
        "Harbour wall repairs to start in January",
        "Lifeboat crew rescue two walkers cut off by tide",
    ]
