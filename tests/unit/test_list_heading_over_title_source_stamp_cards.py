"""A title-shaped list heading over title / publisher / stamp cards ("Latest from the
county" / title / "Associated Press" / "2 hours ago" / …), read as the first card's title
with that card's headline as its deck: every line is in a card, yet the reading costs the
heading's line and the lost headline, so the block is read again card by card (the
heading in no card, each headline its own card's title)."""

from streams.split_cards import _LEFTOVER_COST, _reading_cost, _segment_block
from streams.split_page import _Card

TOKENS = "TTASTASTAS"  # heading / title / publisher / stamp, three cards
HEADING_AS_TITLE = [
    _Card(0, 0, 4, "Associated Press", "2 hours ago"),  # (the heading, the headline its deck)
    _Card(4, 4, 7, "Associated Press", "5 hours ago"),
    _Card(7, 7, 10, "Associated Press", "7 hours ago"),
]


def test_a_heading_read_as_the_first_title_costs_its_line_and_the_lost_headline() -> None:
    cost = _reading_cost(TOKENS, 0, HEADING_AS_TITLE, set(range(len(TOKENS))))
    assert cost == _LEFTOVER_COST["T"] + _LEFTOVER_COST["S"]


def test_the_card_by_card_reading_leaves_only_the_heading_out() -> None:
    cost, segments = _segment_block(TOKENS, stamp_first=False)
    assert [segment.at for segment in segments] == [1, 4, 7]
    assert cost == _LEFTOVER_COST["T"]
