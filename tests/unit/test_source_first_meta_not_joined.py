"""A line that opens on a lower-case source and prints its stamp next ("tagesschau - vor 3
Std. - Title", "dpa — vor 5 Std. — Lesedauer 2 Min.") is a card's or a header's meta line:
clean joins it to no heading or headline over it, with hyphens as with dashes, and a
reading time closing on its abbreviation's dot ends no sentence."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _lines(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text, fetched_at=FETCHED)).lines


def test_a_hyphenated_source_first_card_stays_under_its_heading() -> None:
    lines = _lines(
        "Nachrichten\nTop-Meldungen\nlandesfunk - vor 3 Std. - Neue Brücke über die Saale\n"
        "Kreisblatt - vor 4 Std. - Pendler rechnen mit Umwegen\n"
    )
    assert "landesfunk - vor 3 Std. - Neue Brücke über die Saale" in lines


def test_a_meta_line_closing_on_a_reading_time_stays_under_the_headline() -> None:
    lines = _lines(
        "Nachrichten\nNeue Brücke über die Saale soll 2029 fertig sein\n"
        "dpa — vor 5 Std. — Lesedauer 2 Min.\n"
        "Die Stadt hat den Auftrag für den Neubau der Saalebrücke vergeben, sagte das Bauamt.\n"
        "Die alte Brücke war im Frühjahr wegen Rissen im Beton für Lastwagen gesperrt worden.\n"
    )
    assert "Neue Brücke über die Saale soll 2029 fertig sein" in lines
