"""A live blog's entries whose clock is printed on the headline's own line ("11:30 - Strade
chiuse a Lugo", "Ore 11:40 - Kiev: …", "+++ 11:52 Dax steigt +++") are its entries: the
label over the headline opens a blog, and each entry keeps its clock and headline."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import ArticleDraft, RawPage
from streams.split import split_articles
from streams.split_body import _clock_led

FETCHED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def split(text: str) -> list[ArticleDraft]:
    return split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))


DASHED = """\
Il Quotidiano
Cronaca
DIRETTA
Neve sull'Appennino, chiusa l'autostrada A1 tra Bologna e Firenze
aggiornato alle 11:30
11:30 - Strade chiuse a Lugo
La polizia locale ha chiuso tre strade provinciali per il ghiaccio.
10:40 - Treni in ritardo a Bologna
Le Ferrovie segnalano ritardi fino a un'ora sulla linea per Firenze.
"""

HOUR_WORD = """\
Il Giornale del Nord
Esteri
LIVE
Terremoto in Turchia, le ultime notizie: scosse avvertite fino a Istanbul
Aggiornato alle 11:50
Ore 11:50 - Ankara: «Nessuna vittima finora»
Il governo turco ha detto che non risultano vittime nelle province colpite.
Ore 10:35 - Chiuse le scuole a Smirne
Il prefetto ha disposto la chiusura delle scuole per due giorni in via precauzionale.
"""


@pytest.mark.parametrize(
    ("page", "entries"),
    [
        (DASHED, ["11:30 - Strade chiuse a Lugo", "10:40 - Treni in ritardo a Bologna"]),
        (
            HOUR_WORD,
            [
                "Ore 11:50 - Ankara: «Nessuna vittima finora»",
                "Ore 10:35 - Chiuse le scuole a Smirne",
            ],
        ),
    ],
)
def test_entries_keep_the_clock_and_headline_on_one_line(page: str, entries: list[str]) -> None:
    drafts = split(page)
    assert len(drafts) == 1
    body = drafts[0].body
    for entry in entries:
        assert entry in body
    assert "per due giorni" in body or "linea per Firenze" in body


@pytest.mark.parametrize(
    "line",
    [
        "11:30 - Strade chiuse a Lugo",
        "Ore 11:50 - Ankara: «Nessuna vittima finora»",
        "+++ 11:52 Kanzler reist nach Warschau +++",
        "+++ 09:05 Uhr Dax startet freundlich +++",
    ],
)
def test_a_clock_on_a_headline_line_opens_an_entry(line: str) -> None:
    assert _clock_led(line)


@pytest.mark.parametrize(
    "line",
    [
        # a day's word with the clock is no clock alone; a sentence is a timeline's text
        "Heute 11:40 - Sitzung im Landtag",
        "15:00 Uhr: Die Polizei sperrt die Straße zwischen Cottbus und Forst für alle Autos.",
        # ticker marks with no clock after them
        "+++ Streik bei der Bahn beendet +++",
    ],
)
def test_no_entry_clock(line: str) -> None:
    assert not _clock_led(line)


TICKER = """\
Nachrichtenportal
Wirtschaft
Der Morgen
+++ 09:40 Ölpreis steigt nach Opec-Treffen +++
Der Preis für ein Fass der Nordseesorte Brent stieg um zwei Prozent auf 78 Dollar.
+++ 09:12 Lufthansa streicht Flüge nach Tel Aviv +++
Die Fluggesellschaft setzt ihre Verbindungen bis Ende der Woche aus.
+++ 08:30 Dax eröffnet im Minus +++
Der deutsche Leitindex gibt zum Handelsstart 0,3 Prozent nach.
"""

CLOCK_LIST = """\
Nachrichtenportal
Der Morgen
09:40
Ölpreis steigt nach Opec-Treffen
Der Preis für ein Fass der Nordseesorte Brent stieg um zwei Prozent auf 78 Dollar.
09:12
Lufthansa streicht Flüge nach Tel Aviv
Die Fluggesellschaft setzt ihre Verbindungen bis Ende der Woche aus.
08:30
Dax eröffnet im Minus
Der deutsche Leitindex gibt zum Handelsstart 0,3 Prozent nach.
"""


def test_a_short_heading_over_ticker_marked_entries_heads_one_blog() -> None:
    drafts = split(TICKER)
    assert [draft.title for draft in drafts] == ["Der Morgen"]
    assert "+++ 09:12 Lufthansa streicht Flüge nach Tel Aviv +++" in drafts[0].body
    assert "0,3 Prozent nach" in drafts[0].body


def test_the_same_heading_over_bare_clocks_heads_no_blog() -> None:
    # (a list of clock-stamped cards under its heading: no ticker marks, every card its own)
    assert "Der Morgen" not in [draft.title for draft in split(CLOCK_LIST)]
