"""timestamps: zone names of South and West Asia, Myanmar and South America after a clock
(data/time_zones.tsv), read at their offset."""

from datetime import UTC, datetime

import pytest

from streams.timestamps import find_time, resolve_time

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("28 November 2026, 10:30 IRST", datetime(2026, 11, 28, 7, 0, tzinfo=UTC)),
        ("Nov 28, 2026 09:15 AFT", datetime(2026, 11, 28, 4, 45, tzinfo=UTC)),
        ("28 Nov 2026 14:00 MMT", datetime(2026, 11, 28, 7, 30, tzinfo=UTC)),
        ("November 28, 2026 8:45 AM SLST", datetime(2026, 11, 28, 3, 15, tzinfo=UTC)),
        ("Nov 28, 2026, 13:05 IDT", datetime(2026, 11, 28, 10, 5, tzinfo=UTC)),
        ("28 de noviembre de 2026 - 10:00 ECT", datetime(2026, 11, 28, 15, 0, tzinfo=UTC)),
        ("28/11/2026 10:00 UYT", datetime(2026, 11, 28, 13, 0, tzinfo=UTC)),
    ],
)
def test_a_clock_with_one_of_these_zones_is_read_at_its_offset(
    line: str, expected: datetime
) -> None:
    stamp = find_time(line)
    assert stamp is not None
    assert resolve_time(stamp, FETCHED) == expected


def test_a_sentence_with_a_zone_like_word_stays_text() -> None:
    assert find_time("The crew met on the aft deck at 10:30 after the storm.") is None
