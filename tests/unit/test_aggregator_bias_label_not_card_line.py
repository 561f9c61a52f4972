"""A news aggregator's coverage cards print the outlet, its media-bias rating ("Lean Left",
"Lean Right"), the headline and an age: the rating is the site's label, no line of the card,
so the outlet's name over it stays the card's source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 2, 15, 0, tzinfo=UTC)

COVERAGE = """\
NewsLens
Home
For You
Local
48 Articles
All
Left
Center
Right
Harbor Daily
Lean Right
Port strike ends after dockworkers accept new contract
3 hours ago
Coastline Post
Lean Left
Dockworkers win raises and automation limits in deal
5 hours ago
Metro Ledger
Lean Left
Shipping backlog could take weeks to clear, analysts say
6 hours ago
"""


def test_the_bias_rating_under_the_outlet_leaves_the_outlet_as_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=COVERAGE, fetched_at=FETCHED)))
    assert [(draft.source, draft.title) for draft in drafts] == [
        ("Harbor Daily", "Port strike ends after dockworkers accept new contract"),
        ("Coastline Post", "Dockworkers win raises and automation limits in deal"),
        ("Metro Ledger", "Shipping backlog could take weeks to clear, analysts say"),
    ]
