"""A header's whole date and clock with the byline on its line ("… at 6:32 PM by Name"):
the stamp stands before "by" even when the given name is not in the names list; a date
without a clock before "by" (a book's publisher) stays no stamp."""

from streams.timestamps import find_time


def test_a_dated_clock_before_a_byline_of_an_unlisted_name_is_the_stamp() -> None:
    line = "Saturday, November 28, 2026 at 4:15 PM by Wanjiru Kiprotich-Otieno"
    assert find_time(line) == "Saturday, November 28, 2026 at 4:15 PM"


def test_a_date_without_a_clock_before_a_publisher_is_no_stamp() -> None:
    assert find_time("Published March 3, 2026 by Penguin Books") is None
