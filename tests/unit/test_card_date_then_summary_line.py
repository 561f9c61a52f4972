"""split_page._date_over_summary / split_teasers._summary_beside_date: a card that prints its
numeric date, a dash and its summary on one line under its title ("29.11.2026 – Analyse der
Wahlnacht …") is a teaser with that date, the summary its body."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_page import dated_summary

FETCHED = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def test_the_summary_after_a_date_and_dash() -> None:
    line = "29.11.2026 – Analyse der Wahlnacht aus Sicht der Parteizentralen"
    assert dated_summary(line) == "Analyse der Wahlnacht aus Sicht der Parteizentralen"
    assert dated_summary("29.11.2026 – 21.47 Uhr") is None
    assert dated_summary("29.11.2026 – Wahlabend") is None


TICKER = """\
Nachrichten
LIVE
Linz-Wahl: Bürgermeisterpartei verliert Platz eins knapp
Die Bürgermeisterpartei hat bei der Gemeinderatswahl laut vorläufigem Endergebnis verloren.
Zuletzt aktualisiert: 29.11.2026, 21.47 Uhr
21.47 Uhr
Bürgermeister: „Wir nehmen das Ergebnis an“
Der Bürgermeister hat im Rathaus das Ergebnis kommentiert und den Siegern gratuliert.
21.15 Uhr
Wahlbeteiligung gestiegen
Die Wahlbeteiligung lag laut Stadt bei 58,4 Prozent und damit deutlich über jener von 2021.
20.30 Uhr
Vorläufiges Endergebnis liegt vor
Die Volkspartei kommt auf 26,9 Prozent, die Bürgermeisterpartei auf 26,7 Prozent.
Mehr zum Thema
Volkspartei hofft nach Linz auf Rückenwind im Bund
29.11.2026 – Analyse der Wahlnacht aus Sicht der Parteizentralen
Was der Verlust für die Bürgermeisterpartei bedeutet
29.11.2026 – Die Partei hatte die Stadt 2021 überraschend erobert
"""


def test_cards_with_date_and_summary_on_one_line_under_a_ticker() -> None:
    drafts = split(TICKER)
    assert "Die Volkspartei kommt auf 26,9 Prozent" in drafts[0].body
    cards = [(draft.title, draft.time_text, draft.body) for draft in drafts[1:]]
    assert cards == [
        (
            "Volkspartei hofft nach Linz auf Rückenwind im Bund",
            "29.11.2026",
            "Analyse der Wahlnacht aus Sicht der Parteizentralen",
        ),
        (
            "Was der Verlust für die Bürgermeisterpartei bedeutet",
            "29.11.2026",
            "Die Partei hatte die Stadt 2021 überraschend erobert",
        ),
    ]


# must stay: an article's own timeline of dated lines keeps them in its text
TIMELINE = """\
Stadtnachrichten
Straßenbahn: Die lange Geschichte der Linie 4
Von Eva Huber
29.11.2026
Die Stadt hat am Samstag den Bau der Linie 4 endgültig beschlossen. Ein Überblick über die \
wichtigsten Stationen eines Projekts, das seit zwanzig Jahren diskutiert wird.
12.03.2008 – Der Gemeinderat beschließt eine erste Machbarkeitsstudie für die neue Linie
04.06.2015 – Die Finanzierung scheitert am Widerstand des Landes und wird verschoben
29.11.2026 – Der Gemeinderat gibt den Bau mit großer Mehrheit endgültig frei
Die ersten Züge sollen nach Angaben der Stadt im Herbst 2031 fahren. Die Kosten werden auf \
rund 600 Millionen Euro geschätzt.
"""


def test_an_articles_dated_timeline_stays_its_text() -> None:
    drafts = split(TIMELINE)
    assert len(drafts) == 1
    assert "Machbarkeitsstudie" in drafts[0].body
    assert "gibt den Bau mit großer Mehrheit endgültig frei" in drafts[0].body
    assert "im Herbst 2031 fahren" in drafts[0].body


def test_a_timeline_under_its_heading_stays_its_text() -> None:
    page = TIMELINE.replace("12.03.2008 –", "Chronologie\n12.03.2008 –")
    drafts = split(page)
    assert len(drafts) == 1
    assert "Machbarkeitsstudie" in drafts[0].body
