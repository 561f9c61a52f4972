"""A broadcaster's reference line after the text, a programme's name, the broadcast's date
and clock, closed by a semicolon ("Radio 2 Aktuell, 28.11.2026, 07:30 Uhr;"), is the
story's stamp; an event listing's name over its date closes with no semicolon."""

from streams.timestamps import find_time


def test_a_programme_reference_line_gives_its_stamp() -> None:
    assert find_time("Radio 2 Aktuell, 28.11.2026, 07:30 Uhr;") == "28.11.2026, 07:30 Uhr"


def test_an_event_listing_line_gives_no_stamp() -> None:
    """Must-stay: a venue and the date of its show, without the semicolon."""
    assert find_time("Stadthalle Bern, 12.12.2026, 20:00 Uhr") is None


def test_a_reference_line_without_a_clock_gives_no_stamp() -> None:
    assert find_time("Radio 2 Aktuell, 28.11.2026;") is None
