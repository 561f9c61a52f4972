"""clean: a wire's dateline printed alone on its line with its agency in brackets and no
dash after it ("BARCELONA, 29 (EFE)") opens the paragraph under it and stays in the text; a
bracketed name under a place that is no place ("AVISO (Nuevo)") stays on its own line."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "https://www.diario-ejemplo.example/cataluna/noticia-lluvias.html"

DATELINE = """\
Cataluña
La Generalitat activa el aviso naranja por lluvias en cuatro provincias
Publicado: domingo, 29 noviembre 2026 18:05
BARCELONA, 29 (EFE)
La Generalitat ha activado el aviso naranja por lluvias intensas en Girona y Lleida para hoy.
Los servicios de emergencia recomiendan evitar los desplazamientos por carretera.
Las clases se mantienen en todos los centros educativos.
"""


def test_agency_dateline_alone_opens_the_first_paragraph() -> None:
    page = clean_page(RawPage(text=DATELINE, url=URL, fetched_at=FETCHED))
    assert "BARCELONA, 29 (EFE) La Generalitat ha activado" in page.lines[3]
    (lead,) = split_articles(page)
    assert lead.body.startswith("BARCELONA, 29 (EFE) La Generalitat")


def test_bracketed_label_that_is_no_place_is_not_joined() -> None:
    text = DATELINE.replace("BARCELONA, 29 (EFE)", "AVISO (Nuevo)")
    page = clean_page(RawPage(text=text, url=URL, fetched_at=FETCHED))
    assert "AVISO (Nuevo)" in page.lines
