"""A feed card's meta line printing "in" and its section or region after the stamp ("Há 3
horas — Em Economia") names where the site files the story, no publisher; a publisher in
the same slot ("Há 3 horas — Folha") stays the source."""

from streams.split_lines import _meta


def test_em_and_a_section_after_the_stamp_is_no_source() -> None:
    assert _meta("Há 3 horas — Em Economia") == (None, "Há 3 horas")


def test_em_and_a_region_after_the_stamp_is_no_source() -> None:
    assert _meta("Há 1 dia — Em Vale do Paraíba e Região") == (None, "Há 1 dia")


def test_a_publisher_after_the_stamp_stays_the_source() -> None:
    """Must-stay: a name with no "in" before it is the card's publisher."""
    assert _meta("Há 3 horas — Folha de S.Paulo") == ("Folha de S.Paulo", "Há 3 horas")
