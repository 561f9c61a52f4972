"""split_lines: a place line ending in a slash over the stamp ("San Pedro Garza García /"
/ "27.11.2026 10:15:32") is a dateline waiting for its date, no headline: the header's
headline and standfirst above it stay the lead's (audit B's B-6)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_title

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_a_place_line_ending_in_a_slash_is_no_title() -> None:
    assert not _is_title("San Pedro Garza García /")
    assert _is_title("Monterrey presenta su plan de movilidad")


def test_the_dateline_over_the_stamp_leaves_the_headline_its_own() -> None:
    page = (
        "El Diario\nPolítica\nDeportes\nPolítica\n"
        "Gobierno de Nuevo León anuncia nueva línea del metro para 2028\n"
        "El gobernador presentó el trazo de la línea 6, que unirá el centro con el aeropuerto.\n"
        "San Pedro Garza García /\n27.11.2026 10:15:32\n"
        "El gobierno estatal presentó este jueves el proyecto de la nueva línea del metro, con "
        "una inversión de 20 mil millones de pesos.\n"
        "Las obras comenzarán en marzo, según la secretaría de movilidad.\n"
        "Vecinos de la zona pidieron más información sobre las expropiaciones.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert len(drafts) == 1
    assert drafts[0].title.startswith("Gobierno de Nuevo León anuncia")
    assert drafts[0].body.startswith("El gobernador presentó")
