"""split: an author's middle initial before an accented surname ("Manuel V. Gómez",
"Ana M. Álvarez") is a name like "John F. Kennedy": the card's title, summary, author and
"Place - date" line stay one card (else the card is lost)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _is_name

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_an_initial_before_an_accented_surname_is_a_name() -> None:
    assert _is_name("Manuel V. Gómez")
    assert _is_name("Ana M. Álvarez")


def test_a_sentence_ending_before_a_capital_is_still_none() -> None:
    # must-stay: a full stop after a word, not an initial
    assert not _is_name("Gana Ómnium. Éxito")


PAGE = (
    "El Ayuntamiento aprueba el plan de carriles bici para el centro de Valencia\n"
    "Ana Ribera\n"
    "Valencia - 30 nov 2026 - 10:05 CET\n"
    "El pleno del Ayuntamiento de Valencia aprobó este lunes el plan que añadirá "
    "cuarenta kilómetros de carriles bici en el centro de la ciudad antes de 2028.\n"
    "La oposición votó en contra y pidió un estudio del tráfico de las calles afectadas, "
    "que según los vecinos ya soportan atascos a diario.\n"
    "El plan costará 18 millones de euros, financiados en parte con fondos europeos.\n"
    "Más información\n"
    "Las ventas de bicicletas eléctricas se duplican en un año\n"
    "Sandra Ortiz\n"
    "Madrid - 28 nov 2026\n"
    "Patrocinado\n"
    "Cambia tu bici por una eléctrica desde 9 euros al mes\n"
    "Bicimarca\n"
    "El metro de Valencia amplía su horario los fines de semana\n"
    "La línea 3 abrirá hasta las dos de la madrugada los viernes y los sábados.\n"
    "Ana M. Álvarez\n"
    "Valencia - 29 nov 2026\n"
)


def test_a_card_bylined_with_an_accented_initial_name_is_kept() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    card = next(d for d in drafts if d.title.startswith("El metro de Valencia"))
    assert card.body.startswith("La línea 3 abrirá")
    assert card.time_text == "29 nov 2026"
