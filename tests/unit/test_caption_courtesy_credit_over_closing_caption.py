"""A courtesy credit between the text's last paragraph and one short line closing the text
("… since last spring." / "Image courtesy of X" / "The post claiming a new parking fine.")
credits the line under it: the paragraph above stays text."""

from streams.captions import extract_captions

PARAGRAPHS = [
    "The council said no such fine exists and that parking rules have not changed since 2024.",
    "Versions of the claim have been shared in local groups every few months since last spring.",
    "Image courtesy of Facebook",
    "The post claiming a new parking fine.",
]


def test_a_courtesy_credit_over_the_closing_line_credits_that_line() -> None:
    body, captions = extract_captions(PARAGRAPHS)
    assert [(caption.text, caption.credit) for caption in captions] == [
        ("The post claiming a new parking fine.", "Facebook")
    ]
    assert body == PARAGRAPHS[:2]
