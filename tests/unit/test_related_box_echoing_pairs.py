"""A "Related" box of (headline, summary) cards between a story's paragraphs, each summary
telling of its headline: the cards are teasers and the text under them stays the lead's,
whether it goes on in short sentences or a long paragraph."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_HEAD = """County Courier
News
Council approves new bus routes for rural villages
Mary Quinn
November 12 2026 09:15 AM
The county council has approved four new bus routes linking rural villages to the market town.
Councillors said the routes would start running in the spring.
Related
Library opening hours cut across the county
Library branches will close on Mondays from January under the new plan.
Farmers warn of flooding on river meadows
Farmers say several fields have been under water since the storm.
"""

_SHORT_TAIL = """The routes will cost £2m a year.
Transport chair Alan Reid said the plan was "long overdue"."""

_LONG_TAIL = """The routes will cost £2m a year, paid from the transport budget and a grant the \
government awarded the county in the summer after a long campaign.
Transport chair Alan Reid said the plan was "long overdue"."""


def _split(text: str) -> list[tuple[str, str, str]]:
    page = RawPage(text=text, fetched_at=datetime(2026, 11, 12, 12, tzinfo=UTC))
    return [(event.role, event.title, event.body) for event in process_page(page)]


def _check(tail: str) -> None:
    [lead, library, floods] = _split(_HEAD + tail)
    assert lead[0] == "lead"
    assert "£2m a year" in lead[2] and "long overdue" in lead[2]
    assert "Mondays" not in lead[2] and "under water" not in lead[2]
    assert library[:2] == ("related", "Library opening hours cut across the county")
    assert "Mondays" in library[2]
    assert floods[:2] == ("related", "Farmers warn of flooding on river meadows")
    assert "under water" in floods[2] and "£2m" not in floods[2]


def test_short_sentences_after_the_box_stay_the_lead_s() -> None:
    _check(_SHORT_TAIL)


def test_a_long_paragraph_after_the_box_leaves_the_summaries_to_the_cards() -> None:
    _check(_LONG_TAIL)
