"""A line of parts opened by an ad slot's word that clean drops alone ("Anzeige — pitch —
advertiser") among one-line cards is an ad, not the summary of the card over it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_page import _ad_label

FETCHED = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)

PAGE = """\
Nachrichten
Regionalzeitung
Neue Brücke über die Saale soll 2029 fertig sein
Sa., 28. November 2026 um 10:15 MEZ
Die Stadt hat den Auftrag für den Neubau der Saalebrücke vergeben, teilte das Bauamt mit.
Die alte Brücke war im Frühjahr wegen Rissen im Beton für Lastwagen gesperrt worden.
Der Neubau soll rund 40 Millionen Euro kosten und zu zwei Dritteln vom Land bezahlt werden.

Landesfunk — vor 7 Std. — Warum die Saalebrücke so lange gesperrt bleibt
Anzeige — Jetzt Girokonto eröffnen und 50 € Prämie sichern — Nordbank
Tagesblatt — gestern — Pendler müssen weiter mit Umwegen rechnen
"""


def test_the_ad_line_leaves_the_card_above() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    card = next(draft for draft in drafts if draft.title.startswith("Warum"))
    assert "Nordbank" not in card.body


def test_an_ad_word_alone_is_no_label_of_parts() -> None:
    assert _ad_label("Anzeige — Jetzt Girokonto eröffnen — Nordbank")
    assert not _ad_label("Anzeige")
