"""clean: a headline ending in a word that rarely ends a sentence (a German separable verb's
particle: "… kündigt neue Streiks an") is not glued to the card's source line under it when
a stamp follows that line, even a lower-case one ("vor 1 Std."): a source over its stamp is
never the rest of a sentence (audit B's P-1). A sentence a link really broke still joins."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
CARDS = (
    "Nachrichten\n"
    "Das Neueste\n"
    "Bahn kündigt neue Streiks an\n"
    "Tagesschau\n"
    "vor 1 Std.\n"
    "Gewerkschaft ruft zu Warnstreiks im Nahverkehr auf\n"
    "Der Spiegel\n"
    "vor 2 Std.\n"
    "Kanzler lädt Länderchefs zum Gipfel ein\n"
    "Süddeutsche Zeitung\n"
    "vor 4 Std.\n"
)


def _lines(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text, fetched_at=FETCHED)).lines


def test_a_source_over_a_lower_case_stamp_stays_its_own_line() -> None:
    lines = _lines(CARDS)
    for title, source in [
        ("Bahn kündigt neue Streiks an", "Tagesschau"),
        ("Gewerkschaft ruft zu Warnstreiks im Nahverkehr auf", "Der Spiegel"),
        ("Kanzler lädt Länderchefs zum Gipfel ein", "Süddeutsche Zeitung"),
    ]:
        assert title in lines
        assert source in lines


def test_a_sentence_broken_at_a_link_still_joins() -> None:
    text = (
        "Tausende demonstrieren in Berlin\n"
        "10.03.2026, 09:40 Uhr\n"
        "Die Demonstranten trafen sich am Mittag am\n"
        "Brandenburger Tor\n"
        "und zogen dann weiter zum Reichstag, wie die Polizei mitteilte.\n"
    )
    joined = (
        "Die Demonstranten trafen sich am Mittag am Brandenburger Tor und zogen dann weiter "
        "zum Reichstag, wie die Polizei mitteilte."
    )
    assert joined in _lines(text)


def test_a_headline_broken_after_an_article_keeps_its_noun() -> None:
    # audit D's D-1 (a): "die" needs the noun under it, stamp or not
    lines = _lines(
        "Schlagzeilen\n"
        "Bundestag\n"
        "Haushaltsausschuss billigt Milliardenhilfen für die\n"
        "Deutsche Bahn\n"
        "vor 1 Stunde\n"
        "Ukraine-Krieg\n"
        "Selenskyj bittet Europa um mehr Flugabwehr vor dem Winter\n"
        "Der Spiegel\n"
        "vor 2 Stunden\n"
    )
    assert "Haushaltsausschuss billigt Milliardenhilfen für die Deutsche Bahn" in lines


def test_a_paragraph_broken_at_a_paper_link_keeps_the_paper() -> None:
    # audit D's D-1 (b): running text, a preposition over the linked name and a date
    lines = _lines(
        "Le gouvernement veut prolonger les contrôles aux frontières de six mois\n"
        "Publié le 10/03/2026 à 09h40\n"
        "Le gouvernement souhaite prolonger de six mois les contrôles aux frontières "
        "intérieures, selon un projet de décret. Le ministre de l'Intérieur l'a confirmé au\n"
        "Journal du Dimanche\n"
        "le 8 mars 2026.\n"
        "Selon lui, plus de 2 000 personnes ont été refoulées depuis l'automne.\n"
    )
    # (the date ends the sentence too: auditor D's P-D1)
    assert any(
        line.endswith("l'a confirmé au Journal du Dimanche le 8 mars 2026.") for line in lines
    )
