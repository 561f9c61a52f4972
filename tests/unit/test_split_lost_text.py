"""Shapes where a real text or a whole story was lost (round 25): the text must survive, in
the lead or as a card, when split cannot tell a card from the story's text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


DATED_CARDS = """\
Latest
Roadworks to close high street for a week
Buses will be diverted via Station Road.
2 hours ago
Swimming pool reopens after repairs
The leisure centre says the new roof is now watertight.
4 hours ago
Charity shop raises record sum
Volunteers collected £12,000 over the winter.
5 hours ago
"""

CARD_TITLES = [
    "Roadworks to close high street for a week",
    "Swimming pool reopens after repairs",
    "Charity shop raises record sum",
]

ONE_PARAGRAPH_BRIEF = (
    """\
The Eastport Courier
News
Sport
Ferry cancelled after engine fault
The 7.15am sailing from Eastport to Millbay was cancelled after a fault was found, \
the operator said.
"""
    + DATED_CARDS
)


def test_one_paragraph_brief_over_dated_cards_is_the_lead() -> None:
    """A headline over one short reported paragraph, no stamp, over a list of dated cards:
    a brief, not a notice; its headline and text are the lead."""
    drafts = split(ONE_PARAGRAPH_BRIEF)
    assert [draft.title for draft in drafts] == ["Ferry cancelled after engine fault", *CARD_TITLES]
    assert drafts[0].role == "lead"
    assert "the operator said" in drafts[0].body


def test_not_found_notice_over_dated_cards_gives_no_lead() -> None:
    """Must stay: a 404's one sentence to the reader over the same cards is no story."""
    page = ONE_PARAGRAPH_BRIEF.replace(
        "Ferry cancelled after engine fault", "Page not found"
    ).replace(
        "The 7.15am sailing from Eastport to Millbay was cancelled after a fault was found, the "
        "operator said.",
        "Sorry, the page you are looking for may have been moved or deleted.",
    )
    drafts = split(page)
    assert [draft.title for draft in drafts] == CARD_TITLES
    assert all(draft.role == "related" for draft in drafts)


STAMPLESS_OVER_DATED = (
    """\
The Eastport Courier
News
Sport
Harbour walls to be raised
New flood defences will be built along the quay next year.
School meals price frozen
The cost stays at £2.40 for another year.
Park run route changes
The course now avoids the closed footbridge.
"""
    + DATED_CARDS
)


def test_stampless_cards_over_dated_cards_are_kept() -> None:
    """Stampless headline / summary cards over the dated list, the first too short for a
    story: a list of teasers, no lead, and none of its cards lost."""
    drafts = split(STAMPLESS_OVER_DATED)
    assert [draft.title for draft in drafts] == [
        "Harbour walls to be raised",
        "School meals price frozen",
        "Park run route changes",
        *CARD_TITLES,
    ]
    assert all(draft.role == "related" for draft in drafts)
    assert drafts[1].body == "The cost stays at £2.40 for another year."


def test_lone_flash_of_one_sentence_is_an_article() -> None:
    """A page's only text, a headline over one short sentence that reports an event of
    others (who, where, when), no stamp: a flash, not a notice."""
    drafts = split(
        "Home\nNews\nFire at Leeds primary school\n"
        "Firefighters were called to Elm Primary School in Leeds at 3am on Monday.\nShare\n"
    )
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("lead", "Fire at Leeds primary school")
    ]
