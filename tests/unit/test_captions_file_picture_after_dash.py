"""captions: a picture from the paper's files credited after a dash under the caption's
sentence ("… in Ipoh. — Filepic", "- File pic"); text going on after a dash is no credit."""

from streams.captions import split_credit


def test_file_picture_credit_after_a_dash() -> None:
    caption = "Commuters wait for a train at a station in Ipoh."
    assert split_credit(f"{caption} — Filepic") == (caption, "Filepic")
    assert split_credit(f"{caption} - File pic") == (caption, "File pic")


def test_other_words_after_a_dash_are_no_credit() -> None:
    assert split_credit("Commuters wait for a train at a station in Ipoh. — Delays") is None
