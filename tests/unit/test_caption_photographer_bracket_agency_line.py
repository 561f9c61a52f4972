"""captions: a photographer's name with an agency in brackets on a line of its own under a
caption ("Lluvia Pérez (EFE)"), the name a person's but not on the first-name list, credits the
caption over it; a place in that shape is a wire's dateline, no credit."""

from streams.captions import extract_captions, split_credit

CAPTION = "El alcalde saluda a los vecinos durante la inauguración del mercado, este lunes."


def test_photographer_bracket_agency_line_credits_caption_above() -> None:
    body, captions = extract_captions(
        [
            CAPTION,
            "Chema Moya (EFE)",
            "El Ayuntamiento abrió este lunes el nuevo mercado municipal tras tres años de obras"
            " y una inversión de 12 millones de euros.",
        ]
    )
    assert [(c.text, c.credit) for c in captions] == [
        (
            CAPTION,
            "Chema Moya (EFE)",
        )
    ]
    assert body[0].startswith("El Ayuntamiento abrió")


def test_place_with_agency_in_brackets_is_no_photographer() -> None:
    assert split_credit("Buenos Aires (EFE)") != ("", "Buenos Aires (EFE)")
