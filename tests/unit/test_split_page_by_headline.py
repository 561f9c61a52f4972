"""split_page: a headline that opens with a byline's word and goes on in lower case ("Por
qué la vivienda no deja de subir") is no byline: a card titled so stays a card (PE-E8)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import _by_headline

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_own_list_card_titled_with_por_que_under_a_lower_case_chip_is_kept() -> None:
    page = """\
Portada
Lo último
El Ayuntamiento aprueba el presupuesto municipal para 2027
exclusiva
hace 2 horas
Última hora del pleno sobre la nueva ordenanza de terrazas
directo
hace 3 horas
Por qué el precio del alquiler no deja de subir
opinión
hace 5 horas
Así ha quedado el paseo marítimo tras el temporal
vídeo
hace 6 horas
Ver más
"""
    titles = [draft.title for draft in split(page)]
    assert "Por qué el precio del alquiler no deja de subir" in titles
    assert len(titles) == 4


@pytest.mark.parametrize(
    "line",
    [
        "Por qué el precio del alquiler no deja de subir",
        "Par ici la sortie des bouchons du long week-end",
        "Von wegen ruhige feiertage in der stadt am see",
    ],
)
def test_byline_word_then_lower_case_headline(line: str) -> None:
    assert _by_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Por Juan Pérez",
        "por la redacción",
        "By staff reporters",
        "Par la rédaction de franceinfo avec AFP",
        "Von unserem Korrespondenten Max Muster",
        "By the editorial board",
    ],
)
def test_bylines_stay_bylines(line: str) -> None:
    """Must-stay: a credit with a name, or a newsroom's too short for a headline."""
    assert not _by_headline(line)


def test_article_byline_over_text_stays_the_articles() -> None:
    """Must-stay: headline / "Por Ana Ruiz" / stamp / text: the byline is no card's title."""
    page = """\
El Gobierno aprueba el techo de gasto para 2027 tras una larga negociación
Por Ana Ruiz
hace 2 horas
El Consejo de Ministros aprobó este martes el techo de gasto no financiero para el próximo año.
La cifra supera en un cuatro por ciento la del ejercicio anterior, según fuentes del ministerio.
"""
    drafts = split(page)
    assert len(drafts) == 1
    assert (
        drafts[0].title
        == "El Gobierno aprueba el techo de gasto para 2027 tras una larga negociación"
    )
    assert "Por Ana Ruiz" not in drafts[0].body
