"""The formal "Le puede interesar:" is the same one-story label as "Te puede interesar:":
inside the running text it goes with the one headline link under it, and the text resumes."""

from datetime import UTC, datetime

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Diario del Valle
Economía
Gobierno y gremios no logran acuerdo sobre el precio de la gasolina
30 de noviembre 2026, 08:10 a. m.
Hacienda y los gremios del transporte terminaron sin acuerdo su tercera reunión sobre la gasolina.
Le puede interesar:
¿Cuánto costará el pasaje de bus en Cali el próximo año? Esto responde el Metrocali
Los transportadores evaluarán un paro nacional si el alza de 200 pesos por galón se mantiene.
Las partes se reunirán de nuevo el martes en Bogotá.
"""


def test_the_formal_label_is_a_related_heading() -> None:
    assert classify("Le puede interesar:") is Kind.RELATED


def test_the_linked_headline_leaves_the_body() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert drafts
    assert "paro nacional" in drafts[0].body
    assert "Metrocali" not in drafts[0].body
