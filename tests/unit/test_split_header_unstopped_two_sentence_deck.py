"""split: a standfirst of two sentences printed without its final stop (Italian decks)
under a headline without a verb is the headline's deck, the start of the body: never the
title, and the headline is not lost (audit B's B-4)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

HEADLINE = "Frana sulla statale del Brennero, traffico deviato e code fino a Bolzano"
DECK = "La strada resterà chiusa due giorni. I tecnici della Provincia valutano i danni al muro"
TEXT = (  # (a short story: fewer words than a long text's)
    "Una frana si è staccata nella notte sopra la statale, all'altezza di Fortezza.\n"
    "Nessun veicolo è stato coinvolto.\n"
    "Il traffico pesante viene deviato sull'autostrada.\n"
)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


@pytest.mark.parametrize(
    "meta",
    ["27 novembre 2026 18:40\n", "di Paolo Rinaldi\n27 novembre 2026\n"],
    ids=["stamp", "byline"],
)
def test_the_unstopped_deck_of_two_sentences_stays_under_its_headline(meta: str) -> None:
    page = f"Il Quotidiano\nCronaca\nPolitica\nCronaca\n{HEADLINE}\n{DECK}\n{meta}{TEXT}"
    drafts = split(page)
    assert len(drafts) == 1
    assert drafts[0].title == HEADLINE
    assert drafts[0].body.startswith(DECK)
    assert "Il traffico pesante" in drafts[0].body


def test_a_kicker_over_a_two_sentence_headline_stays_a_kicker() -> None:
    """Must stay: a short kicker is no headline, whatever the line under it prints."""
    headline = "Il ponte regge. Per ora"
    page = f"Il Quotidiano\nCronaca\nMaltempo in Veneto\n{headline}\n27 novembre 2026 18:40\n{TEXT}"
    assert split(page)[0].title == headline
