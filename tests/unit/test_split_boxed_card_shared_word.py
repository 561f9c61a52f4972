"""A lone dated card in a box between a story's paragraphs ("Related" / headline / age)
whose headline shares a word with the paragraph under it no more than the paragraph over
the box does: the story going on, which speaks of its own topic, not the card's story
printed in full (whose lede restates its headline: it keeps its text)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Coast Herald
News
Sport
Harbour ferry operator cuts winter sailings to two a day
28 November 2026
The operator of the harbour ferry will run only two sailings a day from December, blaming a shortage of crew and the cost of fuel.
Islanders said the cut would leave them stranded on the mainland after evening hospital appointments, and the harbour master asked the operator to reconsider.
Related
Council delays vote on harbour parking charges
5 hours ago
{lede}
The operator said it would restore the full timetable in April if it could recruit six more deckhands over the winter.
Share
© 2026 Coast Herald
"""  # noqa: E501

RESUMING = (
    "Passenger numbers at the harbour have fallen by a third since the pandemic, and the"
    " operator has lost money on the route in each of the last three years."
)
NEXT_STORY = (
    "The council has delayed its vote on new parking charges at the harbour after traders"
    " complained that they had not been consulted."
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_story_goes_on_under_a_card_sharing_a_word_with_it() -> None:
    drafts = split(PAGE.format(lede=RESUMING))
    assert drafts[1].title == "Council delays vote on harbour parking charges"
    assert drafts[1].body == ""
    assert RESUMING in drafts[0].body


def test_the_next_story_restating_its_headline_keeps_its_text() -> None:
    drafts = split(PAGE.format(lede=NEXT_STORY))
    assert drafts[1].title == "Council delays vote on harbour parking charges"
    assert NEXT_STORY in drafts[1].body
    assert NEXT_STORY not in drafts[0].body
