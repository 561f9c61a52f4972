"""An aggregator's credit line under a story's title, "por user a domain" with the stamps
after it: the domain is the story's source (the submitter is no author or source) and the
last stamp on the line, "publicado …" after "enviado …", its stamp."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import submitted_credit

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
118 comentarios
388
meneos
Un pueblo de Teruel recupera su escuela tras cuarenta años cerrada por falta de niños
por ruralpower a heraldo.es enviado hace 9 horas publicado hace 4 horas
La escuela de Alcalá de la Selva volverá a abrir en enero con once alumnos matriculados.
48 comentarios
"""


def test_submitted_credit_reads_domain_and_last_stamp() -> None:
    assert submitted_credit(
        "por ruralpower a heraldo.es enviado hace 9 horas publicado hace 4 horas"
    ) == (
        "heraldo.es",
        "publicado hace 4 horas",
    )
    assert submitted_credit("por datosabiertos a elperiodico.com") == ("elperiodico.com", None)
    assert submitted_credit("por la tarde a Madrid llegaron") is None


def test_cards_take_domain_and_published_stamp() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.role, draft.source, draft.time_text) for draft in drafts] == [
        ("related", "eldiario.es", "publicado: hace 3 h"),
        ("related", "heraldo.es", "publicado hace 4 horas"),
    ]
