"""A short heading over a closing run of clock / title cards ("Lo último" / "09:45" / title /
"09:12" / title) heads the run: the block ends on a title, so each clock stands over its
title. Read title-over-stamp, the heading sat inside the card above (an opinion's title got
the first clock) and every title got the clock of the card under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 4, 7, 11, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://diario.example.es/", fetched_at=FETCHED)
    return split_articles(clean_page(page))


FRONT = """\
DIARIO DEL SUR
Andalucía
Economía
LUCÍA MORENO
El Ayuntamiento aprueba el presupuesto más alto de su historia
La oposición critica que la inversión en barrios se quede por debajo del año anterior.
PABLO RUIZ
La Junta licita la ampliación del metro hasta el aeropuerto
Las obras empezarán en otoño y durarán al menos cuatro años.
Opinión
MARTA SOLER
El silencio de los concejales
Lo último
09:45
Un incendio obliga a desalojar un edificio en el centro
09:12
Cortada la autovía por un accidente entre dos camiones
"""


def test_heading_over_clock_first_run_heads_it() -> None:
    drafts = split(FRONT)
    stamped = [(draft.title, draft.time_text) for draft in drafts if draft.time_text]
    assert stamped == [
        ("Un incendio obliga a desalojar un edificio en el centro", "09:45"),
        ("Cortada la autovía por un accidente entre dos camiones", "09:12"),
    ]
