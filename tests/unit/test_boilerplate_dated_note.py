"""boilerplate: a broadcaster's note of when the piece aired is the phrase and its date at most
("This segment aired on November 29, 2026."); a story's sentence opening with the same words
and going on is text."""

from streams.boilerplate import Kind, classify


def test_aired_note_with_its_date_is_dropped() -> None:
    assert classify("This segment aired on October 4, 2026.") is Kind.DROP
    assert classify("This segment aired") is Kind.DROP


def test_sentence_going_on_after_the_phrase_is_text() -> None:
    sentence = "This segment aired on Friday evening and drew complaints from two ministers."
    assert classify(sentence) is None
