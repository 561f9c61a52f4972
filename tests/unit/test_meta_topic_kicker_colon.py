"""A topic's kicker with a colon in a card's meta line ("Cost of Living: Energy · 3 hours
ago") has the shape of a publisher and its desk, but names no newsroom: no source."""

from streams.split_lines import _meta


def test_a_topic_kicker_and_its_subtopic_is_no_publisher() -> None:
    for kicker in ("Cost of Living: Energy", "Climate Crisis: Floods", "Premier League: Arsenal"):
        meta = _meta(f"{kicker} · 3 hours ago")
        assert meta is None or meta[0] != kicker


def test_a_newsroom_and_its_desk_stays_the_source() -> None:
    assert _meta("Valley Media: Sport · 3 hours ago") == ("Valley Media: Sport", "3 hours ago")
