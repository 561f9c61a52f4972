"""clean: under a links heading ("Más información"), a headline with its dateline right under
it ("Sevilla - 3 dic 2026", no author between) is a card, not a bare link to remove with the
heading."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

PAGE = (
    "Andalucía\n"
    "La Junta amplía las ayudas al alquiler para menores de 35 años\n"
    "El decreto eleva el límite de renta y simplifica la solicitud por internet\n"
    "Ana Robles\n"
    "Sevilla - 4 dic 2026 - 08:10 CET\n"
    "El Consejo de Gobierno aprobó este martes la ampliación de las ayudas al alquiler para "
    "jóvenes, que podrán pedir hasta 250 euros al mes durante dos años.\n"
    "La consejera de Vivienda explicó que la convocatoria se abrirá en enero y que las "
    "solicitudes se resolverán en un plazo máximo de tres meses.\n"
    "Más información\n"
    "El precio de la vivienda sube un 6% en las capitales andaluzas\n"
    "Sevilla - 3 dic 2026\n"
)


def test_a_headline_over_its_dateline_stays_a_card() -> None:
    drafts = split_articles(clean_page(RawPage(PAGE, fetched_at=FETCHED)))
    titles = [draft.title for draft in drafts if draft.role == "related"]
    assert titles == ["El precio de la vivienda sube un 6% en las capitales andaluzas"]
