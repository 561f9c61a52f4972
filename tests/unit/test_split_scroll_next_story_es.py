"""An infinite scroll's label over the next story printed in full, in Spanish ("SIGUIENTE
NOTA" after the lead's tags: section, headline, byline, stamp, paragraphs), opens a related
story like "Up next"; the loader under it ("Cargando siguiente nota...") is UI. A sentence
naming "la siguiente nota" and a bare "Siguiente" stay."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = (
    "Sociedad\n"
    "Rosario: habilitan el nuevo paso bajo nivel de avenida Circunvalación\n"
    "La obra demandó 14 meses y una inversión de 9.800 millones de pesos.\n"
    "28 de noviembre de 2026 | 08:15\n"
    "El paso bajo nivel quedó habilitado este viernes a las 6 de la mañana, tras 14 meses de"
    " obras que obligaron a desviar el tránsito en uno de los cruces más transitados.\n"
    "Según estimaciones de la Secretaría de Movilidad, por el cruce pasan cada día unos"
    " 62.000 vehículos.\n"
    "Temas\n"
    "Rosario\n"
    "Obras públicas\n"
    "SIGUIENTE NOTA\n"
    "Sociedad\n"
    "Santa Fe: suspenden las clases en 40 escuelas rurales por las lluvias\n"
    "28 de noviembre de 2026 | 07:02\n"
    "El Ministerio de Educación de Santa Fe suspendió las clases de este viernes en 40"
    " escuelas rurales, donde las lluvias de las últimas 48 horas dejaron caminos cortados.\n"
    "Defensa Civil mantiene el alerta naranja para el norte de la provincia hasta el sábado.\n"
    "Cargando siguiente nota...\n"
)


def test_the_next_story_under_its_spanish_scroll_label_is_a_related_story() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [d.title for d in drafts] == [
        "Rosario: habilitan el nuevo paso bajo nivel de avenida Circunvalación",
        "Santa Fe: suspenden las clases en 40 escuelas rurales por las lluvias",
    ]
    assert "Defensa Civil mantiene el alerta naranja" in drafts[1].body
    assert "Cargando" not in drafts[1].body
    assert "Santa Fe" not in drafts[0].body


def test_the_label_and_its_loader() -> None:
    assert classify("SIGUIENTE NOTA") is Kind.RELATED
    assert classify("Cargando siguiente nota...") is Kind.DROP


def test_must_stay_sentences_and_a_pagers_bare_word() -> None:
    assert classify("La siguiente nota del ministerio aclara los plazos.") is None
    assert classify("Siguiente") is None
    assert classify("La semaine suivante") is None
    assert classify("Próxima semana") is None
