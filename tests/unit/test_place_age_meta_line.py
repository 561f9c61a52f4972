"""split_lines._meta: a local feed's "Town, ST • age" line is a stamp with no publisher."""

from streams.split_lines import _meta


def test_place_and_age_read_as_a_stamp_without_source() -> None:
    assert _meta("Springfield, IL • 5h") == (None, "5h")
    assert _meta("Eugene, OR · 2d") == (None, "2d")


def test_publisher_before_the_place_stays_the_source() -> None:
    assert _meta("The Oregonian · Portland, OR · 2h") == ("The Oregonian", "2h")


def test_a_sentence_with_an_age_is_no_meta_line() -> None:
    assert _meta("Police said the driver fled • 5h") is None
