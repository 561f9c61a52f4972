"""Under a list of title / summary / author / "Place - date" cards, a kicker, a title and
its summary right under the last stamp are one more card without a stamp, not lost."""

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
El Ayuntamiento aprueba el presupuesto de 2027 con el apoyo de la oposición
Las cuentas destinan un tercio de la inversión a vivienda pública y al transporte.
Marta Iglesias
Bilbao - 29 nov 2026 - 18:20 CET
La huelga del metal se extiende a las comarcas del interior
Los sindicatos convocan cuatro jornadas de paro tras romperse la negociación.
Javier Olano
Vitoria - 28 nov 2026 - 11:05 CET
Temporal en la costa
Los pescadores de Bermeo piden ayudas tras tres semanas sin poder salir a faenar
La cofradía calcula pérdidas de 600.000 euros y reclama una línea de crédito urgente.
Laura Etxeberria
Bermeo
Lo más leído
Aviso legal
"""


def test_the_stampless_card_under_the_last_stamp_is_kept() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert [draft.title for draft in drafts] == [
        "El Ayuntamiento aprueba el presupuesto de 2027 con el apoyo de la oposición",
        "La huelga del metal se extiende a las comarcas del interior",
        "Los pescadores de Bermeo piden ayudas tras tres semanas sin poder salir a faenar",
    ]
    assert drafts[2].time_text is None
    assert "600.000 euros" in drafts[2].body
