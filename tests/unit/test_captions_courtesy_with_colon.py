"""captions: "Photo courtesy: Name" (a colon after "courtesy") credits the caption, on its line
after a dash or in brackets, as "Photo courtesy of Name" does."""

from streams.captions import split_credit


def test_courtesy_colon_after_a_dash() -> None:
    caption = "The chief minister opens the new bridge in Sukkur on Monday."
    credited = f"{caption} — Photo courtesy: State Television"
    assert split_credit(credited) == (caption, "State Television")


def test_courtesy_colon_in_brackets() -> None:
    caption = "A lorry stuck in the flooded underpass"
    assert split_credit(f"{caption} (Photo courtesy: Ann Cole)") == (caption, "Ann Cole")
