"""split_template: a list of stamp / title / name cards read with the names closing them."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


STAMP_TITLE_NAME_LIST = """\
Newsfeed
Sign in
Home
Weather
Harbour City, WA
Change location
Nearby Headlines
25m ago
Ferry service to Quarry Island resumes after repairs to the north dock
Harbour City Herald
1h ago
County opens three warming shelters ahead of the weekend cold snap
KHCW 7 News
4h ago
Two lanes of the Bayview overpass will close nightly for resurfacing
The Coastal Courier
6h ago
Library board approves longer Sunday hours at the central branch
Westbay Gazette

Sponsored
Compare home insurance quotes in minutes
QuoteFinder
About Newsfeed
Privacy
"""


def test_names_under_the_titles_are_the_cards_sources() -> None:
    drafts = split(STAMP_TITLE_NAME_LIST)
    assert [(draft.title, draft.source) for draft in drafts] == [
        (
            "Ferry service to Quarry Island resumes after repairs to the north dock",
            "Harbour City Herald",
        ),
        (
            "County opens three warming shelters ahead of the weekend cold snap",
            "KHCW 7 News",
        ),
        (
            "Two lanes of the Bayview overpass will close nightly for resurfacing",
            "The Coastal Courier",
        ),
        ("Library board approves longer Sunday hours at the central branch", "Westbay Gazette"),
    ]
