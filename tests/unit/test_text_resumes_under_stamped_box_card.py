"""A box of cards inside a story ("Correlati" / headline / summary / its date) closes its
card with the card's stamp: the text under the stamp is the story's, even in two short
sentences, and the card keeps its stamp."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Cronaca
Economia
Sciopero dei trasporti, a Torino metro e tram fermi per 24 ore
I sindacati chiedono il rinnovo del contratto scaduto da tre anni
di Laura Bianchi
14 marzo 2026
A Torino metropolitana e tram resteranno fermi per tutta la giornata di venerdì, \
hanno annunciato i sindacati del trasporto pubblico locale. \
Saranno garantite soltanto le fasce protette del mattino e della sera.
Secondo l'azienda potrebbero circolare meno di un terzo dei mezzi previsti dall'orario.
Correlati
Trasporti, nuove corse notturne sulle linee dei bus
Da aprile i bus notturni passeranno ogni venti minuti.
10 marzo 2026
Il Comune ha invitato i cittadini a usare la bicicletta o il car sharing.
I taxi saranno in servizio regolare per tutta la giornata.
Condividi"""


def test_the_text_under_a_stamped_box_card_stays_the_lead_s() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 3, 14, 12, tzinfo=UTC))
    [lead, card] = process_page(page)
    assert "usare la bicicletta" in lead.body and "I taxi saranno" in lead.body
    assert "venti minuti" not in lead.body
    assert card.role == "related"
    assert card.title == "Trasporti, nuove corse notturne sulle linee dei bus"
    assert card.published_at == datetime(2026, 3, 10, tzinfo=UTC)
