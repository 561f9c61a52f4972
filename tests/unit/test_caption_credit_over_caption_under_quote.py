"""captions: a labelled credit line between a paragraph that quotes someone and a one-sentence
caption is the caption's, printed above it; the quote is the text's, no caption."""

from streams.captions import extract_captions


def test_credit_between_quote_and_caption_credits_the_caption() -> None:
    body, captions = extract_captions(
        [
            "El gobernador recorrió los municipios afectados por las lluvias del fin de semana.",
            "“Vamos a reconstruir cada puente”, dijo el gobernador ante los vecinos reunidos"
            " en la plaza.",
            "Foto: EFE/Ana López",
            "El gobernador durante su visita a Tuxpan, Veracruz.",
            "Protección Civil mantiene abiertos 40 albergues en la región.",
        ]
    )
    assert [(c.text, c.credit) for c in captions] == [
        ("El gobernador durante su visita a Tuxpan, Veracruz.", "EFE/Ana López")
    ]
    assert body[1].startswith("“Vamos a reconstruir")
    assert len(body) == 3
