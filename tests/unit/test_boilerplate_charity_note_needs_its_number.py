"""boilerplate: a charity's footer note gives its number after "no" ("…, a registered charity,
No. 1158683", "No SC012345"); a story's sentence going on in words after it ("…, once a
registered charity, no longer qualifies …") is text."""

from streams.boilerplate import Kind, classify


def test_a_charity_number_after_no_is_a_note() -> None:
    for note in (
        "Full Fact is a registered charity, No. 1158683.",
        "The Glen Trust is a registered charity No SC012345",
        "Registered charity no: 296072",
    ):
        assert classify(note) is Kind.DROP, note


def test_a_story_going_on_after_no_stays() -> None:
    story = (
        "The club, once a registered charity, no longer qualifies for the relief that kept "
        "its bill to a few hundred pounds a year, the council confirmed."
    )
    assert classify(story) is None
