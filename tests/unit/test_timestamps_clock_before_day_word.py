"""timestamps: a clock printed before its day's word ("Last updated 4:12 pm today", "9.05am
yesterday", "14:30 gestern") is that clock on that day, as "today at 4:12 pm" is."""

from datetime import UTC, datetime

import pytest

from streams.timestamps import find_time, resolve_time

FETCHED = datetime(2026, 11, 29, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("printed", "moment"),
    [
        ("Last updated 4:12 pm today", datetime(2026, 11, 29, 16, 12, tzinfo=UTC)),
        ("9.05am yesterday", datetime(2026, 11, 28, 9, 5, tzinfo=UTC)),
        ("14:30 gestern", datetime(2026, 11, 28, 14, 30, tzinfo=UTC)),
        ("Publié 08h12 aujourd'hui", datetime(2026, 11, 29, 8, 12, tzinfo=UTC)),
    ],
)
def test_a_clock_before_its_day_word_is_that_clock_on_that_day(
    printed: str, moment: datetime
) -> None:
    assert find_time(printed) == printed
    assert resolve_time(printed, FETCHED) == moment


@pytest.mark.parametrize("line", ["4:12 pm tomorrow", "14:30 Berlin", "9.05am now"])
def test_a_clock_before_another_word_is_no_stamp(line: str) -> None:
    assert find_time(line) is None
