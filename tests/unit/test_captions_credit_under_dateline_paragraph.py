"""captions: a credit line alone between a wire story's first paragraph, opening on its
dateline ("Cartagena, 29 nov (EFE).- …"), and a one-sentence caption is that caption's,
printed above it, however short the first paragraph is: a dateline opens the story's
text, never a caption (auditor B's B-2). Over a short paragraph without a dateline the
credit still credits the line above it."""

from streams.captions import extract_captions

DATELINE = (
    "Lorca, 29 nov (EFE).- Unas 80 personas han sido desalojadas esta madrugada por un "
    "incendio en una nave industrial, según los servicios de emergencia."
)
CAPTION = "Los bomberos trabajan en la extinción del incendio."
REST = "El fuego se originó en la planta baja por causas que se investigan."


def test_credit_between_a_dateline_paragraph_and_a_caption_credits_the_caption() -> None:
    for credit_line in ("Foto: EFE/Ana Ruiz", "Imagen: EFE/Ana Ruiz"):
        body, captions = extract_captions([DATELINE, credit_line, CAPTION, REST])
        assert body == [DATELINE, REST], credit_line
        assert [(c.text, c.credit) for c in captions] == [(CAPTION, "EFE/Ana Ruiz")], credit_line


def test_must_stay_a_short_paragraph_without_dateline_is_the_credited_caption() -> None:
    above = "Los bomberos trabajan en la extinción del incendio de Lorca."
    body, captions = extract_captions([above, "Foto: EFE/Ana Ruiz", REST, REST])
    assert body == [REST, REST]
    assert [(c.text, c.credit) for c in captions] == [(above, "EFE/Ana Ruiz")]
