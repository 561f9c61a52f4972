"""A clip's length alone over one title, a block of its own ("0:58" / title between blank
lines, its "Video" label taken by clean): a video rail's item, no clock, so no card. A clock
over a title and its summary, or a late "9:05", stays a stamp."""

from streams.split_page import _video_duration

RAIL_ITEM = (
    "The council will meet again on Tuesday to discuss the evacuation plan.",
    "",
    "0:58",
    "Mayor urges residents to pack a go-bag before the weekend",
    "",
    "Reuters",
)


def test_a_length_alone_over_a_title_in_its_block_is_a_clip() -> None:
    assert _video_duration(RAIL_ITEM, 2, "0:58")


def test_a_clock_over_a_title_and_its_summary_is_a_stamp() -> None:
    card = (*RAIL_ITEM[:4], "Officials expect the strongest gusts on Saturday afternoon.", "")
    assert not _video_duration(card, 2, "0:58")


def test_a_late_clock_alone_over_a_title_is_a_stamp() -> None:
    late = (*RAIL_ITEM[:2], "9:05", *RAIL_ITEM[3:])
    assert not _video_duration(late, 2, "9:05")
