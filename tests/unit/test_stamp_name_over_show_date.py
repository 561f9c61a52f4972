"""timestamps: a performer's name over a dotted date and clock ("Max Raabe 12.12.2026, 20:00
Uhr": a concert listing) is no reporter's byline stamp; the name-and-stamp byline without
"By" prints its date with dashes or slashes ("Bram van den Berg 28-11-26, 10:05")."""

from datetime import UTC, datetime

from streams.model import RawPage
from streams.pipeline import process_page
from streams.timestamps import find_time

ARTICLE = (
    "Kultur\n"
    "Stadthalle Gütersloh feiert ihr 50-jähriges Bestehen\n"
    "Mit einem Festkonzert hat die Stadthalle am Samstag ihr Jubiläum gefeiert. Mehr als"
    " 1.200 Gäste kamen zu dem Abend mit dem städtischen Orchester.\n"
    "Im Dezember stehen noch zwei Gastspiele auf dem Programm:\n"
    "Helene Schneider 12.12.2026, 20:00 Uhr\n"
    "Thomas Quasthoff 18.12.2026, 19:30 Uhr\n"
    "Restkarten gibt es an der Abendkasse.\n"
    "Stand: 30.11.2026, 08:05 Uhr\n"
)


def test_a_name_over_a_dotted_show_date_is_no_byline_stamp() -> None:
    assert find_time("Helene Schneider 12.12.2026, 20:00 Uhr") is None
    assert find_time("Jan de Boer 14-03-26, 09:20") == "14-03-26, 09:20"


def test_a_concert_listing_stays_in_the_article() -> None:
    articles = process_page(RawPage(text=ARTICLE))
    assert len(articles) == 1
    assert "Restkarten gibt es an der Abendkasse." in articles[0].body
    assert articles[0].published_at == datetime(2026, 11, 30, 8, 5, tzinfo=UTC)
