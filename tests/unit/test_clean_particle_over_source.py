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
