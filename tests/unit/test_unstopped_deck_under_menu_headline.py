"""A header under a menu (a link of several words, "Clima y medio ambiente"): headline / a
standfirst printed without its full stop, both of a standfirst's length, then the stamps
and the text. The standfirst is no headline with a full stop: the upper line is the
headline, the standfirst the start of the body (README: a standfirst / deck is the start
of the body, not part of the title)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

HEADLINE = "Los agricultores cortan carreteras en seis comunidades contra el acuerdo con Mercosur"
DECK = (
    "Las organizaciones agrarias mantienen las movilizaciones hasta el jueves y anuncian una "
    "tractorada en Madrid para el 12 de diciembre"
)
PAGE = (
    "España\nInternacional\nEconomía\nOpinión\nSociedad\n"
    "Clima y medio ambiente\nCultura\nDeportes\n"
    "Economía\nAgricultura\n"
    f"{HEADLINE}\n{DECK}\n"
    "Se adhiere a los criterios de\nThe Trust Project\nMás información\n"
    "Elena Sánchez Ortega\n"
    "Madrid - 30 nov 2026 - 06:15 CET\n"
    "Actualizado: 30 nov 2026 - 09:40 CET\n"
    "Cientos de tractores han cortado desde primera hora de este lunes carreteras nacionales "
    "y autovías en cinco comunidades, según la Dirección General de Tráfico.\n"
    "Los convocantes reclaman al Gobierno que vote en contra del acuerdo en el Consejo de la "
    "UE y que active las cláusulas de salvaguarda para los sectores más expuestos.\n"
)


def test_unstopped_standfirst_under_a_menu_headline_is_no_title() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [d.title for d in drafts] == [HEADLINE]
    assert drafts[0].body.startswith(DECK)
