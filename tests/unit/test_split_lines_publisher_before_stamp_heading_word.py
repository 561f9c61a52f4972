"""A meta line's part opening on a heading word ("Em", "In", "Sur") names the card's section
only after the stamp ("Há 2 horas — Em Política"); before it, the slot is the publisher's,
whose name may open on such a word ("Em Tempo — Há 2 horas", "SUR in English · 3h")."""

from streams.split_lines import _meta


def test_a_publisher_opening_on_a_heading_word_before_the_stamp_is_the_source() -> None:
    assert _meta("Em Tempo — Há 2 horas") == ("Em Tempo", "Há 2 horas")
    meta = _meta("SUR in English · hace 3 horas")
    assert meta is not None
    assert meta[0] == "SUR in English"


def test_must_stay_a_section_after_the_stamp_is_no_source() -> None:
    assert _meta("Há 2 horas — Em Política") == (None, "Há 2 horas")
