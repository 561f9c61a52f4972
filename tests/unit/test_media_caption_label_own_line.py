"""clean: a player's caption label printed alone and ending in a comma ("Media caption,")
goes on in the line under it: that line is the player's caption too, neither body nor a
photo's caption."""

from streams.clean import clean_page
from streams.model import RawPage

_PAGE = [
    "Storm floods harbour road as high tide peaks",
    "Waves topped the sea wall at Porthallow on Saturday morning, flooding the harbour road.",
    "Media caption,",
    "Spray crashes over the sea wall at Porthallow harbour as the tide peaks",
    "Live Reporting",
    "The council said the road would stay closed until the evening tide had passed.",
]


def test_the_line_under_a_comma_ended_player_label_goes_with_it() -> None:
    kept = clean_page(RawPage(text="\n".join(_PAGE))).lines
    assert not any("Spray crashes" in line for line in kept)
    assert any(line.startswith("The council said the road") for line in kept)
