"""captions: a photographer's name before the agency in brackets ("… este jueves. Ana Ruiz
(EFE)", or "Ana Ruiz (Europa Press)" on the line under the caption) is the whole credit, the
name with the agency; a wire's dateline on a line of its own ("Buenos Aires (EFE)") names no
photographer and credits no line over it."""

from streams.captions import extract_captions, split_credit

CAPTION = "Bomberos retiran un árbol caído en la avenida del Puerto de Valencia, este martes."
TEXT = (
    "El temporal dejó más de 120 litros por metro cuadrado en la capital en apenas seis "
    "horas, según los datos de la Agencia Estatal de Meteorología."
)


def test_a_photographer_before_an_agency_in_brackets_after_the_caption() -> None:
    found = split_credit(f"{CAPTION} Marta Soler (Europa Press)")
    assert found == (CAPTION, "Marta Soler (Europa Press)")
    found = split_credit(f"{CAPTION} Jorge Vidal (AFP)")
    assert found == (CAPTION, "Jorge Vidal (AFP)")


def test_a_photographer_and_agency_on_the_line_under_the_caption() -> None:
    body, captions = extract_captions([TEXT, CAPTION, "CARLOS MARÍN (EFE)", TEXT])
    assert body == [TEXT, TEXT]
    assert [(c.text, c.credit) for c in captions] == [(CAPTION, "CARLOS MARÍN (EFE)")]


def test_must_not_take_a_datelines_place_for_a_photographer() -> None:
    found = split_credit("Buenos Aires (EFE)")
    assert found is None or found[1] == "EFE"
    body, captions = extract_captions([TEXT, "Buenos Aires (EFE)", TEXT])
    assert TEXT in body
    assert all(c.text != TEXT for c in captions)


def test_a_person_and_her_public_agency_in_brackets_is_no_credit() -> None:
    line = "La medida la anunció la directora del organismo. Elena Vidal (Agencia Tributaria)"
    found = split_credit(line)
    assert found is None or "Elena Vidal" not in found[1]
