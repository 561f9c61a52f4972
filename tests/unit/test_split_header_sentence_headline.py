"""split_header: a headline written as sentences ("… went up again. Nobody noticed.") over a
standfirst, a byline and a stamp is the lead's headline, though its full stop keeps it from
being title-like; a kicker over it stays no headline (audit A's A-27)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 6, 12, 0, tzinfo=UTC)

HEADLINE = "The bus fare went up again. Nobody at the council noticed.\n"
HEADER = (
    "Riverside Weekly\n"
    "Comment\n"
    "Transport\n"
    + HEADLINE
    + "Ticket prices rose for the third time this year. Riders are paying for it.\n"
    "By Maya Grant\n"
    "May 5, 2026, 8:00am\n"
)
TEXT = (
    "The single fare into town now costs more than a litre of milk and a loaf of bread.\n"
    "Councillors approved the rise without a debate on Tuesday night.\n"
    "Most riders learned of it at the ticket machine.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_sentence_headline_over_standfirst_and_byline_is_the_lead_title() -> None:
    drafts = split(HEADER + TEXT)
    assert len(drafts) == 1
    assert drafts[0].title == HEADLINE.strip()
    assert "Councillors approved the rise" in drafts[0].body
    assert "Ticket prices rose for the third time" in drafts[0].body


def test_kicker_over_sentence_headline_is_not_taken_for_it() -> None:
    drafts = split(HEADER + TEXT)
    assert drafts[0].title not in {"Comment", "Transport"}
