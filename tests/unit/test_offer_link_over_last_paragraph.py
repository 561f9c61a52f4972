"""Under a label offering one more story ("Leggi anche"), one headline over one sentence
that closes the text: the headline is a bare link, left out, and the sentence is the
text's last paragraph, kept in the lead (no teaser of one card)."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Il Corriere di Provincia
Cronaca
Nuovo ospedale, via libera della Regione al progetto definitivo
La struttura avrà 400 posti letto e aprirà entro il 2030
30 Novembre 2026 alle 09:40
MILANO – Dopo mesi di attese la Regione ha dato il via libera al progetto \
definitivo del nuovo ospedale.
Il cantiere sarà aperto entro marzo, ha spiegato il presidente della commissione.
Leggi anche
Sanità, cosa cambia con il nuovo piano delle liste d'attesa
I medici dell'ospedale hanno indetto uno sciopero regionale per venerdì."""


def test_the_sentence_under_an_offered_link_closes_the_lead() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    [lead] = process_page(page)
    assert lead.role == "lead"
    assert "uno sciopero regionale" in lead.body
    assert "Sanità, cosa cambia" not in lead.body
