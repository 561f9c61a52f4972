"""Under a links heading ("Más información"), a headline over its standfirst, its author
and a stamp printed after the place ("Valencia - 22 nov 2026") is a card, no bare link: the
headline stays (it is the card's title, not the standfirst under it)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)

PAGE = """\
Sociedad
El puerto de Valencia amplía su terminal de cruceros para recibir dos barcos a la vez
La obra, que costará 45 millones, estará terminada antes del verano de 2028
LAURA MARTÍNEZ
Valencia - 27 nov 2026 - 19:40 CET
La Autoridad Portuaria de Valencia aprobó este jueves la ampliación de la terminal de cruceros, que podrá atender a dos barcos a la vez a partir del verano de 2028.
El proyecto incluye un nuevo edificio de pasajeros y un aparcamiento para autobuses, y será financiado en parte con fondos europeos, según explicó el presidente del puerto.
Los vecinos del barrio de Natzaret han pedido que la obra incluya medidas contra el ruido y la contaminación de los barcos atracados.
Más información
El Ayuntamiento limitará los autobuses turísticos en el centro histórico
La medida, que entrará en vigor en marzo, prohíbe aparcar en las calles de Ciutat Vella a los autocares de más de 12 metros
PABLO GÓMEZ
Valencia - 22 nov 2026
Archivado En
Puertos
"""  # noqa: E501


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_cards_headline_over_author_and_place_stamp_stays() -> None:
    drafts = split(PAGE)
    assert [draft.title for draft in drafts[1:]] == [
        "El Ayuntamiento limitará los autobuses turísticos en el centro histórico"
    ]
    assert "prohíbe aparcar" in drafts[1].body
