"""ui_phrases: a live blog's jump link to its newest entry ("Zum aktuellen Eintrag") is UI,
dropped whole; a sentence that opens with the same words is kept."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize(
    "line", ["Zum aktuellen Eintrag", "Zum neuesten Eintrag", "Jump to latest update"]
)
def test_a_blogs_jump_link_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


def test_a_sentence_opening_with_the_words_stays() -> None:
    line = "Zum aktuellen Eintrag im Grundbuch wollte sich das Amt nicht äußern."
    assert classify(line) is None
