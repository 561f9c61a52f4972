"""clean: a video playlist set between a story's paragraphs, its playing video and its next
one each a label over a title and a bare length ("Now Playing" / title / "1:45" / "Up Next" /
title / "2:03"): the rail goes, the length is no clock, the story stays whole."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Home\nNews\nSport\n"
    "Ferry services cancelled as gales sweep the coast\n"
    "Crossings to the islands are off until at least Sunday.\n"
    "Sam Okafor\n"
    "Updated 3h ago\n"
    "All ferry crossings were cancelled on Saturday morning as winds reached 110km/h.\n"
    "The operator said passengers would be rebooked free of charge.\n"
    "Now Playing\n"
    "Waves batter the harbour wall at dawn\n"
    "0:58\n"
    "Up Next\n"
    "Skipper explains why boats stay in port\n"
    "2:11\n"
    "Forecasters expect the wind to ease late on Sunday.\n"
    "Island shops have been told to expect late deliveries.\n"
)


def test_a_playlist_rail_inside_the_text_leaves_it_whole() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Waves batter" not in body and "Skipper explains" not in body
    assert "Now Playing" not in body and "Up Next" not in body
    assert "rebooked free of charge" in body and "late deliveries" in body
