"""A front page of stampless cards that print their author in capitals and the author's
place between the headline and the summary ("JAVIER CASQUEIRO" / "Madrid"): every card is
a related teaser whose text is its summary, even when the page has only two of them; a
story with its byline over its paragraphs keeps its lead."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

FRONT = """\
LA GACETA
Suscríbete
Economía
El Banco de España rebaja la previsión de crecimiento para el próximo año
MARTA LÓPEZ ARIAS
Madrid
El supervisor atribuye el recorte a la caída de las exportaciones y al frenazo del turismo.
Cultura
El Museo de Bellas Artes reabre sus salas tras dos años de obras
PABLO GIMENO
Bilbao
La reforma ha costado 18 millones y añade tres salas dedicadas al arte contemporáneo.
Publicidad
"""

STORY = """\
LA GACETA
Economía
El Banco de España rebaja la previsión de crecimiento para el próximo año
MARTA LÓPEZ ARIAS
Madrid
El supervisor atribuye el recorte a la caída de las exportaciones y al frenazo del turismo.
La institución calcula ahora que la economía crecerá un 1,9% el año que viene.
El informe advierte también de que el paro bajará más despacio de lo previsto.
Los técnicos piden al Gobierno que aproveche la legislatura para reducir el déficit.
"""


def drafts(text: str) -> list[tuple[str, str, str]]:
    found = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(draft.role, draft.title, draft.body) for draft in found]


def test_two_cards_with_a_capitals_author_and_place_are_teasers() -> None:
    found = drafts(FRONT)
    assert [(role, title) for role, title, _ in found] == [
        ("related", "El Banco de España rebaja la previsión de crecimiento para el próximo año"),
        ("related", "El Museo de Bellas Artes reabre sus salas tras dos años de obras"),
    ]
    assert found[0][2].startswith("El supervisor atribuye el recorte")
    assert found[1][2].startswith("La reforma ha costado 18 millones")
    assert not any("GIMENO" in body or "Bilbao" in body for _, _, body in found)


def test_a_story_under_its_capitals_byline_keeps_its_lead() -> None:
    found = drafts(STORY)
    assert [(role, title) for role, title, _ in found] == [
        ("lead", "El Banco de España rebaja la previsión de crecimiento para el próximo año"),
    ]
