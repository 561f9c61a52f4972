"""The player's button "Ascolta questo articolo ora..." ("Listen to this article now") is
furniture: dropped, it leaves the text's last paragraph under a lone "Leggi anche" link
closing the text, not a teaser's summary under a card of its own."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 6, 12, 0, tzinfo=UTC)

PAGE = """\
Economia
Bollette, il governo proroga il bonus per le famiglie fino a giugno
6 Maggio 2026 alle 09:30
2 minuti di lettura
Il consiglio dei ministri ha approvato la proroga del bonus sociale per luce e gas.
Il costo della misura è stimato in circa 800 milioni di euro per i prossimi tre mesi.
Leggi anche
Bollette, come cambiano le tariffe da luglio
Il decreto approvato oggi passerà ora all'esame del Parlamento.
Ascolta questo articolo ora...
"""


def test_listen_now_button_is_dropped() -> None:
    assert classify("Ascolta questo articolo ora...") is Kind.DROP


def test_last_paragraph_under_lone_link_stays_the_leads() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Bollette, il governo proroga il bonus per le famiglie fino a giugno"
    ]
    assert drafts[0].body.endswith("passerà ora all'esame del Parlamento.")
