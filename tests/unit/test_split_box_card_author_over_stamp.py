"""split: a lone box card printing its author's name between its summary and its stamp
("Más información" / title / summary / "LUIS PRIETO" / "Sevilla - 27 nov 2026") ends at the
stamp: its summary is the card's, and the lead's paragraphs under it are the text going on
(audit C-11)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
ABOVE = (
    "El Ayuntamiento de Málaga ha cerrado los parques y jardines de la ciudad por las rachas "
    "de viento de hasta 90 kilómetros por hora previstas para este viernes.",
    "Protección Civil ha pedido a los vecinos que retiren las macetas de balcones y terrazas.",
)
UNDER = (
    "Los bomberos han atendido más de 40 incidencias por caídas de ramas y cornisas desde "
    "la medianoche en la capital y en los municipios de la costa.",
    "El aviso naranja seguirá activo hasta las 18.00 del sábado.",
)
SUMMARY = "Las rachas arrancaron varias palmeras del paseo marítimo."


def test_a_box_cards_author_over_its_stamp_keeps_the_text_under_it() -> None:
    page = "\n".join(
        ("Andalucía", "Málaga cierra los parques por el temporal de viento",
         "Se esperan rachas de hasta 90 kilómetros por hora durante la tarde", "ANA RUIZ",
         "Málaga - 28 nov 2026 - 08:40 CET", *ABOVE, "Más información",
         "El viento derriba árboles en Sevilla", SUMMARY, "LUIS PRIETO",
         "Sevilla - 27 nov 2026", *UNDER)
    )  # fmt: skip
    lead, card = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert all(paragraph in lead.body for paragraph in (*ABOVE, *UNDER))
    assert SUMMARY in card.body and SUMMARY not in lead.body
    assert not any(paragraph in card.body for paragraph in UNDER)
