"""captions: a labelled credit in brackets after a caption closing on a quoted title ("… in
una scena de «Il porto» (foto Name)") credits it, as after any word."""

from streams.captions import split_credit


def test_a_bracketed_photo_label_after_a_quoted_title() -> None:
    caption = "Anna Ferri in una scena de «Il porto d'inverno»"
    assert split_credit(f"{caption} (foto Marco Lenti)") == (caption, "Marco Lenti")
    caption = "Ann Cole as the ferry's captain in “Harbour Lights”"
    assert split_credit(f"{caption} (Photo Lee Tan)") == (caption, "Lee Tan")
