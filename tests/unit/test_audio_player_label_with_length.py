"""An audio player set into the text whose label prints its length ("Listen duration 3' 05\"")
takes its title under its buttons ("Add to playlist" / "Download" / "Mayor speaks to
Midday"): the title is the player's, not the story's."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Rural
Frost wipes out early grape buds across Marlborough
8:05 am on 30 November 2026
Growers in Marlborough say a hard frost on Sunday morning damaged early buds on many vineyards.
Wine Marlborough chair Ana Reyes said about a fifth of the region's vines had been affected.
Listen duration 3' 05"
Add to playlist
Download
Ana Reyes speaks to Midday
Frost fans ran through the night on most vineyards, but some blocks were too cold to save.
Growers will know the full extent of the damage in about two weeks, Reyes said."""


def test_a_player_title_under_a_labelled_length_leaves_the_body() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "speaks to Midday" not in lead.body
    assert "Frost fans ran through the night" in lead.body
