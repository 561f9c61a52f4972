"""A publisher's masthead of an article and one capitalised word ("Il Post", "La Stampa")
is no UI control, though its word is one ("post", "stampa"): a card's source line stays."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize("line", ["Il Post", "La Stampa", "The Post"])
def test_an_article_and_a_capitalised_name_is_a_masthead(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Post", Kind.DROP),  # must stay: the button alone
        ("Il post", Kind.DROP),  # a label in lower case is no name
        ("Share Post", Kind.DROP),  # no article: a button
        ("The Comments", Kind.END),  # a comments heading still ends the article
    ],
)
def test_buttons_and_comment_headings_stay_ui(line: str, kind: Kind) -> None:
    assert classify(line) is kind
