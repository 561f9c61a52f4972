"""A card's headline of two sentences with no full stop at its end ("… better than nothing.
Barely"), over its publisher's name and its age, is the card's title, not a caption and its
credit; a caption's credit in capitals under such a line stays a credit."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.split_page import _features


def _cards(text: str) -> list[tuple[str, str | None]]:
    page = RawPage(text=text, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    return [(event.title, event.source) for event in process_page(page)]


def test_a_two_sentence_headline_over_source_and_age_is_a_card() -> None:
    text = """Top stories
Harbour tunnel reopens after six months of repairs
Coast Herald
5 hours ago
The new ferry timetable is better than the old one. Slightly
Bay Observer
4 hours ago
Commuters welcome the return of night buses
Metro Daily
3 hours ago
"""
    assert _cards(text) == [
        ("Harbour tunnel reopens after six months of repairs", "Coast Herald"),
        ("The new ferry timetable is better than the old one. Slightly", "Bay Observer"),
        ("Commuters welcome the return of night buses", "Metro Daily"),
    ]


def test_a_caption_with_a_credit_in_capitals_stays_no_title() -> None:
    lines = (
        "The harbour master on the quay at dawn, last Tuesday. ANNA LOPEZ",
        "PAUL REYES",
        "3 hours ago",
    )
    assert not _features(lines).is_title(0)


def test_a_caption_with_a_bar_credit_stays_no_title() -> None:
    lines = (
        "The harbour master on the quay at dawn, last Tuesday. | Reuters",
        "Coast Herald",
        "3h",
    )
    assert not _features(lines).is_title(0)
