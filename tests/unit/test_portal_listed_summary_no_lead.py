"""A portal's list of alike cards, each printing its source and stamp ("AP · 2h ago") under
its headline and maybe a summary, has no lead even when one card's summary runs to a story's
word count: a summary of one paragraph in such a list is a teaser's, not a story's text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 2, 15, 0, tzinfo=UTC)

FRONT = """\
Portal News
Home
World
Business
Top stories
Heatwave pushes power demand to record across Texas as grid operator urges conservation
Associated Press · 1h ago
Temperatures above 105 degrees in Dallas and Houston on Monday drove electricity use past last summer's peak, and the state's grid operator asked homes and businesses to raise thermostats between four and nine in the evening to avoid rolling outages.
Central bank leaves rates unchanged and signals patience on cuts
Bloomberg · 3h ago
City council approves plan for new light-rail line to the airport
The Seattle Times · 4h ago
The line would open in 2031 and cost about $2.1 billion, most of it from a voter-approved transit levy.
Load more
"""  # noqa: E501


def _roles(text: str) -> list[str]:
    return [
        draft.role for draft in split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    ]


def test_a_long_one_paragraph_summary_in_a_list_of_sourced_cards_is_no_lead() -> None:
    assert _roles(FRONT) == ["related", "related", "related"]
