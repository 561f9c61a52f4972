"""split_page._video_duration: a video list's first length, printed over its title right
under the text or a card's stamp ("More Videos", clean's, is gone): "1:42" / title / "2:08" /
title, no clock; a list of clock-stamped cards ("9:05" / title / "8:47") keeps its clocks."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import _video_duration

FETCHED = datetime(2026, 11, 19, 16, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


STORY = """\
Local News
Shelter-in-place lifted after chemical plant fire near the ship channel
Officials say air monitoring found no harmful levels outside the plant.
Published: 6:12 AM CST November 19, 2026
A shelter-in-place order for neighborhoods near a chemical plant was lifted Thursday morning \
after firefighters put out a blaze that sent thick black smoke over the ship channel.
The fire broke out around 5:30 a.m. in a storage tank at the facility, the fire department said.
Air monitoring in nearby neighborhoods found no harmful levels of benzene, the county said.
Red Bluff Road remained closed between the highway and the parkway while crews cooled the tank.
More Videos
2:14
Fire crews battle tank blaze near the ship channel
0:58
Traffic: Red Bluff Road closed
Trending
Astros finalize deal with free-agent lefty
"""


def test_a_video_lists_first_length_is_no_clock() -> None:
    drafts = split(STORY)
    assert [draft.title for draft in drafts] == [
        "Shelter-in-place lifted after chemical plant fire near the ship channel"
    ]


def test_first_length_of_a_video_list() -> None:
    lines = ("Crews cooled the tank overnight.", "1:42", "Crews repair main", "2:08", "Dog rescued")
    assert _video_duration(lines, 1, "1:42")


def test_a_clock_lists_first_clock_stays_a_stamp() -> None:
    """Must stay: a latest-news list of the morning ("9:05" / title / "8:47" / title)."""
    lines = ("Latest", "9:05", "Crews repair main", "8:47", "Dog rescued")
    assert not _video_duration(lines, 1, "9:05")


def test_a_clock_over_a_card_with_text_stays_a_stamp() -> None:
    """Must stay: an early clock over a headline with no length two lines under it."""
    lines = ("Latest", "1:42", "Crews repair main", "Crews worked through the night.", "Sport")
    assert not _video_duration(lines, 1, "1:42")


LATEST_AFTER_MIDNIGHT = """\
Evening Courier
News
Latest news
02:48
Motorway closed after lorry overturns near junction 12
01:55
Police name man killed in town centre stabbing
Officers said his family had been informed and were being supported.
01:20
Hospital declares critical incident as A&E fills up
00:35
Flood warning issued for river in the north of the county
23:58
Late penalty sends United into the cup final
View more
"""


def test_a_latest_list_after_midnight_keeps_its_first_clock() -> None:
    """Must stay (auditor A's L-1, probe L10): "02:48" / title / "01:55": a list's clocks of
    the small hours, each card keeping its own, none lost."""
    drafts = split(LATEST_AFTER_MIDNIGHT)
    assert [(draft.title[:20], draft.time_text) for draft in drafts] == [
        ("Motorway closed afte", "02:48"),
        ("Police name man kill", "01:55"),
        ("Hospital declares cr", "01:20"),
        ("Flood warning issued", "00:35"),
        ("Late penalty sends U", "23:58"),
    ]
