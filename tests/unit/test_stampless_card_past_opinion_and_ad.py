"""On a front page whose cards print kicker / title / deck / author in capitals / place and
stamp, the last card of the list may print no stamp; between it and the stamped cards
above stand an opinion column's card (chip / title / author, no summary) and an ad's box
(its label dropped by clean). The stampless card under them is still a card, its summary
(no full stop, over its author's name) its text; the opinion card and the ad are none."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

FRONT = """\
EL NORTE DIARIO
Suscríbete
Política
Economía
Deportes
Lunes, 30 de noviembre de 2026
Transporte público
El Ayuntamiento rebaja a la mitad el abono de autobús para los menores de 26 años
La medida entrará en vigor en enero y costará once millones al presupuesto municipal del próximo año
MARTA IGLESIAS SOLER
Bilbao - 30 nov 2026 - 07:10 CET
Temporal en la costa
El oleaje obliga a cerrar el puerto de Bermeo durante todo el fin de semana
Capitanía Marítima mantiene la alerta naranja hasta el domingo por olas de más de seis metros
JON URIARTE
Bermeo - 30 nov 2026 - 08:30 CET
Opinión
La ciudad que no quiere envejecer
ELENA MARTÍNEZ
Patrocinado
Escapadas de invierno con hasta un 25% de descuento
Viajes Horizonte
Internacional
Francia y España acuerdan reabrir la línea ferroviaria de mercancías por Canfranc
Los dos gobiernos firman en Pau un calendario de obras con trenes de prueba en 2029
ANDER GOIKOETXEA
Lo más visto
1
El derbi se jugará finalmente el sábado
2
Cómo pedir la ayuda al alquiler
"""


LAST_TITLE = "Francia y España acuerdan reabrir la línea ferroviaria de mercancías por Canfranc"


def _front_titles(text: str) -> list[str]:
    page = RawPage(text=text, url="https://www.elnortediario.example/", fetched_at=FETCHED)
    return [draft.title for draft in split_articles(clean_page(page))]


def test_stampless_card_past_opinion_card_and_ad_is_read() -> None:
    drafts = split_articles(
        clean_page(
            RawPage(text=FRONT, url="https://www.elnortediario.example/", fetched_at=FETCHED)
        )
    )
    titles = [draft.title for draft in drafts]
    assert titles[-1] == LAST_TITLE
    assert drafts[-1].body.startswith("Los dos gobiernos firman en Pau")
    assert "La ciudad que no quiere envejecer" not in titles
    assert len(drafts) == 3


def test_stampless_card_under_a_decked_card_its_stamp_closes() -> None:
    """The card over the opinion column read with its deck (a headline with figures and a
    road's code): its stamp closes it all the same."""
    decked = FRONT.replace(
        "El oleaje obliga a cerrar el puerto de Bermeo durante todo el fin de semana",
        "El temporal deja 90 litros por metro cuadrado en Gipuzkoa y obliga a cerrar la N-634",
    )
    titles = _front_titles(decked)
    assert titles[-1] == LAST_TITLE
    assert "La ciudad que no quiere envejecer" not in titles
