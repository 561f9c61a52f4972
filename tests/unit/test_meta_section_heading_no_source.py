"""A card's meta line "Há 2 horas — Em Educação" names the card's section after its age
("in Education"), not its publisher: no source. A publisher after the age stays one."""

from streams.split_lines import _meta


def test_a_section_opening_on_a_preposition_is_no_source() -> None:
    for line in ("Há 2 horas — Em Campinas e Região", "Há 1 dia — Em Educação"):
        meta = _meta(line)
        assert meta is not None, line
        assert meta[0] is None, line


def test_must_stay_a_publisher_after_the_age_is_the_source() -> None:
    meta = _meta("Há 2 horas — Agência Brasil")
    assert meta is not None
    assert meta[0] == "Agência Brasil"
