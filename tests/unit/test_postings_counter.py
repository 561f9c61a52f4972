"""The count of the readers' postings under the byline ("128 Postings", the comments' name on
Austrian sites) is a link to the discussion, like "42 Comments": no line of the text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

_PAGE = """Zeitung
Inland
Steiermark
Murkraftwerk: Genehmigung für Ausbau in Graz erteilt
Das Land gibt grünes Licht für die zweite Ausbaustufe. Umweltschützer kündigen eine Beschwerde an
Lena Hofer
1. Dezember 2026, 07:30
128 Postings
Die Landesregierung hat am Montag die Genehmigung für den Ausbau des Murkraftwerks in Graz erteilt.
Foto: APA/ERWIN SCHERIAU
Das Projekt soll ab 2028 Strom für rund 20.000 Haushalte liefern. Es kostet 90 Millionen Euro.
Umweltorganisationen wollen gegen den Bescheid beim Verwaltungsgericht vorgehen.
Der Baubeginn ist für das Frühjahr geplant, sofern keine Beschwerde aufschiebend wirkt."""


def test_the_postings_counter_over_the_text_is_dropped() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 1, 9, tzinfo=UTC))
    lines = clean_page(page).lines
    assert "128 Postings" not in lines
    assert "Lena Hofer" in lines
