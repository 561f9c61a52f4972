"""A section front of title / summary / author / "Place - date - clock" cards, with no main
story: the author's name under a summary is that card's author, and the place-and-date line
under it closes the same card. Each card keeps its own stamp, none is read as the lead, and
no author becomes a source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)

PAGE = """\
DIARIO DEL NORTE
Política
Economía
Cultura
Deportes
El Ayuntamiento aprueba el presupuesto de 2027 con el apoyo de la oposición
Las cuentas destinan un tercio de la inversión a vivienda pública y al transporte.
Marta Iglesias
Bilbao - 29 nov 2026 - 18:20 CET
La huelga del metal se extiende a las comarcas del interior
Los sindicatos convocan cuatro jornadas de paro tras romperse la negociación.
Javier Olano
Vitoria - 28 nov 2026 - 11:05 CET
El museo de la ría reabre sus salas tras dos años de obras
La ampliación suma 1.200 metros cuadrados y una sala dedicada a la construcción naval del siglo XIX.
Laura Etxeberria
Bilbao - 27 nov 2026 - 09:40 CET
Lo más leído
Aviso legal
"""


def test_each_card_keeps_its_own_stamp_and_no_author_is_a_source() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [(draft.role, draft.title, draft.source) for draft in drafts] == [
        (
            "related",
            "El Ayuntamiento aprueba el presupuesto de 2027 con el apoyo de la oposición",
            None,
        ),
        ("related", "La huelga del metal se extiende a las comarcas del interior", None),
        ("related", "El museo de la ría reabre sus salas tras dos años de obras", None),
    ]
    assert [draft.time_text for draft in drafts] == [
        "29 nov 2026 18:20 CET",
        "28 nov 2026 11:05 CET",
        "27 nov 2026 09:40 CET",
    ]
