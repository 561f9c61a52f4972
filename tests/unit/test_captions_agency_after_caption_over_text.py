"""captions: a short caption with its agency after the full stop on the same line ("… in
Ter Apel. ANP"), with the text going on under it, is a picture's caption and credit, not a
wire's sign-off (auditors' B-14)."""

from streams.captions import Caption, extract_captions

DECK = "Het kabinet wil de wachttijden bij de IND binnen een jaar halveren."
TEXT = [
    "De dienst kampt al jaren met een achterstand van tienduizenden zaken.",
    "Het kabinet wil extra medewerkers aannemen en procedures vereenvoudigen.",
]


def test_a_caption_and_its_agency_over_the_text_leave_the_body() -> None:
    caption = "Wachtende mensen in de hal van het aanmeldcentrum in Budel."
    body, captions = extract_captions([DECK, f"{caption} ANP", *TEXT])
    assert body == [DECK, *TEXT]
    assert captions == [Caption(text=caption, credit="ANP")]


def test_a_sentence_stating_a_fact_stays_signed_off_text() -> None:
    """Must stay: a verb that states the story's next fact makes the line a sentence of text."""
    line = "Het aanmeldcentrum in Budel wordt volgend jaar gesloten. ANP"
    body, captions = extract_captions([DECK, line, *TEXT])
    assert captions == []
    assert body == [DECK, line, *TEXT]
