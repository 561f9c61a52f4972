"""A clip's length ("3:21", "0:45") over a video card that prints its source and an age is
the video's length, no stamp: the card takes its age, and the next card keeps its own."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page


def _cards(text: str) -> list[tuple[str, str | None, str | None]]:
    page = RawPage(text=text, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    return [
        (event.title, event.source, event.published_at.isoformat() if event.published_at else None)
        for event in process_page(page)
    ]


def test_a_length_over_title_source_age() -> None:
    text = """Headlines
Rail strike called off after late pay offer
Coast Herald
1 hour ago
Full Coverage
YouTube
3:21
Why the rail strike was called off
Harbour TV
2 hours ago
Ferry fares to rise in spring
Bay Observer
4 hours ago
"""
    assert _cards(text)[1:] == [
        ("Why the rail strike was called off", "Harbour TV", "2026-11-30T10:00:00+00:00"),
        ("Ferry fares to rise in spring", "Bay Observer", "2026-11-30T08:00:00+00:00"),
    ]


def test_a_length_over_source_title_age() -> None:
    text = """Up next
0:45
Harbour TV
Snowplough crews work through the night
2h
1:12
Metro News
Airport delays after the storm
3h
"""
    assert _cards(text) == [
        ("Snowplough crews work through the night", "Harbour TV", "2026-11-30T10:00:00+00:00"),
        ("Airport delays after the storm", "Metro News", "2026-11-30T09:00:00+00:00"),
    ]
