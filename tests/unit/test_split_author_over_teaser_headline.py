"""split: a front page that prints each card's author in capitals over its headline
("LUCÍA MÉNDEZ" / headline / summary) makes a list of teasers with two such cards, as one
that prints the author under the summary does: no lead swallowing the second card."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 9, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


FRONT = """\
EL DIARIO DEL SUR
Andalucía
Deportes
LUCÍA MÉNDEZ
La Junta aprueba el plan de vivienda para jóvenes de Sevilla
El programa ofrecerá alquileres por debajo del precio de mercado durante cinco años.
RAFAEL T. OSUNA
El puerto de Algeciras bate su récord de contenedores
El tráfico creció un doce por ciento en el último trimestre del año pasado.
Lo último
Cortes de tráfico por la maratón de Málaga
11:40
Alerta amarilla por lluvias en la costa de Huelva
10:15
"""


def test_capital_author_over_each_headline_makes_two_teasers() -> None:
    drafts = split(FRONT)
    assert [(draft.role, draft.title) for draft in drafts[:2]] == [
        ("related", "La Junta aprueba el plan de vivienda para jóvenes de Sevilla"),
        ("related", "El puerto de Algeciras bate su récord de contenedores"),
    ]
    assert drafts[1].body.startswith("El tráfico creció")
