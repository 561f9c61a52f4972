"""split: a picture agency's name alone under the header ("Getty Images") over a caption
without a full stop, over the text's first paragraph, credits that caption (probe a15): the
caption leaves the body. A team's or wire's name alone over a match widget's line is no
picture's credit."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
TITLE = "Water bills to rise by £40 a year from April, regulator says"
CAPTION = "The regulator reviews the price limits every five years"
LEDE = (
    "Water bills for households in England and Wales will rise by about £40 a year from April, "
    "the regulator Ofwat has announced after a review of company spending plans."
)
REST = "The increase is the largest since the industry was privatised in 1989, it said."


def _drafts(*lines: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text="\n".join(lines), fetched_at=FETCHED)))


def test_a_picture_agencys_line_over_the_first_caption_credits_it() -> None:
    lead = _drafts(
        "Home", "News", TITLE, "Jane Hollis", "Business reporter", "28 November 2026",
        "Share", "Getty Images", CAPTION, LEDE, REST,
    )[0]  # fmt: skip
    assert CAPTION not in lead.body
    assert [(c.text, c.credit) for c in lead.captions] == [(CAPTION, "Getty Images")]
    assert LEDE in lead.body and REST in lead.body
