"""clean: under a links heading, a headline over an author and "Place - date" is a card
(art71), but only when that stamp prints the date alone, as a box's card does: a bare link
over the article's own byline and its "Place - date - clock" header stays a bare link, and
the headline, standfirst and stamp stay the article's."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Sociedad
Las universidades públicas bajarán las tasas de matrícula un 10%
La rebaja se aplicará desde el próximo curso en los grados y en los másteres habilitantes
Más información
Las becas llegan a un récord de 900.000 alumnos
ANA TORRES
Valencia - 30 nov 2026 - 10:20 CET
Las universidades públicas bajarán un 10% las tasas de matrícula desde el próximo curso.
La rebaja afecta a los grados y a los másteres que habilitan para ejercer una profesión regulada.
Los rectores reclaman que la comunidad compense la pérdida de ingresos en los presupuestos.
"""


def test_a_bare_link_over_the_articles_byline_and_clocked_stamp_stays_a_link() -> None:
    drafts = split_articles(clean_page(RawPage(PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "Las universidades públicas bajarán las tasas de matrícula un 10%"
    ]
    assert drafts[0].body.startswith("La rebaja se aplicará desde el próximo curso")
