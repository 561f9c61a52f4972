"""split_body: a column opening on sentences too short for prose ("Spend less.", "Again.")
right under its byline and stamp keeps them: they are the text's first paragraphs, not the
header's UI lines; a UI sentence further down the text stays out (audit A's A-22)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 6, 12, 0, tzinfo=UTC)

HEADER = (
    "Northern Ledger\n"
    "Opinion\n"
    "The county keeps borrowing to pay for roads it cannot maintain\n"
    "By Tom Hale\n"
    "May 5, 2026, 8:00am\n"
)
TEXT = (
    "The county has borrowed for roads since 2019 and owes more every spring than before.\n"
    "Councillors promised last year that the new bypass would be the last loan for a decade.\n"
    "It was not, and the interest alone now costs more than the county spends on its libraries.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_short_opening_sentences_under_the_stamp_stay_in_the_body() -> None:
    body = split(HEADER + "The road fund is empty.\nAgain.\n" + TEXT)[0].body
    assert body.startswith("The road fund is empty.")
    assert "Again." in body


def test_a_two_word_opening_sentence_is_no_header_widget() -> None:
    body = split(HEADER + "Spend less.\n" + TEXT)[0].body
    assert body.startswith("Spend less.")
