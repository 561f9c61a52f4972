"""split: a headline written as sentences ("Rents are not the problem. Zoning is.") over a
standfirst without a full stop, a byline and a stamp: the standfirst, its byline and
stamp read as a card, but they are the story's header; the sentence is the title and
the standfirst the text's first line."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)

PAGE = (
    "The Ledger\n"
    "Opinion\n"
    "Housing\n"
    "Rents are not the problem. Zoning is.\n"
    "Cities that allow more homes per lot have seen rents flatten for a decade\n"
    "By Morgan Ellery\n"
    "Published April 1, 2026\n"
    "The city council will vote on the new zoning plan next week.\n"
    "Most of the land near the train stations is reserved for detached houses.\n"
    "Builders say they could add thousands of flats there within five years.\n"
)


def test_sentence_headline_over_a_deck_read_as_a_card_is_the_title() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    headline = "Rents are not the problem. Zoning is."
    assert [(d.title, d.role) for d in drafts] == [(headline, "lead")]
    assert drafts[0].body.startswith("Cities that allow more homes per lot")
