"""A card's publisher printed over a follow button ("Harbour Times" / "Follow") right under
the card above's dropped reaction counters is the card's source, not a toolbar's control."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Portal
Markets
Top stories
Coast Ledger
Follow
Grain prices climb as dry spell hits the northern plains
Farmers said the harvest could be a fifth smaller than last year's after weeks without rain.
2h
·
41
·
12
Harbour Times
Follow
Port workers vote to accept new pay deal
5h
·
310
·
57
"""


def test_the_name_over_a_follow_button_is_the_cards_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    sources = {draft.title: draft.source for draft in drafts}
    assert sources["Port workers vote to accept new pay deal"] == "Harbour Times"
