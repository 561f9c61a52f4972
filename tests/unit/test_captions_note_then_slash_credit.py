"""captions: a slash credit in brackets after a note in brackets on the picture ("…
(Photo d'illustration) ( AFP / Thomas SAMSON )", README: the note is caption text, the
credit after it credits the caption). Must-stay: an aside and a bracket without a slash."""

from streams.captions import split_credit


def test_bracketed_slash_credit_after_a_photo_note() -> None:
    caption = (
        "Des voyageurs attendent sur un quai de la gare de Lyon, le 5 mars 2026. "
        "(Photo d'illustration) ( AFP / Thomas SAMSON )"
    )
    assert split_credit(caption) == (
        "Des voyageurs attendent sur un quai de la gare de Lyon, le 5 mars 2026. "
        "(Photo d'illustration)",
        "AFP / Thomas SAMSON",
    )


def test_aside_then_bracket_without_slash_is_no_credit() -> None:
    assert split_credit("The vote (Senate) (yes or no)") is None
    assert split_credit("The ratio (debt/GDP) (see chart)") is None
