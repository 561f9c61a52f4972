"""split_body: a numbered list in the text whose items are short sentences under their own
numbers ("4." / "The builder blamed the weather.") keeps every item; a numbered list of
headlines (no full stop) between paragraphs stays out (audit A's A-8)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 6, 12, 0, tzinfo=UTC)

HEADER = (
    "Harbour Times\n"
    "Local\n"
    "Four things to know about the ferry terminal delay\n"
    "By Ana Ruiz\n"
    "May 5, 2026, 8:00am\n"
    "The port authority said on Monday the ferry terminal will open a year later than planned.\n"
)
CLOSING = (
    "The port authority's board will discuss the contract at its June meeting in the town hall.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_short_sentence_items_under_numbers_stay() -> None:
    items = (
        "1.\nThe opening moves to the summer of 2028.\n"
        "2.\nThe cost rises by twelve million euros.\n"
        "3.\nThe builder blamed the weather.\n"
        "4.\nFerries keep the old quay.\n"
    )
    body = split(HEADER + items + CLOSING)[0].body
    assert "The builder blamed the weather." in body
    assert "Ferries keep the old quay." in body


def test_numbered_headlines_between_paragraphs_stay_out() -> None:
    links = (
        "1.\nMayor opens new cycle lane on the seafront\n"
        "2.\nSchool roof repairs to finish by June\n"
    )
    body = split(HEADER + links + CLOSING)[0].body
    assert "Mayor opens new cycle lane" not in body
