"""A byline's name with any of the particles names carry (``scan.NAME_PARTICLES``: "dos",
"della", "bin" …, not only "van" or "de") before the stamp on one line still gives the stamp:
the stamp reader and the name scanner share one list of particles."""

from streams.timestamps import find_time


def test_a_stamp_after_a_name_with_dos_is_found() -> None:
    assert find_time("Ana dos Santos, 28/11/2026 10:15") == "28/11/2026 10:15"


def test_a_stamp_after_a_name_with_della_is_found() -> None:
    assert find_time("Luca della Valle, 28/11/2026 10:15") == "28/11/2026 10:15"
