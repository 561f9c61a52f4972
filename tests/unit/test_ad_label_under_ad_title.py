"""An ad printed title first under an ad slot's label ("Publicidad" / ad title /
"Patrocinado") is closed by the label under it: the publisher, title and stamp under the
label are the next card, kept with its source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

PAGE = """\
Inicio
Deportes
Agencia EFE
El Ayuntamiento amplía el horario de las bibliotecas municipales
Hace 1 hora
Valencia, 29 nov (EFE).- Las bibliotecas municipales abrirán también los domingos desde enero.
La medida se aplicará primero en los cinco distritos con más usuarios del servicio.
Los sindicatos del sector han pedido que se contrate más personal para cubrir los nuevos turnos.
Más para ti
Publicidad
Ahorra en tu factura de la luz este invierno
Patrocinado
La Voz Diaria
La lluvia obliga a cerrar dos parques del centro
Hace 4 horas
Diario del Sur
El puerto bate su récord de cruceros en noviembre
Hace 6 horas
"""


def test_the_label_closes_the_ad_title_over_it() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    cards = [(draft.title, draft.source) for draft in drafts[1:]]
    assert cards == [
        ("La lluvia obliga a cerrar dos parques del centro", "La Voz Diaria"),
        ("El puerto bate su récord de cruceros en noviembre", "Diario del Sur"),
    ]
