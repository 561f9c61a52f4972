"""A newsroom's note on itself at the page's end ("KXPR is a nonprofit news organization.
Your support keeps it going.") is no text of the last card above it."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Tacoma
City council approves new bike lanes on Pacific Avenue
By Lena Ortiz
November 30, 2026
The Tacoma City Council voted 7-2 on Monday to add protected bike lanes to Pacific Avenue.
Construction is expected to start next spring and take about eight months.
Supporters said the lanes would make the busy corridor safer for cyclists and pedestrians.
More from KXPR
Port of Tacoma reports record container volumes
November 29, 2026
Pierce Transit adds late-night service on two routes
November 28, 2026
KXPR is a nonprofit news organization. Your support keeps it going."""


def test_a_nonprofit_note_asking_support_is_no_card_text() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 20, tzinfo=UTC))
    for article in process_page(page):
        assert "nonprofit" not in article.body
