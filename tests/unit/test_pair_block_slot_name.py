"""A portal's "Trending" block of title / publisher pairs whose reading times clean took
("Title / Harbour Gazette / · / 2 min read"): a name printed once in the publisher's slot
("Coastline Radio") is a card's publisher when the block's other cards print theirs, not a
chip that makes the whole block navigation; a person's name in the slot is no publisher."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

_HEADER = "Portal\nNews\nWeather\nSport\nTrending Now\n"


def _titles(text: str) -> list[str]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [draft.title for draft in drafts]


def test_a_name_in_the_publishers_slot_keeps_the_block_of_cards() -> None:
    text = _HEADER + (
        "Ferry services suspended as gales sweep across the northern coast\n"
        "The Harbour Gazette\n·\n2 min read\n"
        "Council approves new cycle lanes for the city centre next spring\n"
        "Daily Ledger\n·\n4 min read\n"
        "Local club reaches cup final after dramatic penalty shootout win\n"
        "Coastline Radio\n·\n3 min read\n"
    )
    assert _titles(text) == [
        "Ferry services suspended as gales sweep across the northern coast",
        "Council approves new cycle lanes for the city centre next spring",
        "Local club reaches cup final after dramatic penalty shootout win",
    ]


def test_a_persons_name_in_the_slot_is_no_publisher() -> None:
    text = _HEADER + (
        "Ferry services suspended as gales sweep across the northern coast\n"
        "The Harbour Gazette\n"
        "Council approves new cycle lanes for the city centre next spring\n"
        "Margaret Thornton\n"
    )
    titles = _titles(text)
    assert "Council approves new cycle lanes for the city centre next spring" not in titles
