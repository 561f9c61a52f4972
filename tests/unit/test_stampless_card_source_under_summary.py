"""A list of stampless cards, each a title over its summary and its source alone on the
line under it (an agency's name, or the wires' plural word): every card is read with
that source, a card whose summary is one short sentence too, and the page's own name
under the last card (its footer) is no card's source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

AGENCY_CARDS = """\
El Diario Central
Portada
Nacional
Deportes
El Senado aprueba la ley de vivienda con los votos de la mayoría
La norma limita los alquileres en las zonas más tensionadas del país.
Europa Press
La selección sub-21 gana en Lisboa y asegura el primer puesto
Los goles llegaron en la segunda mitad tras un partido muy igualado.
EFE
Suben los precios del aceite
El litro roza ya los diez euros.
Agencias
"""

FOOTER_NAME = """\
Kreuzberger Rundschau
Politik
Sport
Neue Radwege für die Innenstadt beschlossen
Der Stadtrat gibt fünf Millionen Euro für sichere Wege zur Schule frei.
dpa
Freibad bleibt im Sommer länger geöffnet
Die Saison dauert nun bis Ende September, teilt der Bezirk mit.
SID
Brücke über den Kanal wird gesperrt
Wegen Bauarbeiten fahren die Busse ab Montag eine Umleitung.
Kreuzberger Rundschau
Impressum
Datenschutz
"""


def _split(text: str, url: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, url=url, fetched_at=FETCHED)))


def test_agency_line_under_each_summary_is_the_card_source() -> None:
    drafts = _split(AGENCY_CARDS, "https://www.diariocentral.example/")
    assert [(d.role, d.title[:20], d.source) for d in drafts] == [
        ("related", "El Senado aprueba la", "Europa Press"),
        ("related", "La selección sub-21 ", "EFE"),
        ("related", "Suben los precios de", "Agencias"),
    ]
    assert drafts[2].body == "El litro roza ya los diez euros."


def test_site_name_under_last_card_is_no_source() -> None:
    drafts = _split(FOOTER_NAME, "https://www.kreuzberger-rundschau.example/")
    assert [d.source for d in drafts] == ["dpa", "SID", None]
