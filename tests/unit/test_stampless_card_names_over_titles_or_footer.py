"""Stampless cards under a related heading take the agency's name under their summary as
their source (portal72), but not when the block's first title stands under such a name
(the cards print their sources over their titles: the name under a summary is the next
card's), nor under the last card alone (no other card prints one: the footer's line)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

NAMES_OVER_TITLES = """\
The Valley Gazette
News
Sport
Bridge repairs close the valley road for a month
Drivers face a twenty-minute detour through the hills until the new year.
By Tom Reid
30 November 2026
The county council has closed the valley road while engineers repair the old stone bridge.
Traffic is being sent through the hill villages, adding twenty minutes to most journeys.
Shop owners in the village said they feared losing their Christmas trade.
Related
Reuters
Steel prices rise after the mills cut their output
Prices for building steel climbed for a third week as two large mills shut furnaces.
AFP
Dutch rail workers call off the weekend strike
The union accepted a new offer late on Friday after talks with the operator.
About us
Privacy policy
"""

NAME_UNDER_LAST_ONLY = """\
Gaceta del Valle
Portada
Local
La biblioteca municipal amplía su horario en invierno
Abrirá también los sábados por la tarde a partir de diciembre.
Redacción
30/11/2026 - 09:30
La biblioteca municipal abrirá los sábados por la tarde desde el próximo mes de diciembre.
El Ayuntamiento contratará a dos auxiliares para cubrir el nuevo horario de invierno.
Los usuarios llevaban dos años pidiendo más horas para la sala de estudio.
Te puede interesar
Nuevo carril bici entre la estación y el polideportivo
Las obras comenzarán en enero y durarán cuatro meses según el proyecto aprobado.
La feria del libro vuelve a la plaza mayor en primavera
Los organizadores esperan más de cuarenta casetas y firmas de autores locales.
Europa Press
Aviso legal
Contacto
"""


def _related(text: str) -> list[ArticleDraft]:
    page = RawPage(text=text, url="https://www.example.org/noticia", fetched_at=FETCHED)
    return [draft for draft in split_articles(clean_page(page)) if draft.role == "related"]


def test_names_over_the_titles_are_no_source_of_the_card_above() -> None:
    drafts = _related(NAMES_OVER_TITLES)
    assert [draft.title[:24] for draft in drafts] == [
        "Steel prices rise after ",
        "Dutch rail workers call ",
    ]
    assert "AFP" not in [draft.source for draft in drafts]


def test_a_name_under_the_last_card_alone_is_the_footers() -> None:
    drafts = _related(NAME_UNDER_LAST_ONLY)
    assert [draft.title[:24] for draft in drafts] == [
        "Nuevo carril bici entre ",
        "La feria del libro vuelv",
    ]
    assert [draft.source for draft in drafts] == [None, None]
