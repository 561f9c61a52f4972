"""split_header: a name right under a section the page's URL names as a folder, over the
headline ("Sevilla" / "ERE" / headline on ".../sevilla/<slug>"), is the breadcrumb's topic,
not the story's publisher (tuning b197's topic line "DANA")."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
PAGE = (
    "Sevilla\nCórdoba\nMálaga\nDeportes\nOpinión\n"
    "Sevilla\n{name}\n"
    "El Ayuntamiento aprueba un plan de empleo para los barrios del norte de la ciudad\n"
    "El programa contratará a 400 personas durante un año y empezará en enero.\n"
    "Ana Ruiz\nSevilla\n28 NOV 2026 - 08:20 CET\n"
    "El pleno municipal aprobó este viernes un plan de empleo de 12 millones de euros para "
    "los barrios con más paro de la ciudad, con contratos de un año en limpieza y jardines.\n"
    "La oposición votó a favor, aunque pidió que las plazas se repartan por sorteo público.\n"
    "Los primeros contratos se firmarán en la segunda quincena de enero.\n"
)


def lead_source(name: str, url: str) -> str | None:
    page = RawPage(text=PAGE.format(name=name), url=url, fetched_at=FETCHED)
    return split_articles(clean_page(page))[0].source


def test_a_topic_under_the_urls_section_is_no_source() -> None:
    url = "https://www.diariodelsur.example/sevilla/2026/11/28/plan-empleo-barrios-norte.html"
    assert lead_source("ERE", url) is None


def test_a_name_under_a_section_the_url_does_not_name_stays_the_source() -> None:
    """Must stay: over a headline under a menu's section that no folder names, an acronym
    is the publisher, as an agency's name is under the URL's section too."""
    url = "https://www.diariodelsur.example/2026/11/28/plan-empleo-barrios-norte.html"
    assert lead_source("ERE", url) == "ERE"
    folder = "https://www.diariodelsur.example/sevilla/2026/11/28/plan-empleo.html"
    assert lead_source("EFE", folder) == "EFE"
