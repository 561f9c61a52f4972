"""An agency's "© ANSA" under a caption right under the header's stamp is kept for captions
only when what was dropped between the stamp and the caption is buttons (a share row:
"Condividi", "Stampa"). A dropped link there ("Leggi anche: …") is no button: the picture
under it may be the linked story's, so the credit is left to the lead's search."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
URL = "https://www.example-quotidiano.example/cronaca/traghetti"

PAGE = """\
Cronaca
Sciopero dei traghetti, corse ridotte sullo Stretto
Redazione
5 maggio 2026, 08:15
{dropped}
Un traghetto in attesa nel porto di Messina
© ANSA
(ANSA) - MESSINA, 5 MAG - Corse ridotte sullo Stretto per lo sciopero dei marittimi \
proclamato dai sindacati per l'intera giornata di oggi.
Le compagnie garantiscono i collegamenti minimi previsti dalla legge, spiegano i sindacati.
"""


def lines(dropped: str) -> tuple[str, ...]:
    text = PAGE.format(dropped=dropped)
    return clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED)).lines


def test_a_credit_under_the_stamp_and_a_share_row_is_kept() -> None:
    assert "© ANSA" in lines("Condividi\nStampa\nCopia link")


def test_must_stay_a_credit_under_a_dropped_link_is_not_taken_for_the_text() -> None:
    assert "© ANSA" not in lines(
        "Leggi anche: Sciopero dei treni, le fasce di garanzia regione per regione"
    )
