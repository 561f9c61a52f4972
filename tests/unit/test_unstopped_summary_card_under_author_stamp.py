"""Cards printed kicker / title / summary with no full stop / author / "Place - date": the
author's line closes each card at its stamp, and the last card, printed without a stamp
under a section's name ("Cultura"), is a card of its own, not lost to the card above."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)

TOPIC_PAGE = """\
Patrimonio
Noticias sobre monumentos, museos y restauraciones
Seguir
Aragón
El Pilar reabre su cúpula central tras cuatro años de obras de consolidación
Los técnicos han reforzado los arcos y limpiado los frescos de Goya en la bóveda del coro
Marta Lasheras
Zaragoza - 19 may 2026 - 10:20 CEST
Galicia
La catedral de Lugo recupera el color original de su pórtico románico
Un equipo de la universidad ha identificado restos de pigmento azul y rojo en las arquivoltas
Andrés Piñeiro
Lugo - 18 may 2026 - 08:05 CEST
Cultura
Los museos públicos ampliarán su horario de verano hasta las diez de la noche
El ministerio quiere atraer a los visitantes que huyen del calor en las horas centrales del día
Irene Galván
Siguiente
"""

INTERVIEW = """\
Entrevista
«La restauración no es un lujo, es mantenimiento»
La directora del instituto de patrimonio defiende duplicar el presupuesto de conservación
Irene Galván
19 may 2026 - 10:20 CEST
¿Cuánto dinero falta para conservar los monumentos que ya están catalogados?
Mucho más del que tenemos. Cada año aplazamos obras que luego cuestan el triple.
¿Y quién debería pagarlo?
Todos. Las comunidades, el Estado y también los propietarios privados que reciben ayudas.
"""


def _titles(text: str) -> list[str]:
    return [
        draft.title for draft in split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    ]


def test_the_stampless_card_under_a_section_kicker_is_kept() -> None:
    assert _titles(TOPIC_PAGE) == [
        "El Pilar reabre su cúpula central tras cuatro años de obras de consolidación",
        "La catedral de Lugo recupera el color original de su pórtico románico",
        "Los museos públicos ampliarán su horario de verano hasta las diez de la noche",
    ]


def test_a_lone_header_over_an_interview_stays_its_lead() -> None:
    assert _titles(INTERVIEW) == ["«La restauración no es un lujo, es mantenimiento»"]
