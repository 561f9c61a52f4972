"""boilerplate: a live blog's standfirst inviting the reader to join its reporter by name
("Join Ann Walsh for updates") is text; joining a number of readers or a club stays a pitch."""

from streams.boilerplate import is_pitch


def test_joining_a_named_reporter_is_no_pitch() -> None:
    assert not is_pitch(
        "Over-by-over report: Can England save the Test? Join Ann Walsh for updates"
    )
    assert not is_pitch("Join Daniel Brooks for all the action from Cheltenham")


def test_joining_readers_or_a_club_is_a_pitch() -> None:
    assert is_pitch("Join 25,000 readers for our morning briefing")
    assert is_pitch("Join our supporters for updates")
