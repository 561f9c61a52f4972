"""split: card lists whose slot order (source / stamp over or under the title) must be read
from the whole list, so that no card takes its neighbour's source or stamp (split_cards,
split_lines). Page-like inputs written for these tests."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _meta

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_meta_line_with_a_place_after_its_publisher() -> None:
    # a card's "Publisher · City, ST · 2h": the place is the story's, the publisher its source
    assert _meta("The Ledger · Tampa, FL · 2h") == ("The Ledger", "2h")
    assert _meta("Harbour Times · Cork · 3 hours ago") == ("Harbour Times", "3 hours ago")


def test_meta_line_place_first_stays_unread() -> None:
    # must stay: a place before the name is an article header's dateline shape, not a card's
    assert _meta("Tampa, FL · Jane Marsh") is None


SOURCE_PLACE_STAMP_CARDS = """\
More local news
Bay Radio
3h
County budget gap grows to $45 million as the chair warns of cuts
Harbour Times · Cork · 2h
Ferry operator adds a late sailing to the islands for the summer season
West Coast Post
5h
Inside the council's scramble to fill a $30 million hole in the roads budget
Load more
"""


def test_card_with_place_in_its_meta_line_keeps_its_slot() -> None:
    drafts = split(SOURCE_PLACE_STAMP_CARDS)
    assert [(d.title, d.source) for d in drafts] == [
        ("County budget gap grows to $45 million as the chair warns of cuts", "Bay Radio"),
        (
            "Ferry operator adds a late sailing to the islands for the summer season",
            "Harbour Times",
        ),
        (
            "Inside the council's scramble to fill a $30 million hole in the roads budget",
            "West Coast Post",
        ),
    ]
