"""captions: a sentence of the text, then a person's name with their body in brackets ("… del
organismo. María Gómez (Agencia Tributaria)"), is the text's own line, no caption credited to
an agency; a caption of no full stop over a bracketed agency name ("(Agencia Uno)") is."""

from streams.captions import split_credit


def test_a_sentence_then_a_name_and_its_body_in_brackets_is_no_credit() -> None:
    line = "El anuncio lo hizo la directora del organismo. María Gómez (Agencia Tributaria)"
    assert split_credit(line) is None


def test_a_caption_over_a_bracketed_agency_name_stays_credited() -> None:
    found = split_credit("Manifestantes frente al Palacio de La Moneda en Santiago (Agencia Uno)")
    assert found is not None and found[1] == "Agencia Uno"
