"""boilerplate: a site's footer note on its charity status, with the charity's number
("Full Fact is a registered charity, No. 1158683.") is no text; a story's sentence naming a
registered charity stays."""

from streams.boilerplate import Kind, classify

NOTES = (
    "Full Fact is a registered charity, No. 1158683.",
    "Which? is the business name of the Consumers' Association, a registered charity no. 296072",
    "Registered charity number 1158683.",
)
STORY = "The trust, a registered charity, said it had no plans to close the shelter this winter."


def test_a_charity_number_note_is_dropped() -> None:
    for note in NOTES:
        assert classify(note) is Kind.DROP, note


def test_a_story_sentence_on_a_registered_charity_stays() -> None:
    assert classify(STORY) is None
