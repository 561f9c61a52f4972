"""split: a list whose cards print a name over their title / summary / stamp, two or more
of those names shaped as outlets' ("Coast News", "Valley Radio"), prints its publishers
there: each such name is its card's source, even where no card's meta line prints one."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

PORTAL = """\
Home
News
Recommended Stories
The Ridge
City council approves new bus lanes on the riverside road
The plan adds four miles of dedicated lanes and more frequent evening services from March.
2h ago
Coast News
Port workers vote to accept pay offer after weeks of talks
The union said members backed the deal by a wide margin in a ballot that closed on Friday.
4h ago
Valley Radio
Wildfire smoke prompts health warning across the valley towns
Officials urged residents with breathing problems to stay indoors until the air clears.
6h ago
"""


def test_outlet_names_over_listed_titles_are_sources() -> None:
    drafts = split_articles(clean_page(RawPage(text=PORTAL, fetched_at=FETCHED)))
    sources = {draft.title: draft.source for draft in drafts}
    assert sources["City council approves new bus lanes on the riverside road"] == "The Ridge"
    assert sources["Port workers vote to accept pay offer after weeks of talks"] == "Coast News"
