"""captions: an agency's name in brackets that spells out the agency the sentence before it
named ("… informó la agencia estatal de noticias (Agencia Andina)") is no picture's credit;
after a caption that names no agency it is ("(Agencia Uno)")."""

from streams.captions import split_credit


def test_brackets_spelling_out_the_agency_the_text_cites_are_no_credit() -> None:
    sentence = "Así lo confirmó la agencia oficial de noticias del país (Agencia Norte)"
    assert split_credit(sentence) is None


def test_agency_name_after_a_caption_is_its_credit() -> None:
    caption = "Bomberos trabajan en el incendio del mercado central de Temuco"
    assert split_credit(f"{caption} (Agencia Norte)") == (caption, "Agencia Norte")
