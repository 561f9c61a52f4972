"""captions: an agency's name alone ("Keystone") over a short sentence with an auxiliary or
copula verb ("The ferry will run again in March.", "Zwei Strassen sind gesperrt.") is a
credit whose picture failed to load: the sentence states the story's next fact and stays in
the text. A caption naming what the picture shows is still credited."""

from streams.captions import extract_captions

TEXT = (
    "The lake ferry between Brienz and Interlaken stopped for the winter on Saturday, the "
    "operator said. Ice had formed near the eastern pier. Passengers were sent to the train."
)
REST = "The operator said staff would be moved to its Thun fleet until then."


def test_a_statement_under_the_agency_stays_text() -> None:
    for line in ("The ferry will run again in March.", "Zwei Strassen sind gesperrt."):
        body, captions = extract_captions([TEXT, "Keystone", line, REST])
        assert line in body, line
        assert captions == [], line


def test_must_stay_a_caption_naming_the_picture_is_credited() -> None:
    # "May" capitalised is the month, no verb
    for caption in ("The ferry pier at Brienz.", "The ferry pier at Brienz in May."):
        body, captions = extract_captions([TEXT, "Keystone", caption, REST])
        assert body == [TEXT, REST], caption
        assert [(c.text, c.credit) for c in captions] == [(caption, "Keystone")], caption


def test_must_stay_english_nouns_spelt_like_foreign_verbs_are_no_verbs() -> None:
    # "war", "hat", "son", "era" are German and Spanish verbs, and English nouns a caption names
    for caption in ("Victims of the war in Ukraine.", "A farmer and his son in Olten."):
        body, captions = extract_captions([TEXT, "Keystone", caption, REST])
        assert body == [TEXT, REST], caption
        assert [(c.text, c.credit) for c in captions] == [(caption, "Keystone")], caption
