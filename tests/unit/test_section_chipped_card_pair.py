"""Two headline / one-sentence summary cards, each under a section's chip ("Politics",
"Sport"), with a bare headline link between them: a front page's cards, both related, not
a story whose lead swallows the second card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Valley Courier
Home
Opinion
Politics
Council approves new cycle lanes on the ring road
Work on the two-mile route is due to begin in the spring.
Weather
Storm warning issued for the coast tonight
Sport
Rovers sign a goalkeeper from the league's bottom club
The keeper joins on a two-year contract after a trial in October.
About us
"""


def test_two_chipped_cards_are_both_related() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("related", "Council approves new cycle lanes on the ring road"),
        ("related", "Rovers sign a goalkeeper from the league's bottom club"),
    ]
