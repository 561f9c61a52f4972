"""captions: an agency in brackets closing a paragraph of text (two sentences, or more words
than a caption has) is the wire's sign-off, not a photo's credit, wherever the paragraph stands:
a live blog signs each entry "(Belga)" and more entries follow. A caption of one sentence
closed by the agency in brackets still credits the picture."""

from streams.captions import extract_captions

FIRST = (
    "Het KMI heeft code oranje afgekondigd voor het hele land tot maandagavond. Aan de kust "
    "worden rukwinden tot 110 kilometer per uur verwacht."
)
ENTRY = (
    "Op de E40 tussen Gent en Brugge is een vrachtwagen gekanteld door de wind. De "
    "bestuurder raakte lichtgewond, meldt de federale politie. (Belga)"
)
NEXT = "09u15"
NEXT_TEXT = "De NMBS laat tot de middag minder treinen rijden op de lijn naar Oostende."


def test_a_live_entry_of_two_sentences_closed_by_an_agency_stays_text() -> None:
    paragraphs = [FIRST, ENTRY, NEXT, NEXT_TEXT]
    body, captions = extract_captions(paragraphs)
    assert body == paragraphs
    assert captions == []


def test_a_long_sentence_closed_by_an_agency_stays_text() -> None:
    entry = (
        "Volgens netbeheerder Fluvius zaten zondagnamiddag nog ongeveer veertigduizend gezinnen "
        "in de provincies Luxemburg, Namen en West-Vlaanderen zonder stroom omdat bomen op de "
        "leidingen vielen en de ploegen pas konden uitrukken toen de wind in de loop van de "
        "namiddag wat was gaan liggen. (Belga)"
    )
    paragraphs = [FIRST, entry, NEXT, NEXT_TEXT]
    body, captions = extract_captions(paragraphs)
    assert body == paragraphs
    assert captions == []


def test_must_keep_a_one_sentence_caption_closed_by_an_agency() -> None:
    caption = "Een omgewaaide boom ligt over de weg in Kortrijk. (Belga)"
    body, captions = extract_captions([FIRST, caption, NEXT_TEXT])
    assert body == [FIRST, NEXT_TEXT]
    assert [(c.text, c.credit) for c in captions] == [
        ("Een omgewaaide boom ligt over de weg in Kortrijk.", "Belga")
    ]
