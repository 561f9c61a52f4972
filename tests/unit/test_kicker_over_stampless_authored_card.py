"""A section front with no stamps whose cards print kicker / title / summary without a full
stop / AUTHOR IN CAPITALS / place: each kicker is its card's, not a headline whose summary
is the title under it, and a summary as short as its title still counts with its author
under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)

FRONT = """\
EL DIARIO
Suscríbete
Internacional
Europa
América Latina
Elecciones en Perú
Los dos candidatos cierran la campaña con mítines en Lima y Arequipa
La participación prevista roza el 80% y los sondeos anticipan un empate técnico
LUCÍA MENDOZA
Lima
Crisis en Níger
Níger expulsa a los diplomáticos franceses tras el cierre de su espacio aéreo
El Gobierno militar da 48 horas al personal de la embajada para abandonar el país
ANTONIO CARRASCO
Niamey
Opinión
Europa ante su propio espejo
MANUEL ROJO
Estados Unidos
El Senado aprueba el presupuesto de defensa con el voto de doce demócratas
La ley incluye una partida de 900 millones para reforzar la frontera con México
JAVIER SOTO
Washington
Lo más visto
1
Los dos candidatos cierran la campaña con mítines en Lima y Arequipa
2
Muere a los 88 años la escritora Elena Valdés
3
La lluvia obliga a suspender la final de Copa
Aviso legal
"""


def test_each_kicker_heads_its_card() -> None:
    drafts = split_articles(clean_page(RawPage(text=FRONT, fetched_at=FETCHED)))
    assert [(draft.title, draft.body) for draft in drafts] == [
        (
            "Los dos candidatos cierran la campaña con mítines en Lima y Arequipa",
            "La participación prevista roza el 80% y los sondeos anticipan un empate técnico",
        ),
        (
            "Níger expulsa a los diplomáticos franceses tras el cierre de su espacio aéreo",
            "El Gobierno militar da 48 horas al personal de la embajada para abandonar el país",
        ),
        (
            "El Senado aprueba el presupuesto de defensa con el voto de doce demócratas",
            "La ley incluye una partida de 900 millones para reforzar la frontera con México",
        ),
    ]
