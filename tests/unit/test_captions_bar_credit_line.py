"""captions: a photographer and a picture agency after a bar, on the line under the caption
("Ann Cole | Getty Images") credit that caption; a wire's name there ("Ann Cole | Reuters")
signs a story as often, a byline's bar ("By Ann Cole | Getty Images") and a card's source
and age ("Norhaven News | Yesterday") credit nothing; a copyright line with a bar keeps its
own reading."""

from streams.captions import extract_captions, split_credit

LEDE = (
    "Fewer shoppers went to malls on the first weekend of the sales than a year ago, "
    "according to preliminary figures from a firm that counts store visits."
)
NEXT = "Online spending rose by nearly a tenth over the same days, the firm said on Sunday."
CAPTION = "Shoppers queue outside an electronics store in Valdora on Nov. 27, 2026."


def test_a_photographer_and_picture_agency_after_a_bar_credit_the_caption_over_them() -> None:
    for credit in ("Ann Cole | Getty Images", "Lee H. Tan | AP Photo", "Ann Cole | Alamy"):
        body, captions = extract_captions([LEDE, CAPTION, credit, NEXT])
        assert body == [LEDE, NEXT], credit
        assert [(c.text, c.credit) for c in captions] == [(CAPTION, credit)]


def test_must_stay_a_wire_byline_or_a_cards_meta_after_a_bar() -> None:
    for line in (
        "Ann Cole | Reuters",
        "By Ann Cole | Getty Images",
        "Norhaven News | Yesterday",
        "Sign In | Subscribe",
    ):
        assert split_credit(line) is None, line
        paragraphs = [LEDE, CAPTION, line, NEXT]
        assert extract_captions(paragraphs) == (paragraphs, []), line


def test_must_stay_a_copyright_line_with_a_bar() -> None:
    assert split_credit("© picture alliance/dpa | Jan Woitas") == (
        "",
        "picture alliance/dpa | Jan Woitas",
    )
