"""split: a card's byline naming several authors and the one place they write from
("Ann Lee and Tom Hart in Lima") is the card's byline, not its title; the title / deck
over it are the card's title and text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_byline

FETCHED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

TAG_FRONT = """\
Environment
Oceans
Coral reef survey finds bleaching has spread to the deep southern reefs this year
Divers report pale corals at depths once thought safe, and scientists warn recovery may be slow
Maria Gomez and Peter Walsh in Cairns
2h ago
Rivers
Farm runoff blamed as algae blooms close three lakes to swimmers
Councils say nitrate levels tripled over the summer, and anglers report dead fish along the shores
Laura Chen
5h ago
"""


def test_authors_sharing_a_place_are_a_byline() -> None:
    assert _is_byline("Maria Gomez and Peter Walsh in Cairns")
    assert _is_byline("Ann Lee, Tom Hart and Kim Roe in Rome")
    assert not _is_byline("Storms and Floods in Kenya")


def test_byline_with_shared_place_closes_its_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=TAG_FRONT, fetched_at=FETCHED)))
    titles = [draft.title for draft in drafts]
    assert titles[0] == (
        "Coral reef survey finds bleaching has spread to the deep southern reefs this year"
    )
    assert "Maria Gomez and Peter Walsh in Cairns" not in titles
