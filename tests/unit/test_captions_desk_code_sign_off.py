"""captions: a wire desk's sign-off under the text's last paragraph, an agency over its desk's
code ("ANSA/red", "APA/red", "EP/Red."), credits no picture: the paragraph
over it stays text and the sign-off goes (auditor B's B-1). A photographer's name after the
agency's slash ("EFE/Ana Ruiz") is a credit and still takes its caption."""

from streams.captions import extract_captions

LAST = "Los vecinos podrán volver a sus casas antes de Navidad, según el alcalde."
NEXT = "Lo más leído"


def test_lower_case_desk_code_is_a_sign_off() -> None:
    body, captions = extract_captions([LAST, "ANSA/red", NEXT])
    assert body == [LAST, NEXT]
    assert captions == []


def test_abbreviated_desk_code_after_agency_initials_is_a_sign_off() -> None:
    body, captions = extract_captions([LAST, "EP/Red.", NEXT])
    assert body == [LAST, NEXT]
    assert captions == []


def test_desk_code_is_a_sign_off_when_a_sentence_follows() -> None:
    notice = "Zu diesem Artikel gibt es noch keine Kommentare."
    body, captions = extract_captions([LAST, "APA/red", notice])
    assert body == [LAST, notice]
    assert captions == []


def test_photographer_after_agency_still_credits_the_caption() -> None:
    caption = "Vista del puerto de Santander."
    body, captions = extract_captions([LAST, caption, "EFE/Ana Ruiz", NEXT])
    assert body == [LAST, NEXT]
    assert [(c.text, c.credit) for c in captions] == [(caption, "EFE/Ana Ruiz")]
