"""A desk's staff line under the text with the date at its start, on one line ("29.11.2026,
red, wien.ORF.at/Agenturen"): the date is the story's stamp, the staff line no text."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.timestamps import find_time

FETCHED = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)

PAGE = """\
Wien heute
Chronik
Neue Straßenbahnlinie fährt ab Dezember durch Favoriten
Die Wiener Linien eröffnen im Dezember eine neue Straßenbahnlinie im zehnten Bezirk.
Die Strecke verbindet den Hauptbahnhof mit dem Stadtrand in zwanzig Minuten.
Anrainer hatten jahrelang auf eine bessere Anbindung gewartet.
29.11.2026, red, wien.ORF.at/Agenturen
"""


def test_the_date_before_a_staff_line_is_the_story_stamp() -> None:
    [lead] = split_articles(clean_page(RawPage(text=PAGE, fetched_at=FETCHED)))
    assert lead.time_text == "29.11.2026"
    assert "Agenturen" not in lead.body


def test_a_date_before_a_sentence_is_no_stamp_line() -> None:
    """Must-stay: a date opening a sentence, no desk's abbreviation after it, is no stamp."""
    assert find_time("29.11.2026, als die Linie eröffnet wurde, fuhren alle mit") is None


def test_a_date_before_colour_words_of_a_sentence_is_no_stamp_line() -> None:
    """Must-stay: "red, white and blue …" after a date is a sentence's words, no desk line
    (its signer would be a name, not a run of lower-case words)."""
    assert find_time("30.11.2026, red, white and blue flags hung from every balcony") is None
