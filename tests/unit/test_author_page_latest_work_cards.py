"""An author page's "Latest work" list: headline / summary cards, one printing its authors'
names ("Ana Ruiz and Tom Berg") between its headline and its summary. The names are the
card's author slot, and the list under its heading is cards with no lead, not one story."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 2, 15, 0, tzinfo=UTC)

AUTHOR_PAGE = """\
The Monthly Review
Politics
Science
Culture
Daniel Hartley
Contributing writer
Daniel Hartley is a contributing writer who covers cities, housing, and transport. He previously reported for a regional daily in Ohio.
Latest Work
The Suburbs Are Running Out of Buses
Transit agencies cut routes when ridership fell, and the riders who remain have nowhere else to go.
Why Cities Keep Building Parking Nobody Uses
Minimum parking rules outlived their reasons, and the empty garages show it.
Rent Control Is Back on the Ballot
Michael Garner and Susan Powell
Voters in three states will decide this fall whether to cap yearly rent increases.
Load More
About
Privacy Policy
"""  # noqa: E501


def _articles(text: str) -> list[tuple[str, str, str]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(draft.role, draft.title, draft.body) for draft in drafts]


def test_latest_work_cards_are_related_each_with_its_summary() -> None:
    assert _articles(AUTHOR_PAGE) == [
        (
            "related",
            "The Suburbs Are Running Out of Buses",
            "Transit agencies cut routes when ridership fell, and the riders who remain have"
            " nowhere else to go.",
        ),
        (
            "related",
            "Why Cities Keep Building Parking Nobody Uses",
            "Minimum parking rules outlived their reasons, and the empty garages show it.",
        ),
        (
            "related",
            "Rent Control Is Back on the Ballot",
            "Voters in three states will decide this fall whether to cap yearly rent increases.",
        ),
    ]
