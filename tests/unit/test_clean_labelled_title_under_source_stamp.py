"""A labelled headline ("Watch: …") right under a card's "Source · 3h" line is that card's
title, kept: a feed that prints each card's source and stamp over its title."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)

FEED = (
    "Top stories\n"
    "Coast FM · 2h\n"
    "Ferry timetable changes for the summer season announced by the council\n"
    "Harbour Daily · 3h\n"
    "Watch: Fishing boats parade through the old harbour at dawn\n"
    "Trending now\n"
    "Valley News · 5h\n"
    "Bakery on the quay closes its doors after ninety years\n"
)


def test_a_labelled_title_under_a_source_stamp_line_is_kept() -> None:
    lines = clean_page(RawPage(text=FEED, fetched_at=FETCHED)).lines
    assert "Watch: Fishing boats parade through the old harbour at dawn" in lines
