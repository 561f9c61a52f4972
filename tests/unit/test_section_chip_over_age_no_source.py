"""A section's chip over a card's age over its title ("Entertainment" / "1 day ago" /
title): the card's topic, never its publisher (the English names the kicker list lacked:
"Entertainment", "Crime")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Harbour Times
News
Sport
Latest
Business
3 hours ago
Port operator posts record quarterly profit on grain exports
The company shipped 4.2 million tonnes between July and September.
Crime
5 hours ago
Two men charged over warehouse break-in at the docks
Entertainment
1 day ago
Local band lands a support slot on a national tour
The four-piece will open for the headliners at eight venues.
"""


def test_a_section_chip_is_no_cards_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts][
        -1
    ] == "Local band lands a support slot on a national tour"
    assert [draft.source for draft in drafts] == [None] * len(drafts)
