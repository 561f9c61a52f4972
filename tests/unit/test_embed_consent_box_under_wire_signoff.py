"""An embed's consent box under the text ("Externe Inhalte" / "Möchtest du diesen
ergänzenden Inhalt (Tweet, Instagram etc.) sehen?") is the site's UI: it leaks into no
body, and the wire's sign-off over it ("(SDA)") makes no caption of the last paragraph."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Schweiz
Politik
Ständerat stimmt höheren Armeeausgaben zu
Das Armeebudget soll bis 2032 auf ein Prozent der Wirtschaftsleistung steigen.
Publiziert: 02.12.2026 um 10:05 Uhr
Der Ständerat hat am Dienstag einer schrittweisen Erhöhung der Armeeausgaben zugestimmt.
Die Finanzierung bleibt zwischen den Parteien umstritten.
Die Grünen forderten vergeblich Kürzungen beim Rüstungsprogramm.
(SDA)
Externe Inhalte
Möchtest du diesen ergänzenden Inhalt (Tweet, Instagram etc.) sehen?
Teilen"""


def test_an_embed_consent_box_under_a_wire_signoff_is_ui() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 11, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert "vergeblich Kürzungen beim Rüstungsprogramm" in lead.body
    assert "Externe Inhalte" not in lead.body
    assert "ergänzenden Inhalt" not in lead.body
    assert lead.captions == []
