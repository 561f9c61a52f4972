"""A date under the last card's summary, over an ad's title right under the ad slot's label
clean dropped ("Pubblicità"), closes that card: the ad's title heads no card of its own."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Cronaca
Politica
Economia
Sport
Torino
Cronaca
il cantiere
Torino, riapre il ponte sulla Dora dopo otto mesi di lavori. Traffico regolare
La struttura era stata chiusa a marzo per un cedimento dei giunti. Riaperta al traffico leggero
di Paolo Ferri
30 novembre 2026 (modifica il 30 novembre 2026 | 11:05)
Ascolta l'articolo
3 min
Condividi
Il ponte sulla Dora riaperto all’alba © ANSA
Il ponte sulla Dora è stato riaperto questa mattina alle sei, con un giorno di anticipo sul \
calendario previsto dal Comune. Le auto potranno transitare su entrambe le corsie, mentre per i \
mezzi pesanti il divieto resterà in vigore fino a gennaio.
I lavori sono costati quattro milioni di euro e hanno riguardato i giunti, la pavimentazione e \
l’illuminazione, secondo quanto riferito dall’assessore alla viabilità in una nota.
Leggi anche
Torino, code in corso Regina per la chiusura del ponte
«Abbiamo rispettato i tempi», ha detto l’assessore. «Ora tocca ai ponti sul Po, che saranno \
controllati entro la primavera».
© RIPRODUZIONE RISERVATA
Newsletter
Iscriviti alla newsletter "Il Quotidiano Torino"
Ultime notizie
Ultime notizie di Cronaca
Genova, nuova linea di bus elettrici tra il porto e la stazione
Sei mezzi in servizio da lunedì. Passeranno ogni dieci minuti nelle ore di punta.
29 novembre 2026
Bologna, chiude per restauro la biblioteca dell’Archiginnasio
I lavori dureranno quattro mesi: riaprirà in primavera.
28 novembre 2026
Pubblicità
Approfitta degli sconti di fine anno sugli elettrodomestici
Il Quotidiano
P.IVA 01234567890"""


def test_the_stamp_over_an_ad_slot_s_title_closes_the_card_above() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 11, 30, 18, tzinfo=UTC))
    articles = process_page(page)
    assert [article.title for article in articles[1:]] == [
        "Genova, nuova linea di bus elettrici tra il porto e la stazione",
        "Bologna, chiude per restauro la biblioteca dell’Archiginnasio",
    ]
    assert articles[2].published_at == datetime(2026, 11, 28, tzinfo=UTC)
