"""A German headline ending on an ordinal date ("Neuer Fahrplan: Das ändert sich ab 13.
Dezember") is no caption and its credit: the full stop after a day's number, before a
month's name, ends no sentence, so the line stays a title and its card keeps it."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_page import _sentence_then_credit

FETCHED = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def test_day_number_and_month_after_a_full_stop_is_no_sentence_then_credit() -> None:
    assert not _sentence_then_credit("Neuer Fahrplan: Das ändert sich ab 13. Dezember")
    # must-stay: a caption's sentence and its credit
    assert _sentence_then_credit("Der Zug fährt am Samstag in Bern ab 13. Keystone")
    assert _sentence_then_credit("Crowds gather outside the station on Saturday. | JIJI")


def test_card_under_a_chip_keeps_its_dated_headline() -> None:
    text = (
        "Bahn\n"
        "Pendler warten auf mehr Sitzplätze\n"
        "Die Züge zwischen Zürich und Bern sind zur Spitzenzeit überfüllt. Die SBB wollen "
        "längere Züge einsetzen.\n"
        "Publiziert: 26.11.2026, 18:30 Uhr\n"
        "Wer morgens von Zürich nach Bern fährt, findet oft keinen Sitzplatz, weil die Strecke "
        "seit Jahren am Limit ist und keine weiteren Züge Platz finden.\n"
        "Der Bund investiert bis 2035 fast 16 Milliarden Franken in die Bahn, ein grosser Teil "
        "davon fliesst in Tunnel und Entflechtungen.\n"
        "\n"
        "Bahnausbau\n"
        "Nationalrat kürzt Kredit für Zimmerberg-Basistunnel\n"
        "Vor 6 Stunden\n"
        "Fahrplan\n"
        "Neuer Fahrplan: Das ändert sich ab 13. Dezember\n"
        "Mehr Verbindungen ins Tessin, weniger Halte im Mittelland.\n"
        "24.11.2026\n"
    )
    drafts = split_articles(clean_page(RawPage(text=text, fetched_at=FETCHED)))
    assert [(d.title, d.body) for d in drafts[1:]] == [
        ("Nationalrat kürzt Kredit für Zimmerberg-Basistunnel", ""),
        (
            "Neuer Fahrplan: Das ändert sich ab 13. Dezember",
            "Mehr Verbindungen ins Tessin, weniger Halte im Mittelland.",
        ),
    ]
