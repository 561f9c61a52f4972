"""On a feed whose cards print "Source · 3h" over their titles, a bare chip and the next
section's heading over a card's meta line are no title-first card: the meta line heads
the title under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)

FEED = (
    "Top stories\n"
    "Coast FM · 2h\n"
    "Ferry timetable changes for the summer season announced by the council\n"
    "The new timetable adds two evening crossings from the first of June onwards.\n"
    "Harbour Daily · 3h\n"
    "Fishing boats parade through the old harbour at dawn for the spring festival\n"
    "Valley News · 4h\n"
    "Bakery on the quay closes its doors after ninety years of trading\n"
    "\n"
    "Harbour regatta entry dates announced\n"
    "Lighthouse tours\n"
    "Business\n"
    "Market Weekly · 6h\n"
    "Port operator reports record container traffic for the third quarter\n"
    "Volumes rose by a fifth as two new shipping lines started calling at the port.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_meta_line_under_a_section_heading_heads_the_title_under_it() -> None:
    cards = {draft.title: draft for draft in split(FEED)}
    card = cards["Port operator reports record container traffic for the third quarter"]
    assert card.source == "Market Weekly"
    assert "Harbour regatta entry dates announced" not in cards
