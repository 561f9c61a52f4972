"""clean: under a links heading ("Más información"), a headline with its author's name and
then "Place - date" under it is a card, not a bare link to remove with the heading: the
stamp after its place counts right under the author too, as it does one line lower."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)

PAGE = (
    "Economía\n"
    "El Banco de España rebaja su previsión de crecimiento para el año próximo\n"
    "El supervisor atribuye el recorte al enfriamiento de la demanda exterior y a la subida "
    "de los costes energéticos.\n"
    "Carmen Vidal\n"
    "Madrid - 14 oct 2026 - 07:30 CEST\n"
    "El Banco de España ha rebajado en tres décimas su previsión de crecimiento para el año "
    "próximo, hasta el 1,8%, según el informe trimestral publicado este martes.\n"
    "La institución señala que las exportaciones se han frenado en el último trimestre y que "
    "el consumo de los hogares apenas compensa esa caída, pese a la mejora del empleo.\n"
    "El gobernador pidió prudencia en el gasto público y recordó que la deuda sigue por "
    "encima del 100% del producto interior bruto.\n"
    "Más información\n"
    "La inflación de septiembre se modera hasta el 2,1% por los carburantes\n"
    "Pablo Ferrer\n"
    "Madrid - 13 oct 2026\n"
    "El paro registrado baja en 20.000 personas en el mes de septiembre\n"
    "Madrid - 2 oct 2026\n"
)


def test_a_headline_over_its_author_and_a_place_stamp_stays_a_card() -> None:
    drafts = split_articles(clean_page(RawPage(PAGE, fetched_at=FETCHED)))
    titles = [draft.title for draft in drafts if draft.role == "related"]
    assert titles == [
        "La inflación de septiembre se modera hasta el 2,1% por los carburantes",
        "El paro registrado baja en 20.000 personas en el mes de septiembre",
    ]
