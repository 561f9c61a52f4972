"""A reader's letter signed in capitals after its last sentence ("… antes del verano. LUIS
PÉREZ GIL") is text: the writer's name, not a photographer's credit; the same name in
capitals after a caption over the text is the picture's credit."""

from streams.captions import extract_captions

LETTER = [
    "Desde hace meses las farolas de mi calle están apagadas y nadie del distrito responde.",
    "Los vecinos hemos enviado tres quejas por escrito sin obtener ninguna respuesta.",
    "Espero que el concejal se acuerde de nosotros antes del verano. LUIS PÉREZ GIL",
]


def test_a_letters_signature_in_capitals_stays_text() -> None:
    body, captions = extract_captions(LETTER)
    assert captions == []
    assert body == LETTER


def test_a_photographer_in_capitals_over_the_text_credits_the_caption() -> None:
    paragraphs = [
        "El alcalde, durante la inauguración del mercado. LUIS PÉREZ GIL",
        "El nuevo mercado de abastos abrió este lunes tras dos años de obras en el centro.",
    ]
    body, captions = extract_captions(paragraphs)
    assert [(caption.text, caption.credit) for caption in captions] == [
        ("El alcalde, durante la inauguración del mercado.", "LUIS PÉREZ GIL")
    ]
    assert body == paragraphs[1:]
