"""A picture the paper was given is credited "Supplied" alone after the caption's sentence
("… on Monday morning. Supplied"): the caption leaves the body with that credit, and the
icon's alt text over it ("Camera Icon") is no text."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Local News
Bushfire warning upgraded as winds shift near Bendigo
December 2, 2026 - 2:40PM
An emergency warning has been issued for communities west of Bendigo as a grassfire spreads.
Camera Icon
A water bomber over the fire front near Marong on Wednesday. Supplied
Residents were told it was too late to leave and to shelter indoors.
More than 60 firefighters are at the scene, supported by four aircraft."""


def test_supplied_credits_the_caption_above_it() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 4, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert [(caption.text, caption.credit) for caption in lead.captions] == [
        ("A water bomber over the fire front near Marong on Wednesday.", "Supplied")
    ]
    assert "water bomber" not in lead.body
    assert "Camera Icon" not in lead.body
    assert "Residents were told" in lead.body
