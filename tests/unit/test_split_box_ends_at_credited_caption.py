"""split: a box of short lines under the header ("In this article:" / ticker chips "ABC.L" /
"+2.84%") ends at a caption carrying its own credit ("… October 8, 2026. REUTERS/Name/File
Photo"): the photo is the text's, its caption goes to ``captions`` instead of the box (b219's
finance portal)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
CAPTION = (
    "Harbour Steel chief executive Ann Cole at the plant in Sheffield, Britain, October 8, 2026."
)
CREDIT = "REUTERS/Jo Marten/File Photo"
LEDE = (
    "LONDON, Nov 28 (Reuters) - Harbour Steel has agreed to buy a rival mill in Wales for about "
    "400 million pounds, the company said on Saturday, in the sector's largest deal in a decade."
)
REST = (
    "The deal, which needs approval from the competition regulator, would give the group about "
    "a third of the country's steel output, analysts said."
)


def test_a_credited_caption_under_ticker_chips_is_the_texts_caption() -> None:
    page = "\n".join(
        ("News", "Finance", "Markets", "Reuters",
         "Harbour Steel buys Welsh mill in £400 million deal", "Reuters",
         "Sat, 28 November 2026 at 10:26 am GMT", "3 min read", "In this article:",
         "HBS.L", "+2.84%", "TATA.NS", "-0.41%",
         f"{CAPTION} {CREDIT}", LEDE, REST)
    )  # fmt: skip
    lead = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))[0]
    assert [(c.text, c.credit) for c in lead.captions] == [(CAPTION, CREDIT)]
    assert CAPTION not in lead.body and LEDE in lead.body
