"""split_live._live_entries: a match ticker's entries open with the match minute alone on
its line ("67'", "90.+4'"), the ticker's clock: the blog ends after its last entry, and the
teaser cards under it are related articles."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 7, 17, 40, tzinfo=UTC)

ENTRIES = """\
90.+4'
Abpfiff
Schluss in Lübeck! Beide Mannschaften trennen sich nach einer intensiven Partie mit einem Remis.
67'
1:1 durch Weber! Der Mittelstürmer setzt sich im Strafraum durch und schiebt flach ins Eck.
45+1'
Halbzeit
Mit einer knappen Führung für die Gastgeber geht es in die Pause, der Gast hatte mehr vom Spiel.
1'
Anpfiff
Der Ball rollt! Die Gastgeber spielen in der ersten Halbzeit auf die Nordtribüne.
"""

CARDS = """\
Mehr zur Regionalliga
Nach dem 1:1 in Lübeck: Gäste hadern mit der Chancenverwertung
„Wir hätten das Spiel gewinnen müssen“, sagte der Trainer nach Abpfiff.
vor 10 Minuten
Kiel souverän: Drei Tore in zwölf Minuten gegen Rostock
vor 1 Stunde
"""


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


def ticker(kicker: str) -> str:
    return f"""\
Sportbote
Fußball
{kicker}VfB Lübeck – Holstein Kiel II 1:1
Aktualisiert: 07.03.2026, 17:24 Uhr
{ENTRIES}{CARDS}"""


def test_cards_under_a_minute_ticker_are_related_articles() -> None:
    drafts = split(ticker("Liveticker: "))
    assert [draft.title for draft in drafts] == [
        "Liveticker: VfB Lübeck – Holstein Kiel II 1:1",
        "Nach dem 1:1 in Lübeck: Gäste hadern mit der Chancenverwertung",
        "Kiel souverän: Drei Tore in zwölf Minuten gegen Rostock",
    ]
    blog = drafts[0].body
    assert "67' 1:1 durch Weber!" in " ".join(blog.split())  # (the entry keeps its minute)
    assert "Schluss in Lübeck!" in blog
    assert "Der Ball rollt!" in blog  # (a real blog keeps every entry, its last one too)
    assert "hadern mit der Chancenverwertung" not in blog


# must stay: no live label, the minute marks open no blog's entries: a match report whose
# timeline prints the minutes keeps its text as one article
REPORT = f"""\
Sportbote
Fußball
Remis in Lübeck: Weber rettet dem VfB einen Punkt gegen Kiel
07.03.2026, 17:24 Uhr
Der VfB Lübeck hat gegen Holstein Kiel II einen Punkt geholt, nach einem Rückstand zur Pause.
{ENTRIES}Der VfB bleibt damit auf dem siebten Platz, Kiel verpasst den Sprung an die Spitze.
"""


def test_a_match_report_with_minute_marks_stays_one_article() -> None:
    drafts = split(REPORT)
    assert len(drafts) == 1
    assert drafts[0].title == "Remis in Lübeck: Weber rettet dem VfB einen Punkt gegen Kiel"
    assert "Der Ball rollt!" in drafts[0].body
    assert "siebten Platz" in drafts[0].body


def test_a_minute_inside_a_line_opens_no_entry() -> None:
    """Only a minute alone on its line is an entry's clock: "Nach 67' Tor durch Weber" is a
    line of the blog's text, no entry: the blog still ends over the cards."""
    drafts = split(ticker("Liveticker: ").replace("67'\n", "Nach 67' Tor durch Weber\n"))
    assert len(drafts) == 3
    assert "Nach 67' Tor durch Weber" in drafts[0].body
