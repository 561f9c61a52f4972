"""An agency's © credit under the text's last caption ends the text when the short
sentence under it is a note about the article itself ("… für diesen Beitrag geschlossen."),
not a sentence of the text: the note and the site's links stay out of the body."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Lokales
Stadtwerke erhöhen die Fernwärmepreise zum Januar
Von Karin Vogt
01.12.2026, 11:05 Uhr
Die Stadtwerke heben den Preis für Fernwärme zum Jahreswechsel um acht Prozent an.
Ein Haushalt mit 80 Quadratmetern zahlt damit rund 90 Euro mehr im Jahr.
Der Mieterbund kritisierte die Erhöhung als zu hoch.
Das Heizkraftwerk der Stadtwerke am Hafen.
© dpa
Die Kommentarfunktion ist für diesen Beitrag geschlossen.
Impressum
Datenschutz"""


def test_a_closing_note_under_an_agency_credit_stays_out_of_the_text() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 1, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "Der Mieterbund kritisierte" in lead.body
    assert "Kommentarfunktion" not in lead.body
    assert "Impressum" not in lead.body
