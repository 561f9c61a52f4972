"""split_body: a box of cards that name no outlet inside a story is the site's own, even
when a menu line over the story's headline was read as the story's outlet ("Politics" /
"NSW" / headline / …): the short paragraphs under its card are the story going on, no
card's summary (``_own_box``, audit A's A-7)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)

PAGE = (
    "The Harbour Times\n"
    "Politics\n"
    "QLD\n"
    "Brisbane bus fares to be capped at 50 cents for another year\n"
    "Megan Ross\n"
    "State Political Reporter\n"
    "June 3, 2026 — 6.00am\n"
    "Save\n"
    "Share\n"
    "The state government will keep bus and train fares at 50 cents for another year, "
    "Transport Minister Bart Mellish has confirmed.\n"
    "The scheme, which began in 2024, has lifted patronage by more than a fifth.\n"
    "Related Article\n"
    "Analysis\n"
    "Why cheap fares have not cleared the roads\n"
    "Sean Parnell\n"
    "May 28, 2026\n"
    "Opposition MPs said the government had not explained how the scheme would be paid for.\n"
    '"It is a sugar hit before the election," opposition spokesman Tim Mander said.\n'
    "License this article\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_paragraphs_under_a_sourceless_boxed_card_go_on_with_the_story() -> None:
    drafts = split(PAGE)
    assert drafts[0].title == "Brisbane bus fares to be capped at 50 cents for another year"
    assert "had not explained how the scheme would be paid for" in drafts[0].body
    assert "opposition spokesman Tim Mander said." in drafts[0].body
    assert drafts[1].title == "Why cheap fares have not cleared the roads"
    assert drafts[1].body == ""
