"""timestamps: Vietnamese (a two-word weekday before a numeric date, "hôm qua") and
Afrikaans (month and weekday names, labels, "gelede") stamps, as data."""

from datetime import UTC, datetime

import pytest
from timestamp_helpers import utc

from streams.timestamps import find_time, resolve_time

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ bảy, 28/11/2026, 10:05 (GMT+7)", utc(2026, 11, 28, 3, 5)),
        ("Chủ nhật, 29/11/2026 08:00 (GMT+7)", utc(2026, 11, 29, 1, 0)),
        ("Thứ Bảy, 28/11/2026 - 10:05", utc(2026, 11, 28, 10, 5)),
        ("Hôm qua", utc(2026, 11, 27, 12)),
        ("Hôm nay 10:05", utc(2026, 11, 28, 10, 5)),
        ("Gepubliseer: 28 November 2026, 10:05", utc(2026, 11, 28, 10, 5)),
        ("Opgedateer 2 uur gelede", utc(2026, 11, 28, 10)),
        ("3 dae gelede", utc(2026, 11, 25, 12)),
        ("Gister", utc(2026, 11, 27, 12)),
        ("Saterdag 28 November 2026", utc(2026, 11, 28)),
        ("Vrydag, 27 November 2026 om 14:30", utc(2026, 11, 27, 14, 30)),
        ("Junie 3, 2026", utc(2026, 6, 3)),
    ],
)
def test_a_stamp_in_these_languages_is_read(line: str, expected: datetime) -> None:
    stamp = find_time(line)
    assert stamp is not None
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    "line",
    [
        "3 dae",  # (a full unit word is an age only with its age word)
        "Julie 28",  # a name and a number: Afrikaans "Julie" is not read as July
        "Thứ bảy tuần trước, mưa lớn gây ngập nhiều tuyến phố ở Hà Nội.",
        "Gister het die minister gesê die begroting sal nie verander nie.",
    ],
)
def test_a_line_with_such_words_that_is_no_stamp_stays_text(line: str) -> None:
    assert find_time(line) is None
