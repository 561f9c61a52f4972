"""split: a page whose only text is read as one card (headline, byline, stamp, short
paragraphs) is that author's story, the lead: a teaser prints no byline over several
paragraphs of its own."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 10, 9, 0, tzinfo=UTC)

PAGE = (
    "Metro\n"
    "Sports\n"
    "Ferry crews walk out over rosters at the harbour terminal\n"
    "By Dana Whitfield\n"
    "May 9, 2026 / 6:15 PM EDT\n"
    "Ferry crews walked off the job on Saturday afternoon.\n"
    "Commuters waited at the terminal for two hours.\n"
    "The union said talks would resume on Monday.\n"
)


def test_bylined_lone_card_of_several_paragraphs_is_the_lead() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(d.title, d.role) for d in drafts] == [
        ("Ferry crews walk out over rosters at the harbour terminal", "lead")
    ]
