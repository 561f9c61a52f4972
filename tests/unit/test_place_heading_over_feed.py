"""A local feed's place heading ("Austin, TX") over its first card, whose meta line prints
the same place with the age ("Austin, TX · 4h"), is no card's line: the first card keeps
its title and its source, not the card under it."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page


def test_a_place_heading_over_the_first_card() -> None:
    text = """Local

Austin, TX
City approves new bike lanes downtown after long debate
The Austin Chronicle
Austin, TX · 4h
12
Share
Man charged after shooting in east Austin, police say
KXAN News
Austin, TX · 7h

Longhorns coach signs contract extension through 2031
Burnt Orange Nation
1d
48
"""
    page = RawPage(text=text, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    [first, second, *_] = process_page(page)
    assert (first.title, first.source) == (
        "City approves new bike lanes downtown after long debate",
        "The Austin Chronicle",
    )
    assert second.title == "Man charged after shooting in east Austin, police say"
