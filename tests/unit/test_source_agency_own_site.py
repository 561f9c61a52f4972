"""An agency's name in the byline's place on the agency's own site ("Agencia Serrana" on
serrana.example) is its newsroom, no source; on another site it is the story's source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)

PAGE = """\
Portada
Mundo
Economía
Deportes
El Gobierno declara la emergencia en tres provincias por las lluvias
Agencia Serrana
13 mar. 2026 21:40
Quito, 13 mar (Serrana).- El Gobierno declaró este viernes la emergencia en tres provincias \
de la costa por las lluvias, que han dejado más de 2.000 familias afectadas en la última semana.
La medida permite movilizar fondos y maquinaria sin los plazos de contratación habituales, \
explicó el ministro de Obras Públicas en una rueda de prensa.
Las autoridades prevén que las precipitaciones continúen hasta el martes en la región.
Más noticias
Colombia y Venezuela reabren un paso fronterizo en La Guajira
hace 4 horas
"""


def split(url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=PAGE, url=url, fetched_at=FETCHED)))


def test_the_agency_on_its_own_site_is_no_source() -> None:
    drafts = split("https://serrana.example/mundo/2026-03-13/emergencia-lluvias/")
    assert drafts[0].role == "lead"
    assert drafts[0].source is None


def test_the_agency_on_another_site_is_the_source() -> None:
    drafts = split("https://www.diariovaldemora.example/mundo/2026-03-13/emergencia-lluvias/")
    assert drafts[0].source == "Agencia Serrana"
