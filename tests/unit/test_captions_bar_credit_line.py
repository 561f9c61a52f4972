"""captions: a photographer and a picture agency after a bar, on the line under the caption
("Ann Cole | Getty Images") credit that caption; a wire's name there ("Ann Cole | Reuters")
signs a story as often, a byline's bar ("By Ann Cole | Getty Images") and a card's source
and age ("Norhaven News | Yesterday") credit nothing; a copyright line with a bar keeps its
own reading. In an article the text goes on under such a credit (it is no author and place
line)."""

from datetime import UTC, datetime

from streams.captions import credits_a_picture, extract_captions, split_credit
from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _author_and_place

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


def test_must_stay_a_byline_or_a_cards_meta_after_a_bar() -> None:
    # (a wire's "Ann Cole | Reuters" under a caption is the picture's credit: see
    # test_captions_wire_bar_credit.py)
    for line in (
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


FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _lead(*lines: str) -> ArticleDraft:
    head = ("Politics", "Council passes stopgap budget hours before deadline", "Ann Field")
    drafts = split_articles(
        clean_page(RawPage(text="\n".join((*head, *lines)), fetched_at=FETCHED))
    )
    return drafts[0]


def test_the_text_goes_on_under_a_bar_credit_in_an_article() -> None:
    # auditor B's B06: the credit was read as an author and place, which cut the text there
    rest = "The measure funds the council's services through January at current levels."
    lead = _lead(LEDE, CAPTION, "Ann Cole | Getty Images", rest, NEXT)
    assert rest in lead.body and NEXT in lead.body
    assert [(c.text, c.credit) for c in lead.captions] == [(CAPTION, "Ann Cole | Getty Images")]


def test_must_stay_an_author_and_the_outlet_after_a_bar() -> None:
    # a byline of the same shape credits no picture: still an author and where she writes for
    for byline in ("Ann Cole | Norhaven News", "Ann Cole · Reuters"):
        assert not credits_a_picture(byline), byline
        assert _author_and_place(byline), byline


def test_must_stay_a_paragraph_over_a_captionless_pictures_bar_credit() -> None:
    # auditor B's B-3 (B38): a paragraph longer than a caption stays text; the credit goes
    paragraph = (
        "Fewer shoppers headed to the malls on the first morning of the sales than a year "
        "ago, as deals that started weeks earlier and the ease of shopping online pulled "
        "spending away from the traditional start of the season."
    )
    body, captions = extract_captions([LEDE, paragraph, "Ann Cole | Getty Images", NEXT])
    assert body == [LEDE, paragraph, NEXT]
    assert captions == []


def test_a_caption_with_abbreviations_over_a_bar_credit_is_still_one() -> None:
    # auditor B's B47: "U.S. Capitol" is no sentence break
    caption = "The council leader speaks to reporters at the U.S. Capitol in Washington, Nov. 27."
    body, captions = extract_captions([LEDE, caption, "Ann Cole | Getty Images", NEXT])
    assert body == [LEDE, NEXT]
    assert [(c.text, c.credit) for c in captions] == [(caption, "Ann Cole | Getty Images")]


def test_must_stay_a_standfirst_over_a_captionless_heros_bar_credit() -> None:
    # auditor B's B48: the body's first line under the title is its standfirst, no caption
    dek = "Suppliers were told to cut orders for the new phone by about a tenth, people said."
    body, captions = extract_captions([dek, "Ann Cole | Getty Images", LEDE, NEXT])
    assert body == [dek, LEDE, NEXT]
    assert captions == []
