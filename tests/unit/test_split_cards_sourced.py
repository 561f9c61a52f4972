"""A card without a stamp whose publisher stands under its title, in a list whose stamped
cards print their publisher there (chip / title / publisher / stamp): a teaser, not a line of
navigation, and its publisher is no chip of the card under it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_cards import _segment_block

FETCHED = datetime(2026, 2, 19, 11, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


SOURCED_UNDER = """\
Noticias destacadas
El Gobierno aprueba el decreto que amplía el permiso por cuidado de familiares
Europa Press
hace 25 min
Sanidad
Las urgencias de la Comunidad Valenciana registran el pico de gripe más alto de la década
Diario Levante
hace 2 horas
Tribunales
La Fiscalía investiga contratos de limpieza de tres ayuntamientos de Málaga
El Confidencial
Un temporal de levante deja olas de seis metros en la costa de Almería
Europa Press
hace 3 horas
"""


def test_publisher_under_a_stampless_title_makes_a_card() -> None:
    drafts = split(SOURCED_UNDER)
    assert [draft.title for draft in drafts] == [
        "El Gobierno aprueba el decreto que amplía el permiso por cuidado de familiares",
        "Las urgencias de la Comunidad Valenciana registran el pico de gripe más alto de la década",
        "La Fiscalía investiga contratos de limpieza de tres ayuntamientos de Málaga",
        "Un temporal de levante deja olas de seis metros en la costa de Almería",
    ]
    assert drafts[2].source == "El Confidencial" and drafts[2].time_text is None
    assert drafts[3].time_text == "hace 3 horas"


CHIP_OVER_BARE_TITLE = SOURCED_UNDER.replace("El Confidencial\n", "")


def test_chip_over_a_bare_title_stays_navigation() -> None:
    titles = [draft.title for draft in split(CHIP_OVER_BARE_TITLE)]
    assert (
        "La Fiscalía investiga contratos de limpieza de tres ayuntamientos de Málaga" not in titles
    )


def test_publisher_over_the_next_title_in_a_source_first_list_is_that_cards() -> None:
    # "Reuters" / title / stamp cards: a name under a title heads the card under it
    tokens = "ATPSTATS"  # FT / title / summary / stamp, a title alone, Reuters / title / stamp
    _, segments = _segment_block(tokens, stamp_first=False)
    assert [(segment.shape, segment.at) for segment in segments] == [(1, 0), (1, 5)]


def test_stampless_card_needs_the_next_cards_own_top() -> None:
    # title / publisher / stamp cards; the name under the stampless title, over a title that
    # prints no publisher of its own, is left to that card
    _, segments = _segment_block("TASTATS", stamp_first=False)
    assert all(segment.at != 3 or segment.counts[-1] == 0 for segment in segments)
    _, segments = _segment_block("TASNTATAS", stamp_first=False)
    assert [segment.at for segment in segments] == [0, 3, 6]
