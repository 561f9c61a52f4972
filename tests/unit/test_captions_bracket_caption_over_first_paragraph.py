"""captions: two sentences closed by an agency in brackets right under the header, over the
text's first paragraph, are the lead picture's caption ("… sur place. … (Belga)"): a wire
signs off its text below a paragraph of it, not above."""

from streams.captions import extract_captions

CAPTION = "Des agents devant la gare samedi soir. Le trafic a repris vers minuit. (Belga)"
FIRST = (
    "Une alerte à la bombe a paralysé la gare de Namur pendant trois heures samedi soir, "
    "avant que les démineurs ne lèvent le périmètre."
)
NEXT = "Aucun engin suspect n'a été trouvé, a indiqué le parquet dimanche."


def test_two_sentences_signed_over_the_first_paragraph_are_a_caption() -> None:
    body, captions = extract_captions([CAPTION, FIRST, NEXT])
    assert body == [FIRST, NEXT]
    assert [(c.text, c.credit) for c in captions] == [
        ("Des agents devant la gare samedi soir. Le trafic a repris vers minuit.", "Belga")
    ]


def test_must_stay_two_sentences_signed_under_a_paragraph_are_text() -> None:
    entry = "Les trains circulent de nouveau. La SNCB annonce des retards. (Belga)"
    paragraphs = [FIRST, entry, NEXT]
    body, captions = extract_captions(paragraphs)
    assert body == paragraphs
    assert captions == []
