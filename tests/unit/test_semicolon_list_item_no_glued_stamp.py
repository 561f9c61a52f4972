"""An item of a list in the text, a name and its date and clock after commas, closed by a
semicolon ("Weihnachtsmarkt der Vereine, 13.12.2026, 16:00 Uhr;"), is no byline with its
stamp glued on: it stays in the body."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_semicolon_closed_listing_lines_stay_in_the_body() -> None:
    events = process_page(
        RawPage(
            text=(
                "Lokales\n"
                "Winter im Stadtpark: Die Termine im Dezember\n"
                "Eislaufen, Lesungen und Musik: Das Kulturamt hat den Kalender vorgestellt.\n"
                "Von Jana Keller\n"
                "30.11.2026, 10:40 Uhr\n"
                "Das Kulturamt hat am Montag den Kalender für den Dezember vorgestellt.\n"
                "Die Termine auf einen Blick:\n"
                "Eröffnung der Eisbahn, 05.12.2026, 15:00 Uhr;\n"
                "Weihnachtsmarkt der Vereine, 13.12.2026, 16:00 Uhr;\n"
                "Lesung im Gewächshaus, 19.12.2026, 19:00 Uhr.\n"
                "Alle Veranstaltungen sind kostenlos, eine Anmeldung ist nicht nötig.\n"
            ),
            fetched_at=FETCHED,
        )
    )
    assert len(events) == 1
    assert "Weihnachtsmarkt der Vereine, 13.12.2026, 16:00 Uhr;" in events[0].body
    assert "Eröffnung der Eisbahn, 05.12.2026, 15:00 Uhr;" in events[0].body
