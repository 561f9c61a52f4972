"""An aggregator's credit line under a story's title, its submitter and the site the story
links to ("por lucia_mz a eldiario.es", "by jdoe to example.com", with or without the
stamps after it): a line of its own, not the rest of the title a link broke, though it
opens in lower case."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)

PAGE = """\
menéame
portada
612
meneos
El Supremo anula la adjudicación de 14 residencias públicas a un único fondo de inversión
por lucia_mz a eldiario.es
enviado: hace 6 h publicado: hace 3 h
La sentencia considera que el pliego de condiciones se redactó a la medida de la empresa.
388
meneos
Un pueblo de Teruel recupera su escuela tras cuarenta años cerrada por falta de niños
por maria_vallecas a heraldo.es publicado hace 2 horas
La escuela de Alcalá de la Selva volverá a abrir en enero con once alumnos matriculados.
"""


def test_submitter_line_is_not_joined_to_the_title() -> None:
    lines = clean_page(RawPage(text=PAGE, fetched_at=FETCHED)).lines
    assert (
        "El Supremo anula la adjudicación de 14 residencias públicas a un único fondo de inversión"
        in lines
    )
    assert (
        "Un pueblo de Teruel recupera su escuela tras cuarenta años cerrada por falta de niños"
        in lines
    )
