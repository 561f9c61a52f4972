"""boilerplate: a gift note over the text ("Cet article vous est offert par Le Journal"), a
republishing widget's note and button, a fact-check's link to its sources and its call to
readers are no text; story sentences on gifts or republishing stay."""

import pytest

from streams.boilerplate import Kind, classify

NOTES = [
    "Cet article vous est offert par Le Journal",
    "Republish our articles for free, online or in print, under Creative Commons licence.",
    "Republish this article",
    "See the sources for this fact-check",
    "Vous pensez qu'une information est fausse, trompeuse ou manipulée ?",
]

STORY = [
    "Le maire a offert cet article de loi à la discussion du conseil municipal.",
    "The paper said it would republish the articles in a book next spring.",
]


@pytest.mark.parametrize("line", NOTES)
def test_the_note_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_stays(line: str) -> None:
    assert classify(line) is None
