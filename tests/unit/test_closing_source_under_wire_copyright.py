"""A wire's source line ("Quelle: dpa") under the wire's copyright line, which clean removes
("© dpa-infocom, dpa:…"), still closes the text: the agency is the story's source."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Abendblatt
Politik
Wirtschaft
Hafen
Containerumschlag in Hamburg sinkt im dritten Quartal
27. November 2026, 10:15 Uhr
Der Hamburger Hafen hat im dritten Quartal weniger Container umgeschlagen als im Vorjahr.
Der Rückgang betrug nach Angaben der Hafenbehörde rund vier Prozent.
Als Grund nannte die Behörde die schwache Nachfrage aus Asien.
© dpa-infocom, dpa:261127-930-101010/3
{source}
Weitere Meldungen"""


def _lead_source(source: str) -> str | None:
    page = RawPage(text=_PAGE.format(source=source), fetched_at=datetime(2026, 11, 27, tzinfo=UTC))
    return process_page(page)[0].source


def test_the_source_under_the_wire_copyright_line_is_the_story_source() -> None:
    assert _lead_source("Quelle: dpa") == "dpa"
