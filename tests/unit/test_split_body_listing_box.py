"""split_body: a box inside the text under a heading that announces a list ("Related
stories", "Editors' Picks": ``clean`` records its words, ``CleanPage.lists``) holds its
(headline, summary) pairs as teasers, the text going on under them; under a heading that
does not ("Related" alone), the same lines may be a link, the text's short paragraph, a
sub-heading and another short paragraph, and they stay text."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

HEADER = (
    "Tram line to run every six minutes from May\n"
    "By Oskar Brandt\n"
    "4 March 2026, 11:20\n"
    "Trams on the east line will run every six minutes at peak times from May, the "
    "operator said on Tuesday after a year of complaints about crowding.\n"
    "The operator will hire forty drivers and bring two stored trams back into service, "
    "at a cost it put at four million a year.\n"
)
PAIRS = (
    "Night buses return to the harbour route after a two-year gap",
    "The council has found the money to run three services a night at weekends.",
    "Why the new ticket machines keep rejecting bank cards",
    "A software update in January left older readers unable to take contactless payments.",
)
RESUMED = (
    "Passenger groups welcomed the plan but said the line's stops were too short for the "
    "longer trams the operator wants to buy from next year.\n"
    "The city's transport committee will vote on the budget in April.\n"
    "Share\nFacebook\n© 2026 The City Courier\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def lead(drafts: list[ArticleDraft]) -> ArticleDraft:
    return next(draft for draft in drafts if draft.role == "lead")


@pytest.mark.parametrize("label", ["Related stories", "Editors’ Picks"])
def test_pairs_under_a_listing_heading_inside_the_text_are_teasers(label: str) -> None:
    drafts = split(HEADER + f"{label}\n" + "\n".join(PAIRS) + "\n" + RESUMED)
    body = lead(drafts).body
    assert all(line not in body for line in PAIRS)
    assert "longer trams the operator wants to buy" in body
    assert "vote on the budget in April." in body
    teasers = {draft.title: draft.body for draft in drafts if draft.role == "related"}
    assert teasers.get(PAIRS[0]) == PAIRS[1]
    assert teasers.get(PAIRS[2]) == PAIRS[3]


def test_the_same_lines_under_a_bare_related_heading_stay_text() -> None:
    # must-stay: "Related" says nothing of how many follow; a link, the text's short
    # paragraph, a sub-heading and its short paragraph have this shape
    drafts = split(HEADER + "Related\n" + "\n".join(PAIRS) + "\n" + RESUMED)
    body = lead(drafts).body
    assert PAIRS[1] in body
    assert PAIRS[3] in body


def test_one_pair_under_a_listing_heading_stays_text() -> None:
    # must-stay: one headline over one sentence is no list; the sentence may be the text's
    drafts = split(HEADER + "Related stories\n" + "\n".join(PAIRS[:2]) + "\n" + RESUMED)
    assert PAIRS[1] in lead(drafts).body


def test_a_subheading_over_a_long_paragraph_under_a_listing_heading_stays_text() -> None:
    # must-stay: a link, then the text's sub-heading over a paragraph longer than a card's
    # summary: one pair only, the text resumes
    paragraph = (
        "The operator said it would review the timetable in the spring, once the figures "
        "for the first three months were in, the union had been consulted on the rota and "
        "the board had heard from the passenger groups that asked for the change last year."
    )
    drafts = split(
        HEADER
        + "Related stories\n"
        + "\n".join(PAIRS[:2])
        + "\nDrivers warn of longer shifts\n"
        + paragraph
        + "\n"
        + RESUMED
    )
    body = lead(drafts).body
    assert paragraph in body
    assert PAIRS[1] in body
