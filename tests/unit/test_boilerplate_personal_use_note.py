"""boilerplate: a site's note on the reader's use of its page ("This archived story is
available only for your personal, non-commercial use.") is no text; a story's sentence on
others' personal, non-commercial use stays."""

from streams.boilerplate import Kind, classify

NOTE = "This archived story is available only for your personal, non-commercial use."
STORY = (
    "The court ruled that the photographs could be copied for their owners' personal, "
    "non-commercial use, the judge said."
)


def test_a_note_on_the_readers_personal_use_is_dropped() -> None:
    assert classify(NOTE) is Kind.DROP


def test_a_story_sentence_on_others_personal_use_stays() -> None:
    assert classify(STORY) is None
