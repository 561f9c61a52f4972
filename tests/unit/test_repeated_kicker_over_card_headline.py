"""A list of related cards that prints the same kicker over each headline ("Obituaries" /
headline / stamp / "Obituaries" / headline / summary / stamp): the short line under the
repeated kicker is the card's headline, the longer line under it its summary, not the
other way round."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

PAGE = """\
News
Obituaries
Tom Hale obituary
Fri 27 Nov 2026 17.21 GMT
My friend Tom Hale, who has died aged 84, built more than 300 wooden dinghies by hand in a \
shed by the creek at Mylor.
He learned the trade from his father and took on apprentices long after most yards had \
turned to fibreglass.
He is survived by his wife, Ann, and their two sons.
Related stories
Obituaries
Mary Pascoe obituary
6d ago
Obituaries
Jack Trewin obituary
Harbour master who steered Falmouth through the years of the big tankers and the ferries
2 Nov 2026
About us
"""


def test_the_line_under_the_repeated_kicker_is_the_headline() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    card = drafts[-1]
    assert card.title == "Jack Trewin obituary"
    assert card.body.startswith("Harbour master who steered Falmouth")
