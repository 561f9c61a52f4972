"""A "Listen" button over the audio's length under a card's summary on a radio station's
front: the length goes with its label, so no card reads it as its clock."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Valley Radio
News
Music
Politics
Council approves new cycle lanes on the ring road
Work on the two-mile route is due to begin in the spring.
Listen
3:40
Culture
City library opens a new wing for its map collection
The extension doubles the space given to the archive.
Listen
2:15
"""

READ_ALOUD = """\
Council approves new cycle lanes on the ring road
By Mark Hale
28 Nov 2026
Listen to this article
00:00
05:47
Work on the two-mile route is due to begin in the spring, the council said on Friday.
"""


def test_a_listen_buttons_length_goes_with_it() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert "3:40" not in lines
    assert "2:15" not in lines
    assert "City library opens a new wing for its map collection" in lines


def test_a_read_aloud_players_counters_go_with_its_label() -> None:
    lines = clean_page(RawPage(text=READ_ALOUD, fetched_at=FETCHED)).lines
    assert "00:00" not in lines
    assert "05:47" not in lines
