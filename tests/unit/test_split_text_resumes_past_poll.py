"""The text going on under a box of dated cards between its paragraphs is read past a
reader poll printed between them (label, question, answers, vote button, vote count): the
poll is no line of the text nor of the cards, so the paragraphs under it stay the story's,
not the last card's summary."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Skip to main content
County Radio News
News
Sport
Weather
Ferry fares to rise by 8% on island routes from March
Published / Saturday, 28 Nov 2026 07:10
Aoife Brennan
Ferry fares on the three island routes will rise by 8% from 1 March, the operator has confirmed after a review of fuel and crew costs.
The increase applies to foot passengers and cars; islanders with a resident card will pay the old fare until the end of next year.
New harbour wall to be finished by summer
Published 9 days ago
Island school gets funding for second classroom
Published 4 weeks ago
The islands' community council said the rise would hit families who travel to the mainland for hospital appointments.
Poll
Should island residents travel free in winter?
Yes
No
Vote
842 votes
The operator said its fuel bill had doubled since 2021 and that the fares had not changed for four years before the last increase.
A spokesperson for the Department of Transport said the minister would meet the islands' councillors before Christmas to discuss the routes.
Tags
Ferries
Islands
"""  # noqa: E501


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_text_under_the_box_goes_on_past_the_poll() -> None:
    drafts = split(PAGE)
    assert [draft.title for draft in drafts[1:]] == [
        "New harbour wall to be finished by summer",
        "Island school gets funding for second classroom",
    ]
    assert "would hit families" in drafts[0].body
    assert "fuel bill had doubled" in drafts[0].body
    assert drafts[2].body == ""
