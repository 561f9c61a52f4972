"""clean + split: a caption printed twice around a player's "hide caption" / "toggle caption",
its photographer's "Name for Outlet" credit under each copy (three times on the page), is one
caption with that credit: the repeated credit is no UI line, the copies leave the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://radio-voorbeeld.example/2026/11/29/potter-river-town"
CAPTION = "Potter Ada Lindqvist shapes a bowl in her studio above the river in Lowell, Mass."
CREDIT = "Jonah Berg for Valley Radio"

PAGE = "\n".join(
    (
        "Arts",
        "A potter keeps a mill town's clay tradition alive",
        "November 29, 2026 6:00 AM ET",
        "By Rita Paulsen",
        CAPTION,
        CREDIT,
        "hide caption",
        "toggle caption",
        CREDIT,
        CAPTION,
        CREDIT,
        "Ada Lindqvist digs her clay from the same riverbank her grandfather used, and fires it"
        " in a kiln she built from salvaged bricks behind the old textile mill.",
        "She sells most of her work at the Saturday market, where the line for her mugs often"
        " reaches the parking lot before the stalls open.",
    )
)


def test_caption_printed_twice_is_one_caption_with_its_credit() -> None:
    (lead,) = split_articles(clean_page(RawPage(text=PAGE, url=URL, fetched_at=FETCHED)))
    assert [(c.text, c.credit) for c in lead.captions] == [(CAPTION, CREDIT)]
    assert lead.body.startswith("Ada Lindqvist digs")
    assert "Potter Ada" not in lead.body
