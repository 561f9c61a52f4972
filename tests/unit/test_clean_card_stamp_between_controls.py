"""A card's "Source · 35m" line between the card above's "Share" and its own "Video" label
is the card's stamp, no toolbar control: it stays. A short unknown label between two
controls ("Share" / "Zap" / "Print") is still a toolbar's and goes."""

from streams.clean import clean_page
from streams.model import RawPage

FEED = """\
WOSU Public Media · 1d
Ohio State researchers win $6.8M grant to study Lake Erie algal blooms
The five-year federal grant will fund sensors and drones to track toxic algae in the western basin.
Share
10TV WBNS · 35m
Video
1:52
Holiday light display returns to Columbus Zoo with 3 million LEDs
Share
Dayton Daily News · Nov 25
Intel delays Licking County chip plant opening again, now targets 2031
Construction of the first fab in New Albany will continue at a slower pace, the company said.
"""


def test_a_cards_source_and_stamp_between_share_and_video_stays() -> None:
    lines = clean_page(RawPage(text=FEED)).lines
    assert "10TV WBNS · 35m" in lines
    assert "Share" not in lines


def test_must_stay_an_unknown_label_between_two_controls_goes() -> None:
    page = (
        "The council voted on Tuesday to approve the new town centre plan for the district.\n"
        "Share\nListen now\nPrint\n"
        "Work is expected to begin in the spring and to last about two years, officials said.\n"
    )
    lines = clean_page(RawPage(text=page)).lines
    assert "Listen now" not in lines
    assert any(line.startswith("Work is expected") for line in lines)
