"""A card between a story's paragraphs whose stamp is labelled ("Updated on …") closes its
card like a bare stamp: the stamp line is no next story's headline, so the short sentences
under it are the story going on, not the card's summary."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """News
Cities
Pune: Civic body to widen Baner road ahead of monsoon season
By Staff Reporter
Nov 18, 2026 09:05 AM IST
PUNE: The municipal corporation will widen a two-kilometre stretch of Baner road next month, \
officials said on Tuesday.
Shops along the stretch have been asked to clear encroachments.
Also Read
Pune airport to get a second terminal by next summer
Updated on Nov 17, 2026 06:40 PM IST
The road will be widened from four lanes to six.
Traffic will be diverted through Aundh during the work.
Follow us on social media"""


def test_the_text_under_a_card_with_an_updated_on_stamp_stays_the_lead_s() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 18, 12, tzinfo=UTC))
    [lead, card] = process_page(page)
    assert lead.role == "lead"
    assert "four lanes to six" in lead.body and "diverted through Aundh" in lead.body
    assert card.role == "related"
    assert card.title == "Pune airport to get a second terminal by next summer"
    assert card.body == ""
