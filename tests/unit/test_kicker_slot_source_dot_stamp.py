"""A page whose cards print a kicker over the title and their publisher under it in one
"Source · stamp" line (kicker / title / summary / "dpa · vor 2 Std."): the line over a
title is the kicker slot, so a topic read there as another card's source is its chip."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles

FETCHED = datetime(2026, 5, 9, 12, 0, tzinfo=UTC)


def sources(text: str) -> list[tuple[str, str | None]]:
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    return [(draft.title, draft.source) for draft in drafts]


PORTAL = """\
Nordportal
E-Mail
Login
Nachrichten
Sport
Top-Meldungen
Landtag
Schulreform: Regierung legt Zeitplan für neue Oberstufe vor
Die ersten Jahrgänge sollen ab 2028 nach dem neuen Modell lernen.
dpa · vor 3 Std.
Glatteis
Dutzende Unfälle auf den Autobahnen rund um Hannover
vor 50 Min.
Handel
Kaufhauskette schließt vier weitere Filialen im Norden
AFP · vor 6 Std.
Impressum
"""


def test_a_topic_over_a_title_among_source_dot_stamp_cards_is_no_source() -> None:
    assert sources(PORTAL) == [
        ("Schulreform: Regierung legt Zeitplan für neue Oberstufe vor", "dpa"),
        ("Dutzende Unfälle auf den Autobahnen rund um Hannover", None),
        ("Kaufhauskette schließt vier weitere Filialen im Norden", "AFP"),
    ]


def test_an_outlet_over_a_title_among_source_dot_stamp_cards_stays_the_source() -> None:
    """Must-stay: an outlet's name in the kicker slot is the card's publisher."""
    page = PORTAL.replace("Glatteis\n", "Der Spiegel\n")
    assert [source for _, source in sources(page)] == ["dpa", "Der Spiegel", "AFP"]
