"""A box of figures (index / value lines) right over a list of cards: the first card, a short
title over a bare age, is the list's first card, no update time closing the box, because the
same title / age shape repeats right under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


PAGE = """\
Börsenkurier
Märkte
Fonds
SMI
12.104
MDAX
26.870
Bitcoin
91.240
Zinsen steigen wieder
vor 1 Std.
Versicherer erhöhen die Beiträge für Wohngebäude kräftig
vor 4 Std.
"""


def test_the_short_first_card_under_a_figures_box_stays_a_card() -> None:
    assert [(draft.title, draft.time_text) for draft in split(PAGE)] == [
        ("Zinsen steigen wieder", "vor 1 Std."),
        ("Versicherer erhöhen die Beiträge für Wohngebäude kräftig", "vor 4 Std."),
    ]
