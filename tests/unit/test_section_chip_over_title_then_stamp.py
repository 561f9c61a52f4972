"""A home page's cards, each under its section's name, print their stamp under their title
(chip / title / [summary] / stamp / next chip / …): each stamp is its own card's, the chip
under it opens the next card (it does not tie the stamp to the title under it)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Il Quotidiano
Abbonati
Cronaca
Torino, crolla un cornicione in centro: nessun ferito tra i passanti
aggiornato alle 11:40
Politica
Manovra, il governo pone la fiducia alla Camera sul testo finale
Il voto atteso in serata: le opposizioni annunciano battaglia in aula.
aggiornato alle 09:15
Sport
Coppa Italia, il sorteggio degli ottavi di finale
"""


def test_each_stamp_stays_with_the_title_over_it() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.title, draft.time_text) for draft in drafts] == [
        (
            "Torino, crolla un cornicione in centro: nessun ferito tra i passanti",
            "aggiornato alle 11:40",
        ),
        (
            "Manovra, il governo pone la fiducia alla Camera sul testo finale",
            "aggiornato alle 09:15",
        ),
    ]
