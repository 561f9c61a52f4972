"""ui_phrases: "Más notas" (es, the Río de la Plata papers' "more stories") opens a block of
teasers under the text, like "Más noticias": the cards under it are related stories, not
the lead's paragraphs."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 10, 14, 12, 0, tzinfo=UTC)

PAGE = (
    "Sociedad\n"
    "Rosario suma veinte nuevas cuadras de ciclovías antes del verano\n"
    "La Municipalidad completó el tramo que une el centro con la costanera norte.\n"
    "Por Martina Suárez\n"
    "Actualizado al 14/10/2026 09:15\n"
    "La Municipalidad de Rosario terminó las obras de veinte cuadras de ciclovías que unen "
    "el microcentro con la costanera norte, según informó este martes la Secretaría de "
    "Movilidad.\n"
    "El tramo nuevo tiene separadores de hormigón y semáforos propios en las esquinas más "
    "transitadas, un reclamo de los ciclistas desde hace años.\n"
    "Más notas\n"
    "El colectivo aumenta un 8% desde el primer día de noviembre\n"
    "El boleto mínimo pasará a costar 950 pesos con la tarjeta Movi.\n"
    "Cortes de tránsito por la maratón del domingo en el parque Independencia\n"
    "Las calles del circuito estarán cerradas entre las 6 y las 12.\n"
)


def test_the_cards_under_mas_notas_are_related_stories() -> None:
    drafts = split_articles(clean_page(RawPage(PAGE, fetched_at=FETCHED)))
    assert [draft.role for draft in drafts] == ["lead", "related", "related"]
    assert "colectivo" not in drafts[0].body
