"""boilerplate: a Local Democracy Reporting note whose funding is told in a relative clause,
a partner university's funding note under an analysis site's text, and a free article's
subscription pitch are no part of the story; story sentences on the same things stay."""

import pytest

from streams.boilerplate import Kind, classify

NOTES = [
    "This article was produced by the Local Democracy Reporting Service, which is funded by "
    "the BBC and used by a number of news organisations.",
    "University of Leeds provides funding as a member of The Conversation UK.",
    "Dit artikel is gratis. Wilt u onbeperkt lezen? Word abonnee vanaf € 1 per week.",
]

STORY = [
    "The council said the Local Democracy Reporting Service would keep its two reporters.",
    "The university provides funding for 40 students a year, the minister said.",
    "Wie onbeperkt wil lezen, moet volgens de bibliotheek een pas aanvragen.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_funding_note_or_a_pitch_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_on_the_same_things_stays(line: str) -> None:
    assert classify(line) is None
