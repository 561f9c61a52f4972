"""split_live: the lead picture's caption between a blog's standfirst and its stamp
("… este jueves. Daniel Pérez (EFE)" / "Sevilla - 19 mar 2026 - 07:15 CET") is no text of the
blog: the stamp under it is still the blog's header."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 19, 18, 30, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def blog(between: str) -> str:
    return f"""\
Directo
Última hora del temporal en Andalucía: la Aemet activa el aviso rojo en Málaga
Las lluvias torrenciales obligan a cortar la A-7 y a desalojar viviendas junto al río
{between}
Sevilla / Málaga - 19 mar 2026 - 07:15 CET
18:05 CET
Cortada la A-7 a su paso por Estepona
La Dirección General de Tráfico ha cortado la autovía A-7 en ambos sentidos por el agua.
12:58 CET
La Junta ha elevado a nivel 2 el plan de emergencias por inundaciones en Málaga y Cádiz.
07:15 CET
Buenos días. Arrancamos este directo para seguir la evolución de la borrasca en Málaga.
"""


def test_a_caption_over_the_blogs_stamp_leaves_it_the_header() -> None:
    drafts = split(blog("El Guadalhorce a su paso por Cártama, este jueves. Daniel Pérez (EFE)"))
    assert drafts[0].time_text == "19 mar 2026 - 07:15 CET"


def test_text_over_a_stamp_leaves_it_no_header() -> None:
    """Must stay: a paragraph of the blog's text (no credit) under the standfirst: the stamp
    under it is the first entry's, no header's."""
    drafts = split(blog("Los bomberos han rescatado a dos conductores atrapados en Cártama."))
    assert drafts[0].time_text is None
