"""A public broadcaster's note on itself ("KWPB is a member-supported public media
organization.") is the site's furniture; a story's sentence on a station's funding, or one
reporting what someone said of it, is text."""

from streams.boilerplate import Kind, classify


def test_the_stations_note_on_itself_is_dropped() -> None:
    assert classify("KWPB is a member-supported public media organization.") is Kind.DROP
    assert classify("Radio Kestrel is listener-supported public radio.") is Kind.DROP


def test_a_story_on_a_stations_funding_is_text() -> None:
    assert classify("The station, which is member-supported, cut two public affairs shows.") is None
    assert classify("KWPB is a member-supported public radio station, the board said.") is None
