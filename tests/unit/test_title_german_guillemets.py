"""A German quote headline printed in guillemets that open with » and close with «
("»Wir bauen keine Brücke ins Nichts«") is a headline, like one in „…“ or «…»; a bullet
"» Mehr zum Thema" (the mark then a space) opens no quote."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.split_lines import _headline_shaped, _is_title

_PAGE = """Wirtschaft
»Wir bauen keine Brücke ins Nichts«
Der Verkehrsminister verteidigt den Stopp des Neubaus bei Koblenz. Die Kosten seien zu hoch.
1. Dezember 2026, 9:05 Uhr
Der Bund hatte für die Brücke ursprünglich 240 Millionen Euro eingeplant.
Nun rechnet das Ministerium mit fast dem Doppelten und will das Geld in Sanierungen stecken.
Die Landesregierung in Mainz reagierte empört und kündigte Gespräche an."""


def test_a_guillemet_quote_headline_is_title_like() -> None:
    assert _is_title("»Wir bauen keine Brücke ins Nichts«")
    assert _headline_shaped("»Wir bauen keine Brücke ins Nichts«")


def test_a_bullet_guillemet_opens_no_quote() -> None:
    assert not _is_title("» weitere Meldungen aus der Region")


def test_a_page_under_a_guillemet_headline_gives_its_lead() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 1, 12, tzinfo=UTC))
    lead = next(article for article in process_page(page) if article.role == "lead")
    assert lead.title == "»Wir bauen keine Brücke ins Nichts«"
    assert "ursprünglich 240 Millionen Euro" in lead.body
