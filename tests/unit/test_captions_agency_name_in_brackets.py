"""captions: a news agency's name of words in brackets ("(Agencia Uno)", "(Norhaven Press)")
after a caption without a full stop credits it; a wire's dateline with that name
("VALENCIA, 14 (EUROPA PRESS)", "Madrid, 14 nov (Europa Press)") is no caption."""

from streams.captions import split_credit


def test_agency_name_in_brackets_after_a_caption() -> None:
    caption = "Vecinos esperan el autobús en la Alameda de Santiago"
    assert split_credit(f"{caption} (Agencia Uno)") == (caption, "Agencia Uno")


def test_a_dateline_is_no_caption() -> None:
    assert split_credit("VALENCIA, 14 (EUROPA PRESS)") is None
    assert split_credit("Madrid, 14 nov (Europa Press)") is None
