"""split_template: on a page of title / summary / "Source · age" cards, a meta line right
under a headline closes that headline's card, not the next title's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CLOSING_META_FEED = """\
LocalWire
Akron, OH
Change location
For You
Local
Sports
Akron, OH
38°F
Overcast
Local News
Akron council approves new bike lanes on Market Street
The lanes will run from downtown to Highland Square and open next summer.
Akron Beacon Journal · 3h
21
Share
Summit County opens second emergency warming center
The center on Exchange Street will stay open overnight through February.
News 5 Cleveland · 6h
9
Share
Sponsored
Ohio drivers are switching insurers to save hundreds this winter
AutoQuote Daily
Learn More
Cuyahoga Falls names new fire chief after national search
The new chief spent eleven years leading the department in Kent before taking the post.
Share
Ad
Stow breaks ground on new community recreation center
Cleveland Business Journal · 1d
Share
Hudson library to expand weekend hours starting in January
Patrons will be able to visit the main branch on Sundays from noon to five.
Hudson Hub-Times · 9h
4
Share
Load more
"""


def test_a_meta_line_under_a_headline_closes_its_card() -> None:
    drafts = split(CLOSING_META_FEED)  # (the first three cards read right either way)
    assert [(draft.title, draft.source) for draft in drafts][3:] == [
        ("Stow breaks ground on new community recreation center", "Cleveland Business Journal"),
        ("Hudson library to expand weekend hours starting in January", "Hudson Hub-Times"),
    ]
