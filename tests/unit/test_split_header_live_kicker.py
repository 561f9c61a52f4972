"""split_header: a topic's live label over the headline ("Nahost-Konflikt im Liveticker")
is a kicker of a few words, not a headline over a deck: the longer line under it is the
title (audit B's B-8)."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_header import _live_kicker

FETCHED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
HEADLINE = "Waffenruhe in Gaza hält vorerst – Hilfskonvois erreichen den Norden"


@pytest.mark.parametrize(
    "label", ["Nahost-Konflikt im Liveticker", "Nahost im News-Ticker", "Gaza en direct"]
)
def test_a_live_label_over_the_headline_is_its_kicker(label: str) -> None:
    page = (
        "Die Zeitung\nPolitik\nWirtschaft\nSport\n"
        f"{label}\n{HEADLINE}\nAlle Entwicklungen im Überblick\n"
        "Samstag, 28.11.2026, 10:05\n"
        "10.05 Uhr: Die ersten Lastwagen mit Lebensmitteln haben den Grenzübergang passiert. "
        "Die UN spricht von einem Durchbruch.\n"
        "09.30 Uhr: Beide Seiten werfen einander vereinzelte Verstöße vor. Größere Kämpfe "
        "wurden aber nicht gemeldet.\n"
        "08.15 Uhr: In der Nacht blieb es nach Angaben von Beobachtern weitgehend ruhig. "
        "Die Vermittler wollen am Mittag beraten.\n"
    )
    drafts = split_articles(clean_page(RawPage(text=page, fetched_at=FETCHED)))
    assert drafts[0].title == HEADLINE


def test_a_headline_of_a_few_words_is_no_live_label() -> None:
    """Must stay: a word that merely ends on the letters of "live" is no live label, nor a
    headline longer than a kicker."""
    assert _live_kicker("Nahost im Liveticker")
    assert not _live_kicker("Streit um Olive")
    assert not _live_kicker("Brexit-Gipfel: Regierung überträgt live")


def test_a_sticker_is_no_live_ticker() -> None:
    """A word ending on the letters of "ticker" ("Sticker") labels no live coverage; a
    ticker glued to its topic ("Newsticker", "Börsenticker") still does."""
    assert not _live_kicker("Panini-Sticker")
    assert not _live_kicker("Die neuen Sticker")
    assert _live_kicker("Nahost im Newsticker")
    assert _live_kicker("Börsenticker")
