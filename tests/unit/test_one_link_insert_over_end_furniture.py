"""A one-story link heading set into the text ("Lee también", "À lire aussi") over one
headline, then one paragraph and the page's end furniture (a staff line, the tags'
heading): the link goes, and the paragraph stays the lead's last, no teaser's summary."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_ES_PAGE = """Diario Andino
Economía
El Banco de la República mantiene su tasa de interés en el 8,75 %
La junta directiva votó por unanimidad y aplazó nuevos recortes hasta febrero
2 de diciembre 2026, 06:30 p. m.
La junta del Banco de la República decidió este martes mantener la tasa de referencia.
El gerente explicó que la inflación de alimentos sigue por encima de lo previsto.
Lee también
Gremios piden al Emisor acelerar los recortes en 2027
Los analistas esperan que el primer recorte llegue en el segundo trimestre del próximo año.
Redacción Economía"""

_FR_PAGE = """Le Quotidien du Sud
Société
Canicule tardive : douze départements en vigilance orange ce mardi
Publié le 02/12/26 à 08h15
Douze départements sont placés en vigilance orange canicule ce mardi, a annoncé Météo-France.
Les préfectures ont limité la circulation des poids lourds sur plusieurs axes.
À lire aussi
Chaleur : les bons gestes pour protéger les personnes âgées
Les températures devraient baisser à partir de jeudi, avec le retour d’un vent de nord.
Sujets liés
Météo"""


def _only_lead(text: str) -> str:
    page = RawPage(text=text, fetched_at=datetime(2026, 12, 2, 20, tzinfo=UTC))
    [lead] = process_page(page)
    return lead.body


def test_read_also_link_over_the_last_paragraph_is_an_insert() -> None:
    body = _only_lead(_ES_PAGE)
    assert "Los analistas esperan que el primer recorte" in body
    assert "Gremios piden" not in body


def test_read_also_link_over_the_last_paragraph_and_tags_is_an_insert_fr() -> None:
    body = _only_lead(_FR_PAGE)
    assert "Les températures devraient baisser" in body
