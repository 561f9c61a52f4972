"""boilerplate: a "Most Read …" heading opens a list of its own, so on a front whose cards
print title / summary / author / age the bare titles under it are no card's next title, and
each author and age close the card above them (auditor A's A-1)."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


CITY_FRONT = (
    "The Harbor Gazette\n"
    "Local News\n"
    "Business\n"
    "Ferry service to the islands cut back for the winter season\n"
    "The county blamed a shortage of licensed deckhands.\n"
    "Dana Whitfield\n"
    "2 hours ago\n"
    "School board approves a later start time for high schools\n"
    "Parents had asked for the change for three years.\n"
    "Luis Ortega\n"
    "5 hours ago\n"
    "Mariners sign veteran reliever to a one-year deal\n"
    "Ryan Cole\n"
    "1 day ago\n"
    "Most Read Local Stories\n"
    "Crews repair a water main under the old bridge\n"
    "Bakery on Main Street closes after forty years\n"
)


def test_each_author_and_age_close_the_card_above_them() -> None:
    drafts = split(CITY_FRONT)
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        ("Ferry service to the islands cut back for the winter season", "2 hours ago"),
        ("School board approves a later start time for high schools", "5 hours ago"),
        ("Mariners sign veteran reliever to a one-year deal", "1 day ago"),
    ]


def test_a_most_read_heading_naming_its_list_opens_related_links() -> None:
    assert classify("Most Read Local Stories") is Kind.RELATED
