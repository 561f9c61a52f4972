"""timestamps: Tagalog, Malay / Indonesian and Swahili stamps (month and weekday names,
labels, ages, "yesterday"), as data."""

from datetime import UTC, datetime

import pytest
from timestamp_helpers import utc

from streams.timestamps import find_time, resolve_time

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Tagalog: month and weekday names, 12-hour clock and PHT, ages, "yesterday"
        ("Nobyembre 28, 2026 | 6:40 PM PHT", utc(2026, 11, 28, 10, 40)),
        ("Nobyembre 27, 2026", utc(2026, 11, 27)),
        ("Huwebes, Nobyembre 26, 2026", utc(2026, 11, 26)),
        ("Inilathala noong Disyembre 1, 2025", utc(2025, 12, 1)),
        ("Na-update: Nobyembre 28, 2026 7:00 AM PHT", utc(2026, 11, 27, 23)),
        ("2 oras na ang nakalipas", utc(2026, 11, 28, 10)),
        ("5 minuto ang nakalipas", utc(2026, 11, 28, 11, 55)),
        ("Kahapon", utc(2026, 11, 27, 12)),
        # Malay: weekday and month names, "@" before the clock, "yang lepas", "yesterday"
        ("Khamis, 26 November 2026 @ 11:02am", utc(2026, 11, 26, 11, 2)),
        ("Sabtu, 28 Mac 2026 10:15 MYT", utc(2026, 3, 28, 2, 15)),
        ("Diterbitkan pada 27 Ogos 2026, 9:05 pm", utc(2026, 8, 27, 21, 5)),
        ("Dikemas kini: 28 Nov 2026 10:15", utc(2026, 11, 28, 10, 15)),
        ("3 jam yang lepas", utc(2026, 11, 28, 9)),
        ("5 minit lalu", utc(2026, 11, 28, 11, 55)),
        ("2 bulan lalu", utc(2026, 9, 28, 12)),
        ("Semalam", utc(2026, 11, 27, 12)),
        # Swahili: the unit before its count, month and weekday names
        ("saa 2 zilizopita", utc(2026, 11, 28, 10)),
        ("dakika 30 zilizopita", utc(2026, 11, 28, 11, 30)),
        ("Jumamosi, 28 Novemba 2026", utc(2026, 11, 28)),
        ("Machi 3, 2026", utc(2026, 3, 3)),
    ],
)
def test_a_stamp_in_these_languages_is_read(line: str, expected: datetime) -> None:
    stamp = find_time(line)
    assert stamp is not None
    assert resolve_time(stamp, FETCHED) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a sentence with a month name, a day word or an age stays text
        "Inaasahang bababa ang presyo ng bigas pagsapit ng kalagitnaan ng Disyembre.",
        "Semalam hujan lebat melanda Kuala Lumpur dan beberapa jalan ditutup.",
        "Rais alisema saa 2 zilizopita kwamba mkutano utaendelea kesho.",
        "Ang Linggo ng Wika ay ginugunita tuwing Agosto.",
        "Mac 2026",  # (a product and a year: no day, no stamp)
    ],
)
def test_a_sentence_with_such_words_is_no_stamp(line: str) -> None:
    assert find_time(line) is None


@pytest.mark.parametrize("line", ["24 Oras", "50 Tahun", "12 bulan", "24 saa", "2 wiki", "3 araw"])
def test_a_number_and_a_full_unit_word_without_its_age_word_is_no_stamp(line: str) -> None:
    """ "24 Oras" is a newscast's name on Philippine video cards (audit B-3), "50 Tahun" an
    anniversary: these languages' units are ages only with their age word."""
    assert find_time(line) is None
