"""captions: a capitalised label and credit after a comma closing a caption without a full
stop ("Ann Cole, finance minister, Photo: Daily Ledger"); the comma leaves the caption's text.
A lower-case credit after a comma is a sentence's clause."""

from streams.captions import split_credit


def test_label_after_a_comma() -> None:
    line = "Ann Cole, finance minister, Photo: Daily Ledger"
    assert split_credit(line) == ("Ann Cole, finance minister", "Daily Ledger")


def test_lower_case_after_the_label_is_no_credit() -> None:
    assert split_credit("The mayor said, Image: that is what counts") is None
