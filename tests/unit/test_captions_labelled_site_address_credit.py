"""captions: a credit line with a photo's label naming a site's address and a photographer
("Foto: 7aktuell.de/Oskar Eyb") credits the caption over it, though a site's address in a
slash line without a label is a byline's side ("Norhaven.es / Agencias") and no caption's."""

from streams.captions import extract_captions

LEDE = (
    "Orkanböen haben in der Nacht zum Sonntag in Stuttgart und der Region zahlreiche Bäume "
    "entwurzelt, die Feuerwehr rückte mehr als 200 Mal aus."
)
CAPTION = "Einsatzkräfte räumen einen umgestürzten Baum von der Fahrbahn in Degerloch"
AFTER = "Die Stadtbahnen fuhren am Morgen wieder, auf zwei Linien gab es noch Umleitungen."


def test_a_labelled_credit_naming_a_site_address_credits_the_caption() -> None:
    body, captions = extract_captions([LEDE, CAPTION, "Foto: 7blick.de/Jan Weber", AFTER])
    assert body == [LEDE, AFTER]
    assert [(c.text, c.credit) for c in captions] == [(CAPTION, "7blick.de/Jan Weber")]


def test_must_not_take_a_byline_naming_the_site_and_the_agencies_as_a_credit() -> None:
    closing = "Die Polizei bittet Autofahrer, die Strecke bis Montag zu meiden."
    body, captions = extract_captions([LEDE, AFTER, closing, "norhaven.de / Agenturen"])
    assert captions == []
    assert body[:3] == [LEDE, AFTER, closing]
