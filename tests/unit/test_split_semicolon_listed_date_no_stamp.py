"""split: an info box's dated entries closed by semicolons are listed dates, not the stamp."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 5, 8, 12, 0, tzinfo=UTC)

LISTED_DATES_OVER_TEXT = """\
Verkehr
Brücke am Hafen wird für Reparaturen gesperrt
Autofahrer müssen sich auf längere Umwege einstellen.
Montag, 11.5.2026, 06:00 Uhr;
Freigabe voraussichtlich Freitag, 15.5.2026, 18:00 Uhr;
Die Stadt erneuert in dieser Woche die Fahrbahn und die Geländer der alten Hafenbrücke.
Fußgänger und Radfahrer können die Brücke auf einer Seite weiter benutzen.
Stand: 08.05.2026 09:20 Uhr
"""


def test_dates_closed_by_semicolons_are_no_stamp() -> None:
    events = process_page(RawPage(text=LISTED_DATES_OVER_TEXT, fetched_at=FETCHED))
    lead = events[0]
    assert lead.published_at == datetime(2026, 5, 8, 9, 20, tzinfo=UTC)


LABELLED_STAMPS_CLOSED_BY_SEMICOLONS = """\
Politique
Le conseil municipal vote la gratuité des cantines scolaires
Par Louise Bernard
Publié le 07/05/2026 à 08h30;
Mis à jour le 07/05/2026 à 11h05;
Le conseil municipal a voté jeudi soir la gratuité des cantines pour les écoles primaires.
La mesure coûtera 2,4 millions d'euros par an à la ville.
"""


def test_stamps_their_label_opens_stay_stamps_before_a_semicolon() -> None:
    """Must-stay: "Publié le …;" over "Mis à jour le …;" is the story's stamp pair, no list."""
    events = process_page(RawPage(text=LABELLED_STAMPS_CLOSED_BY_SEMICOLONS, fetched_at=FETCHED))
    assert events[0].published_at == datetime(2026, 5, 7, 8, 30, tzinfo=UTC)
