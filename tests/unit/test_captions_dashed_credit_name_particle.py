"""A photographer's name with a lower-case particle between dashes before the date/agency
("… - Lalo de Almeida - 15.ago.2026/Folhapress") credits the caption like any other name."""

from streams.captions import split_credit


def test_dashed_credit_keeps_a_name_with_a_particle() -> None:
    line = "Barcos parados no porto de Santos (SP) - Ana dos Reis - 03.dez.2026/Folhapress"
    assert split_credit(line) == (
        "Barcos parados no porto de Santos (SP)",
        "Ana dos Reis - 03.dez.2026/Folhapress",
    )


def test_a_lower_case_word_alone_is_no_name() -> None:
    assert split_credit("O acordo caiu outra vez - de novo - 03.dez.2026/Folhapress") is None
