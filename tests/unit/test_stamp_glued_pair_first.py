"""Two whole stamps glued by innerText without a label ("1.12.2026, 09:151.12.2026, 10:40":
published, then updated) give the first, the published one."""

from datetime import UTC, datetime

from streams.timestamps import find_time, resolve_time

_FETCHED = datetime(2026, 12, 1, 12, tzinfo=UTC)


def test_the_first_of_two_glued_stamps_is_read() -> None:
    stamp = find_time("1.12.2026, 09:151.12.2026, 10:40")
    assert stamp == "1.12.2026, 09:15"
    assert resolve_time(stamp, _FETCHED) == datetime(2026, 12, 1, 9, 15, tzinfo=UTC)


def test_one_stamp_is_read_whole() -> None:
    assert find_time("1.12.2026, 10:40") == "1.12.2026, 10:40"
