"""captions: a picture's note before a bar and its label ("… Narayanan. File | Photo Credit: The
Hindu") is the caption's end; the label after the bar opens the credit (probe a23)."""

from streams.captions import split_credit


def test_a_label_after_a_word_and_a_bar_opens_the_credit() -> None:
    line = "Finance Minister Asha Rao in New Delhi. File | Photo Credit: The Hindu"
    assert split_credit(line) == ("Finance Minister Asha Rao in New Delhi. File", "The Hindu")


def test_must_stay_a_label_after_a_full_stop_and_a_bar() -> None:
    line = "Finance Minister Asha Rao in New Delhi. | Photo Credit: PTI"
    assert split_credit(line) == ("Finance Minister Asha Rao in New Delhi.", "PTI")
