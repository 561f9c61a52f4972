"""A Dutch paywall's login prompt asks "Al abonnee?"; a sentence opening on the same words
("Al abonnee sinds 1948, …", a reader's portrait) is text, no prompt."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize("line", ["Al abonnee?", "Al abonnee? Log in", "Al abonnee? Meld je aan"])
def test_the_login_prompt_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


def test_a_sentence_opening_on_the_words_stays() -> None:
    assert classify("Al abonnee sinds 1962, leest hij de krant nog elke ochtend.") is None
