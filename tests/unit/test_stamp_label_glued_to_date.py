"""A stamp's label glued by innerText to its date ("Updated4 Mar 2026, 11:20 AM IST") is
the labelled stamp, and still an update stamp."""

from datetime import UTC, datetime

from streams.timestamps import find_time, is_update_stamp, resolve_time

_FETCHED = datetime(2026, 3, 4, 12, tzinfo=UTC)


def test_a_glued_update_label_is_read() -> None:
    line = "Updated4 Mar 2026, 11:20 AM IST"
    assert find_time(line) == line
    assert resolve_time(line, _FETCHED) == datetime(2026, 3, 4, 5, 50, tzinfo=UTC)
    assert is_update_stamp(line)


def test_a_glued_published_label_is_read() -> None:
    assert resolve_time("Published04.03.2026", _FETCHED) == datetime(2026, 3, 4, tzinfo=UTC)


def test_a_word_glued_to_a_number_is_no_stamp() -> None:
    # must-stay: a model name, no label
    assert find_time("Pixel10 Mar 2026") is None
