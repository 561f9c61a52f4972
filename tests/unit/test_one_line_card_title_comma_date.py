"""split_lines._title_comma_date: a link that prints its story's numeric date after a comma
("Tarifstreit: Bahn legt neues Angebot vor, 28.11.2026") is a one-line card with that date;
a place's dateline before a date ("Berlin, 28.11.2026") is none."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_lines import _titled_meta

FETCHED = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_a_headline_and_its_date_after_a_comma_is_a_card() -> None:
    card = _titled_meta("Tarifstreit: Bahn legt neues Angebot vor, 28.11.2026")
    assert card is not None
    assert card[:2] == ("Tarifstreit: Bahn legt neues Angebot vor", None)


def test_a_dateline_or_a_short_label_before_a_date_is_no_card() -> None:
    assert _titled_meta("Berlin, 28.11.2026") is None
    assert _titled_meta("Stand: Montag, 28.11.2026") is None


TICKER = """\
Nachrichten
Liveblog
++ Warnstreik legt Nahverkehr in Hessen weitgehend lahm ++
Stand: 30.11.2026 16:05 Uhr
Der Warnstreik im Nahverkehr hat am Montag Busse und Bahnen in ganz Hessen stillstehen lassen.
30.11.2026 • 15:48 Uhr
Ersatzverkehr bis Betriebsschluss
Die Verkehrsbetriebe halten nach eigenen Angaben einen Notfahrplan bis zum Abend aufrecht.
30.11.2026 • 14:22 Uhr
Gewerkschaft droht mit längerem Streik
Die Gewerkschaft hat mit einem unbefristeten Arbeitskampf gedroht, falls kein Angebot kommt.
30.11.2026 • 11:30 Uhr
Nur jede fünfte Bahn fährt
Nach Angaben der Verkehrsbetriebe fährt am Vormittag nur rund jede fünfte Straßenbahn.
Mehr zu diesem Thema:
Tarifstreit: Verkehrsbetriebe legen neues Angebot vor, 28.11.2026
Wer fährt trotz Streik? Ein Überblick für Pendler, 29.11.2026
Impressum
"""


def test_dated_links_under_a_ticker_are_its_related_cards() -> None:
    drafts = split(TICKER)
    assert drafts[0].title == "++ Warnstreik legt Nahverkehr in Hessen weitgehend lahm ++"
    assert [draft.title for draft in drafts[1:]] == [
        "Tarifstreit: Verkehrsbetriebe legen neues Angebot vor",
        "Wer fährt trotz Streik? Ein Überblick für Pendler",
    ]
    assert drafts[1].time_text == "28.11.2026"
