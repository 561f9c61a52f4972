"""captions: a wire's name and its word for the story's end under the text's last paragraph
("Lusa/Fim", "APA/Ende") is the wire's sign-off, no picture's credit: the paragraph over it
stays text (a desk's initials in capitals over it go with it), and the sign-off goes."""

from streams.captions import extract_captions

LAST = (
    "O autarca defendeu que o novo parque de estacionamento vai aliviar o trânsito no centro "
    "e que as obras terminam no verão."
)
NEXT = "Mais lidas"


def test_paragraph_over_wire_end_stays_text() -> None:
    body, captions = extract_captions([LAST, "Lusa/Fim", NEXT])
    assert body == [LAST, NEXT]
    assert captions == []


def test_german_wire_end_is_a_sign_off() -> None:
    last = "Die Bauarbeiten sollen im Frühjahr beginnen und bis Ende 2028 dauern."
    body, captions = extract_captions([last, "APA/Ende"])
    assert body == [last]
    assert captions == []


def test_desk_initials_over_wire_end_go_with_it() -> None:
    body, captions = extract_captions([LAST, "ABC // XYZ", "Lusa/Fim", NEXT])
    assert body == [LAST, NEXT]
    assert captions == []


def test_photographer_after_agency_still_credits_the_caption() -> None:
    caption = "Obras no centro de Braga"
    body, captions = extract_captions([LAST, caption, "Lusa/Ana Silva", NEXT])
    assert body == [LAST, NEXT]
    assert [(c.text, c.credit) for c in captions] == [(caption, "Lusa/Ana Silva")]
