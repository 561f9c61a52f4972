"""boilerplate: a newsletter form's validation messages ("A valid email address is
required."), an audio player's note that its voice is auto-generated, and the Local
Democracy Reporting Service's note on who funds it are no text; a story's sentence on the
service's funding stays."""

from streams.boilerplate import Kind, classify

NOTES = (
    "A valid email address is required.",
    "Please select at least one newsletter.",
    "This audio is auto-generated. Please let us know if you have feedback.",
    "This article was produced by the Local Democracy Reporting Service, which is funded by "
    "the BBC and used by a number of news organisations.",
)
STORY = "The council said the Local Democracy Reporting Service would be funded until 2028."


def test_form_audio_and_service_notes_are_dropped() -> None:
    for note in NOTES:
        assert classify(note) is Kind.DROP, note


def test_a_story_sentence_on_the_service_stays() -> None:
    assert classify(STORY) is None
