"""Agency initials alone in capitals ("ANI") in a card's source slot, over its title, its
summary and its stamp, are the card's source, not a menu's app link (audit D's d17)."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_CARDS = """Latest news
ANI
Heavy rain shuts schools across coastal districts of Kerala
Officials said classes would resume once the water had receded from low-lying roads.
3 hours ago
"""


def test_agency_initials_over_a_stamped_card_are_its_source() -> None:
    page = RawPage(text=_CARDS, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    [card] = process_page(page)
    assert card.title == "Heavy rain shuts schools across coastal districts of Kerala"
    assert card.source == "ANI"
