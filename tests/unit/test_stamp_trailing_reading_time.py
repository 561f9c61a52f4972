"""A reading time printed after the stamp with no mark between them ("November 30, 2026
3 min read"): the stamp is the date before it; a sentence before a reading time is none."""

from streams.timestamps import find_time


def test_the_date_before_a_reading_time_is_the_stamp() -> None:
    assert find_time("November 28, 2026 4 min read") == "November 28, 2026"
    assert find_time("28 Nov 2026 10:05 12-minute read") == "28 Nov 2026 10:05"


def test_words_before_a_reading_time_are_no_stamp() -> None:
    assert find_time("Inside the budget talks 6 min read") is None
