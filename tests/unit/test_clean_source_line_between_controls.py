"""A source's attribution ("Quelle: dpa") in an article's header between two dropped
controls (a reading time over it, a share button under it) is no toolbar label: it stays,
and gives the story its source."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 9, 12, 0, tzinfo=UTC)

PAGE = """\
Nordportal
Nachrichten
Panorama
Hochwasser an der Elbe
Pegel in Dresden steigt auf über sechs Meter
Aktualisiert am 09.05.2026 - 10:20 Uhr
Lesedauer: 2 Min.
Quelle: dpa
Artikel teilen
Der Elbpegel in Dresden ist in der Nacht auf 6,10 Meter gestiegen. Die Stadt hat die zweite Alarmstufe ausgerufen und erste Uferwege gesperrt.
Nach Angaben des Landeshochwasserzentrums wird der Scheitel für Sonntagabend erwartet. Anwohner in Laubegast sollen Keller räumen.
"""  # noqa: E501


def test_a_source_line_between_reading_time_and_share_button_stays() -> None:
    page = RawPage(text=PAGE, fetched_at=FETCHED)
    assert "Quelle: dpa" in clean_page(page).lines
    [lead] = split_articles(clean_page(page))
    assert lead.source == "dpa"
