"""A market river whose last card ends in its ticker chip ("SBUX"), the page's last line: the
chip scan stops at the page's end, and the cards are read (no IndexError past the end)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Markets
Top stories
Airline stocks climb as jet fuel prices ease again
Market Wire
·
3h ago
What a slower holiday season could mean for coffee chains
Daily Investor
·
6h ago
SBUX
"""


def test_a_ticker_chip_on_the_last_line_ends_the_river() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Airline stocks climb as jet fuel prices ease again",
        "What a slower holiday season could mean for coffee chains",
    ]
