"""clean: a Trust Project badge set into the running text ("Conforme a los criterios de" over
the project's logo and its "Más información" link) goes, and the text goes on under it; a
"Más información" heading over a headline still heads a box of links."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)

STORY = """\
El Diario
Economía
El Banco Central bajó la tasa de interés por tercera vez en el año
La decisión busca estimular el crédito a las empresas
30 de noviembre de 2026
El directorio del Banco Central resolvió bajar la tasa de referencia al 29 por ciento anual.
La medida rige desde el lunes.
Conforme a los criterios de
Más información
Los bancos privados anunciaron que trasladarán la baja a los préstamos personales.
Por María Gómez
"""

BOX = """\
El directorio del Banco Central resolvió bajar la tasa de referencia al 29 por ciento anual.
La medida rige desde el lunes.
Más información
Los bancos privados ajustan sus tasas a la baja
"""


def lines(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text, fetched_at=FETCHED)).lines


def test_badge_and_its_link_go_and_the_text_goes_on() -> None:
    cleaned = clean_page(RawPage(text=STORY, fetched_at=FETCHED))
    assert "Conforme a los criterios de" not in cleaned.lines
    assert "Más información" not in cleaned.lines
    closing = cleaned.lines.index(
        "Los bancos privados anunciaron que trasladarán la baja a los préstamos personales."
    )
    assert cleaned.lines[closing - 1] == "La medida rige desde el lunes."
    assert not any(kind == "related" for _, kind in cleaned.marks)


def test_must_keep_a_links_heading_over_a_headline() -> None:
    cleaned = clean_page(RawPage(text=BOX, fetched_at=FETCHED))
    assert any(kind == "related" for _, kind in cleaned.marks)
