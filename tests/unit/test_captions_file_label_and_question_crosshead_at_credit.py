"""captions: a caption opening on the files label in capitals ("FILE - …") over its credit
line is a caption, not a paragraph opening on a place's dateline; a labelled credit
under a statement of the text over a crosshead that opens on a question word ("What
residents say …") credits no caption and the crosshead stays the text's."""

from streams.captions import extract_captions

STATEMENT = "The vote was 5 to 4, and work on the new library is expected to start in May."
REST = "Several speakers said the old building should be kept as a community hall."
LAST = "A final design will be shown to the public in February."


def test_a_file_labelled_caption_over_its_credit_is_a_caption() -> None:
    caption = "FILE - Shoppers walk through the old market hall in Leeds on March 2, 2025"
    body, captions = extract_captions([caption, "Photo: AP", REST, LAST])
    assert body == [REST, LAST]
    assert [(c.text, c.credit) for c in captions] == [(caption, "AP")]


def test_a_question_word_crosshead_under_a_credit_stays_text() -> None:
    crosshead = "What readers told us about the plan"
    body, captions = extract_captions([STATEMENT, "Photo: Ann Cole", crosshead, REST, LAST])
    assert body[-3:] == [crosshead, REST, LAST]
    assert crosshead not in [c.text for c in captions]
