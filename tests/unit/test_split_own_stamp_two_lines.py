"""A story whose header the scan passes by (its headline printed twice: the breadcrumb's
title, then the heading) takes its stamp from its own lines; a date printed over its clock
("09 aprile 2026" / "07:41") is one stamp there too, not a midnight date."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.timestamps import resolve_time

FETCHED = datetime(2026, 4, 9, 9, 0, tzinfo=UTC)

FLASH = """\
Agenzia Notizie Italia
Menu
Cronaca
Regioni
Marche
Agenzia Notizie Italia
Marche
Scossa di magnitudo 4.1 avvertita in provincia di Macerata
Scossa di magnitudo 4.1 avvertita in provincia di Macerata
Nessun danno segnalato. Verifiche sugli edifici pubblici
Redazione ANSA
MACERATA
09 aprile 2026
07:41
NEWS
Facebook
Whatsapp
Una scossa di terremoto di magnitudo 4.1 è stata avvertita alle 6.58 nella provincia di \
Macerata, secondo i rilevamenti dell'Istituto nazionale di geofisica e vulcanologia.
L'epicentro è stato localizzato a cinque chilometri da Camerino, a una profondità di dieci \
chilometri. Non si segnalano danni a persone o cose, ha riferito la protezione civile.
"""


def test_a_date_over_its_clock_in_the_storys_own_lines_is_one_stamp() -> None:
    page = RawPage(
        text=FLASH, url="https://ani.example/cronaca/2026/04/09/scossa", fetched_at=FETCHED
    )
    (draft,) = split_articles(clean_page(page))
    assert draft.title == "Scossa di magnitudo 4.1 avvertita in provincia di Macerata"
    assert resolve_time(draft.time_text, FETCHED) == datetime(2026, 4, 9, 7, 41, tzinfo=UTC)
