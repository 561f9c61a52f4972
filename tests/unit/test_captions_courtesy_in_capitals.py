"""captions: "PHOTO COURTESY OF …" in capitals after a caption's sentence is its credit, as
"Photo courtesy of …" is (b219's Philippine paper)."""

from streams.captions import split_credit


def test_a_courtesy_label_in_capitals_opens_the_credit() -> None:
    caption = "Firefighters hose down a burning warehouse in Pasig City on Nov. 26."
    assert split_credit(f"{caption} PHOTO COURTESY OF BFP NCR") == (caption, "BFP NCR")


def test_must_stay_a_sentence_with_the_word_in_capitals() -> None:
    assert split_credit("The mayor thanked the COURTESY PATROL volunteers for their work.") is None
