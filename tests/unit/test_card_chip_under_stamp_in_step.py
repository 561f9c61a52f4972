"""split_cards._under_card / _short_label: a short chip under a card's stamp is the next
card's when the card above prints one over its title too (chip / title / date / chip /
title / summary / date): the card under it is a title / summary / stamp card with its date."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


PAGE = """\
The Northern Ledger
Harbour city approves new ferry terminal after decade of delays
Published December 2, 2026
The city council on Tuesday approved a new ferry terminal for the inner harbour, ending a \
decade of delays and two failed tenders.
The terminal will cost $240 million and is due to open in 2030, the council said.
Opponents said the plan would bring more traffic to the waterfront streets around it.
More from Transport
Commuter rail
Night trains to return to the coast line next spring
December 1, 2026
Urban cycling
Protected bike lanes planned for three downtown streets
The city says the lanes will be separated from traffic by concrete curbs.
November 30, 2026
© Copyright 2026 The Northern Ledger Inc. All rights reserved.
12 Harbour Street, Suite 400, Port Alder, ON Canada
"""


def test_a_card_under_a_chip_in_step_with_the_card_above_keeps_its_date() -> None:
    drafts = split(PAGE)
    cards = [(draft.title, draft.time_text) for draft in drafts[1:]]
    assert cards == [
        ("Night trains to return to the coast line next spring", "December 1, 2026"),
        ("Protected bike lanes planned for three downtown streets", "November 30, 2026"),
    ]
