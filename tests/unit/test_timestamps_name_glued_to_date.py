"""timestamps: a reporter's name glued by innerText to a date with its clock (a live entry's
author and stamp, printed without a space) reads as the stamp; a name spaced from a date,
or glued to a number that is no dated clock, does not."""

from streams.timestamps import find_time


def test_a_name_glued_to_a_dated_clock_is_a_stamp() -> None:
    assert find_time("Martin Kessler12 March 2026 14:20") == "12 March 2026 14:20"


def test_no_glue_or_no_clock_is_no_stamp() -> None:
    assert find_time("Martin Kessler 12 March 2026 14:20") is None
    assert find_time("Martin Kessler12 March 2026") is None
    assert find_time("Harbour Terminal2 reopens at 14:20") is None
