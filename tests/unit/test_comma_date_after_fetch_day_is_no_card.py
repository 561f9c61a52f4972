"""split_page._after_day: "What and where, 06.12.2026" with a day later than the page's fetch
is an event in the text's list of dates, no story's one-line card ("Headline, 28.11.2026")."""

from datetime import UTC, date, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import _after_day

FETCHED = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


PAGE = """\
Kultur
Advent in der Altstadt: Das sind die Höhepunkte der Saison
Der Weihnachtsmarkt öffnet am Donnerstag. Neu sind eine Eisbahn und längere Öffnungszeiten.
Von Lea Brandes
27.11.2026, 07.00 Uhr
Mehr als 90 Buden und ein Programm an allen Adventswochenenden: Die Stadt will mehr als je zuvor.
Die wichtigsten Termine im Überblick:
Adventskonzert des Kammerchors in der Stadtkirche, 06.12.2026
Lebendiger Adventskalender mit den Grundschulen am Rathaus, 10.12.2026
Lange Einkaufsnacht mit Fackelumzug durch die Altstadt, 13.12.2026
Der Eintritt zu allen Veranstaltungen ist frei, Platzkarten gibt es im Bürgerbüro der Stadt.
"""


def test_future_dates_are_no_card_stamps() -> None:
    assert _after_day("06.12.2026", date(2026, 11, 27))
    assert not _after_day("26.11.2026", date(2026, 11, 27))
    assert not _after_day("06.12.2026", None)


def test_a_list_of_events_stays_in_the_text() -> None:
    drafts = split(PAGE)
    assert len(drafts) == 1
    assert "Lange Einkaufsnacht mit Fackelumzug durch die Altstadt, 13.12.2026" in drafts[0].body
