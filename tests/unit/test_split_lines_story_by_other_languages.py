"""A portal's "Story by" line in Spanish, French, Portuguese, Italian or Dutch ("Historia de
Europa Press", "Histoire de Claire Martin") is a byline, not a publisher's name over the
story: the agency it names is the source, a person's name none."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _BYLINE

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

PARAGRAPHS = (
    "El número de parados registrados en las oficinas de empleo bajó en 40.000 personas en "
    "febrero, según los datos publicados este martes por el Ministerio de Trabajo.",
    "La afiliación a la Seguridad Social sumó además 95.000 cotizantes, con la hostelería y el "
    "comercio a la cabeza de la subida mensual.",
    "Los sindicatos valoraron el dato, aunque advirtieron de que la temporalidad sigue siendo "
    "alta entre los menores de 30 años.",
)
LEAD = """\
Inicio
Noticias
El paro baja en 40.000 personas en febrero por el empuje de la hostelería
Historia de Europa Press
• 3 h • 2 min de lectura
""" + "\n".join(PARAGRAPHS)


def test_story_by_lines_in_other_languages_are_bylines() -> None:
    for line in (
        "Historia de Europa Press",
        "Histoire de Claire Martin",
        "História de Ana Souza",
        "Storia di Marco Bianchi",
        "Verhaal van Pieter de Vries",
    ):
        assert _BYLINE.match(line), line


def test_the_agency_a_spanish_story_by_line_names_is_the_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=LEAD, fetched_at=FETCHED)))
    assert [(draft.role, draft.source) for draft in drafts] == [("lead", "Europa Press")]
