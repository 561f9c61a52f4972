"""clean: a links box ("Más información") with one bare link in the article's header, right
over the article's own "Place - date" dateline and its text, is navigation: the dateline is
the article's, not a card's (a card's dateline under a link stands under the text)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

PAGE = (
    "Cultura\n"
    "El Museo del Prado abrirá gratis los domingos por la tarde\n"
    "La pinacoteca amplía el horario de acceso libre a partir de enero\n"
    "Más información\n"
    "Récord de visitantes en los museos estatales\n"
    "Madrid - 2 dic 2026 - 10:20 CET\n"
    "El Museo del Prado abrirá sus puertas de forma gratuita los domingos de 14.00 a 19.00 "
    "a partir del próximo mes de enero.\n"
    "La dirección del museo explicó que la medida busca atraer a un público más joven y "
    "repartir mejor las visitas a lo largo de la semana.\n"
)


def test_a_link_over_the_articles_own_dateline_is_no_card() -> None:
    drafts = split_articles(clean_page(RawPage(PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "El Museo del Prado abrirá gratis los domingos por la tarde"
    ]
    assert "Récord de visitantes" not in drafts[0].body
