"""timestamps.find_time: a stamp line with a press release's number before it ("OTS0045,
28. Nov. 2026, 10:15") or a section's name in capitals after it ("Gisteren, 21:14 in
BINNENLAND") is read as its stamp; a sentence with a section word in lower case is none."""

from streams.timestamps import find_time


def test_a_release_number_before_the_stamp() -> None:
    assert find_time("APA0123, 3. Dez. 2026, 08:40") == "3. Dez. 2026, 08:40"


def test_a_section_in_capitals_after_the_stamp() -> None:
    assert find_time("Vandaag, 09:12 in BUITENLAND") == "Vandaag, 09:12"


def test_a_section_in_lower_case_is_no_section() -> None:
    assert find_time("Vandaag, 09:12 in de ochtend bij de rechtbank") is None


def test_a_day_before_a_kicker_in_capitals_is_no_stamp_and_section() -> None:
    assert find_time("Friday 28 November in PICTURES") is None


def test_a_dated_stamp_without_clock_before_a_section_in_capitals() -> None:
    assert find_time("Posted on November 27, 2026 in NEWS") is not None
    assert find_time("Publié le 27 novembre 2026 dans SOCIÉTÉ") is not None


def test_a_name_with_digits_is_no_release_number() -> None:
    """A release's number is the wire's zero-padded daily count ("OTS0045"); a flight's or
    an illness's name before a date ("MH370", "COVID19") makes no stamp line."""
    assert find_time("MH370, 8. März 2014, 10:15") is None
    assert find_time("COVID19, 28 November 2026, 10:15") is None
    assert find_time("OTS0045, 28. Nov. 2026, 10:15") == "28. Nov. 2026, 10:15"
