"""A 24-hour clock with a redundant "pm" after it ("14:32 pm IST") is that clock."""

from datetime import UTC, datetime

from streams.timestamps import find_time, resolve_time

_FETCHED = datetime(2026, 3, 4, 12, tzinfo=UTC)


def test_a_24_hour_clock_with_pm_is_a_stamp() -> None:
    line = "Mar 4, 2026 16:05 pm IST"
    assert find_time(line) == line
    assert resolve_time(line, _FETCHED) == datetime(2026, 3, 4, 10, 35, tzinfo=UTC)


def test_a_12_hour_clock_with_pm_still_adds_twelve_hours() -> None:
    # must-stay
    assert resolve_time("Mar 4, 2026 4:05 pm IST", _FETCHED) == datetime(
        2026, 3, 4, 10, 35, tzinfo=UTC
    )
