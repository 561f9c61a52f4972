"""captions: a photographer's slash credit after the caption's sentence also over a known
agency's name in lower case ("… untersucht. Anna Berg/dpa"), in three parts ("… confirmed.
Ann Cole/PA Images/Alamy"), and a dashed photographer and date over an agency's name of
words ("… - Ana Lima - 14.out.2026/Agência Brasil"). A desk's code in lower case after a
slash ("Anna Berg/red") is no agency."""

from streams.captions import split_credit


def test_a_known_agency_in_lower_case_after_the_slash() -> None:
    caption = "Ein Kind wird in einer Praxis in Augsburg untersucht (Symbolbild)."
    assert split_credit(f"{caption} Anna Berg/dpa") == (caption, "Anna Berg/dpa")
    assert split_credit(f"{caption} Anna Berg/red") is None


def test_a_credit_in_three_parts() -> None:
    caption = "Ducks inside a poultry shed in Suffolk, where the outbreak was confirmed."
    credit = "Ann Cole/PA Images/Alamy"
    assert split_credit(f"{caption} {credit}") == (caption, credit)


def test_a_dated_credit_over_an_agency_of_two_words() -> None:
    caption = "Plataforma de petróleo na costa do Amapá"
    credit = "Ana Lima - 14.out.2026/Agência Brasil"
    assert split_credit(f"{caption} - {credit}") == (caption, credit)
