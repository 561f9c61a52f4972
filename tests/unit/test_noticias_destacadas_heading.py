"""A "Noticias destacadas" heading under an article opens a list of related cards: the
stamped card under it is a related article, not the heading's deck or kicker."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)

PAGE = """\
DIARIO DEL SUR
Regiones
Cierran el puerto de Buenaventura por fuertes lluvias
La Capitanía suspendió el zarpe de todas las embarcaciones menores.
20/05/2026
Las lluvias de las últimas horas dejaron cuatro barrios inundados, según la alcaldía.
Los comerciantes piden ayudas para reponer la mercancía perdida en las bodegas.
Noticias Destacadas
Gobierno anuncia subsidio para pescadores
Hace 3 horas
"""


def test_the_card_under_the_heading_is_related() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.role, draft.title) for draft in drafts] == [
        ("lead", "Cierran el puerto de Buenaventura por fuertes lluvias"),
        ("related", "Gobierno anuncia subsidio para pescadores"),
    ]
