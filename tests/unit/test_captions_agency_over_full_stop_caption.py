"""captions: a photo agency's name alone ("Keystone") between a paragraph of the text's
sentences and one short sentence with its full stop credits that sentence, its caption
printed under it (auditor B's B-7). A sentence longer than a caption's under it stays
text."""

from streams.captions import extract_captions

TEXT = (
    "Die Bahn wird bis Ende 2027 weitere 30 Schalter in Automaten umwandeln. Das gab das "
    "Unternehmen am Samstag in Bern bekannt."
)
CAPTION = "Ein Bahnschalter in Olten."
REST = "Die Gewerkschaft kritisierte den Entscheid scharf."


def test_agency_between_text_and_short_full_stop_caption_credits_the_caption() -> None:
    body, captions = extract_captions([TEXT, "Keystone", CAPTION, REST])
    assert body == [TEXT, REST]
    assert [(c.text, c.credit) for c in captions] == [(CAPTION, "Keystone")]


def test_must_stay_a_long_sentence_under_the_agency_is_text() -> None:
    long_line = (
        "Die Gewerkschaft kritisierte den Entscheid scharf, weil er vor allem ältere Menschen "
        "auf dem Land treffe."
    )
    body, _ = extract_captions([TEXT, "Keystone", long_line, REST])
    assert long_line in body
