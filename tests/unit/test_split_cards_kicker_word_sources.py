"""A front page whose only names over its card titles are single words ("Tarifstreit" /
title / stamp, a Dachzeile or an occhiello) prints kickers there, no publishers: those
cards have no source. A page printing an outlet's name in the same slot ("Süddeutsche
Zeitung", "tagesschau.de") keeps its one-word names as publishers, and so does a feed of
bare name / title / stamp cards with no text under any title (an aggregator's: "Axios",
"Forbes"; a kicker there cannot be told from a publisher by its shape)."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def sources(text: str) -> list[tuple[str, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(draft.title, draft.source) for draft in drafts]


KICKER_FRONT = """\
Nachrichten
Politik
Sport
Top-Themen
Tarifstreit
Piloten legen am Montag die Arbeit nieder
vor 2 Std.
Unwetter
Hagel und Sturm richten schwere Schäden in Franken an
vor 3 Std.
Anzeige
Jetzt Girokonto eröffnen und 100 Euro Prämie sichern
Weihnachtsmärkte
Glühwein kostet in diesem Jahr so viel wie nie
vor 5 Std.
Impressum
Datenschutz
"""

OCCHIELLO_FRONT = """\
Cronaca
Politica
Esteri
Maltempo
Allerta rossa in Liguria, chiuse le scuole a Genova
2 ore fa
La Regione ha chiuso scuole e parchi fino a domenica per il rischio di frane.
Pensioni
Il governo rinvia la riforma al prossimo anno
3 ore fa
Pubblicità
Calcio
La Juventus pareggia a Bergamo e resta terza
5 ore fa
Privacy
"""

PUBLISHER_SLOT = """\
Schlagzeilen
tagesschau.de
Bundestag beschließt neue Grundsicherung für Arbeitslose
vor 3 Std.
Handelsblatt
Jobcenter rechnen mit Mehrarbeit durch neue Meldepflichten
vor 4 Std.
Süddeutsche Zeitung
Sozialverbände warnen vor Armut durch die Reform
vor 5 Std.
Spiegel
Was die Reform wirklich spart und was nicht
vor 6 Std.
Impressum
"""


def test_one_word_kickers_over_a_fronts_titles_are_no_sources() -> None:
    assert sources(KICKER_FRONT) == [
        ("Piloten legen am Montag die Arbeit nieder", None),
        ("Hagel und Sturm richten schwere Schäden in Franken an", None),
        ("Glühwein kostet in diesem Jahr so viel wie nie", None),
    ]


def test_occhielli_over_an_italian_fronts_titles_are_no_sources() -> None:
    assert [source for _, source in sources(OCCHIELLO_FRONT)] == [None, None, None]


def test_one_word_publishers_beside_outlets_names_stay_sources() -> None:
    """Must-stay: the slot holds publishers when other cards print an outlet's name there."""
    assert [source for _, source in sources(PUBLISHER_SLOT)] == [
        "tagesschau.de",
        "Handelsblatt",
        "Süddeutsche Zeitung",
        "Spiegel",
    ]


AGGREGATOR_FEED = """\
Top stories
Politico
Senate passes stopgap spending bill hours before shutdown deadline
2 hours ago
Axios
Fed officials signal pause in rate cuts as inflation lingers
3 hours ago
Forbes
Retail sales climb for third straight month despite tariffs
4 hours ago
"""


def test_one_word_publishers_over_bare_feed_cards_stay_sources() -> None:
    """Must-stay: no card prints text under its title, so the names are its publishers."""
    assert [source for _, source in sources(AGGREGATOR_FEED)] == ["Politico", "Axios", "Forbes"]
