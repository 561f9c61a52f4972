"""A numeric date joined to its clock by a hyphen ("28.11.2026-10:05") is one stamp."""

from datetime import UTC, datetime

from streams.timestamps import find_time, resolve_time


def test_a_hyphen_between_a_numeric_date_and_its_clock_makes_one_stamp() -> None:
    line = "Aktualisiert am 14.03.2026-17:40"
    assert find_time(line) == line
    assert resolve_time("14.03.2026-17:40", None) == datetime(2026, 3, 14, 17, 40, tzinfo=UTC)


def test_a_range_of_years_is_no_stamp() -> None:
    assert find_time("Haushalt 2026-2027") is None
