"""A masthead whose outlet word is one half of a hyphenated word ("Pittsburgh Post-Gazette",
"Sacramento Union-Statesman") over a card's title is that card's publisher, as the unhyphenated
"Denver Post" is: it is not read as a person's name and dropped."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

CARDS = """\
Local news
WTAE Pittsburgh
Port Authority adds late-night buses on three routes
3 hours ago • By Dana Kerr
Pittsburgh Post-Gazette
Steelers open practice to fans for the first time since the summer
6 hours ago • By Mark Hollis
Sacramento Union-Statesman
Capitol park reopens after two years of repairs to its fountains
Yesterday • By Leah Ortiz
"""


def sources(text: str) -> list[str | None]:
    found = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [draft.source for draft in found]


def test_a_hyphenated_masthead_is_its_cards_publisher() -> None:
    assert sources(CARDS) == [
        "WTAE Pittsburgh",
        "Pittsburgh Post-Gazette",
        "Sacramento Union-Statesman",
    ]
