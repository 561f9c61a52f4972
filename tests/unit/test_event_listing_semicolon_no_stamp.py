"""timestamps: an event listing in a text whose lines close with a semicolon ("Konzert,
05.12.2026, 19:30 Uhr;") names shows, not a broadcaster's programme ("SRF 4 News, …;"): its
dates are no stamp of the story, which keeps its own ("Stand: …")."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import find_time

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

PAGE = """\
Kultur
Posaunenchor feiert Jubiläum mit drei Konzerten
Der Chor spielt zum fünfzigsten Geburtstag Werke von Bach bis zu modernen Bearbeitungen.
Zum Jubiläum gibt der Posaunenchor im Dezember drei Konzerte in der Johanneskirche.
Die Termine:
Konzert, 04.12.2026, 19:00 Uhr;
Kinderkonzert, 11.12.2026, 15:30 Uhr;
Turmblasen, 24.12.2026, 16:00 Uhr.
Der Eintritt ist frei, am Ausgang wird um eine Spende für die Orgel gebeten.
Stand: 30.11.2026, 09:20 Uhr
"""


def test_an_event_name_before_a_date_and_semicolon_is_no_stamp() -> None:
    assert find_time("Kinderkonzert, 11.12.2026, 15:30 Uhr;") is None


def test_an_event_listing_keeps_the_storys_stamp_and_lines() -> None:
    (lead,) = process_page(RawPage(PAGE, fetched_at=FETCHED))
    assert lead.published_at == datetime(2026, 11, 30, 9, 20, tzinfo=UTC)
    assert "Kinderkonzert, 11.12.2026, 15:30 Uhr;" in lead.body
