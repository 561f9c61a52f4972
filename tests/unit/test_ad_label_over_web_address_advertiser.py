"""A web address right under an ad's label in a card list ("Gesponsert" / "Tarifcheck.de"
/ the ad's headline) is the advertiser, no publisher's source: the ad card is dropped and
the cards around it keep their own titles and stamps."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

_PAGE = """Startseite
Nachrichten
Top-Meldungen
Rheinische Post
·
3 Std.
Landtag beschließt neues Schulgesetz
Die Opposition kündigte eine Klage an.
Die Zeit
·
1 Std.
Tarifeinigung im öffentlichen Dienst der Länder
Gesponsert
Tarifcheck.de
Handytarif wechseln und jedes Jahr 200 € sparen
WDR
·
6 Std.
Glatteis sorgt für Unfälle auf der A1
Mehr anzeigen"""


def test_a_web_address_under_an_ad_label_is_the_advertiser() -> None:
    page = RawPage(text=_PAGE, fetched_at=datetime(2026, 12, 2, 10, tzinfo=UTC))
    titles = [article.title for article in process_page(page)]
    assert "Handytarif wechseln und jedes Jahr 200 € sparen" not in titles
    assert "Glatteis sorgt für Unfälle auf der A1" in titles
    assert "Tarifeinigung im öffentlichen Dienst der Länder" in titles
