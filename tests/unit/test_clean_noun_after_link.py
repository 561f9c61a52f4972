"""clean: a German sentence a link broke after an article or preposition goes on under the
link with a capitalised noun ("Die Opposition kündigte an, beim" / "Verfassungsrat" /
"Klage einzureichen."; audit B's PE-2: P26, P26b, P26c), and contracted prepositions and
"according to" words ("beim", "selon", "según") leave a line open (data/join_words.txt;
P27). Must-stay: a headline ending in a particle over its source and summary, a short
heading over a link and a sentence, and an English line over a capitalised sentence."""

from datetime import UTC, datetime

import pytest

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

HEADER = (
    "Frankreichs Premier übersteht Misstrauensvotum knapp\n"
    "Von Britta Sandberg, Paris\n"
    "10.03.2026, 12.01 Uhr\n"
    "Der französische Premierminister hat ein Misstrauensvotum in der Nationalversammlung "
    "knapp überstanden. Für den Antrag stimmten 278 Abgeordnete.\n"
)


def lines(text: str) -> list[str]:
    return [line for line in clean_page(RawPage(text=text, fetched_at=FETCHED)).lines if line]


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        (
            "Die Opposition kündigte an, beim\nVerfassungsrat\nKlage einzureichen.\n",
            "Die Opposition kündigte an, beim Verfassungsrat Klage einzureichen.",
        ),
        (
            "Die Opposition kündigte an, bei dem\nVerfassungsrat\nKlage einzureichen.\n",
            "Die Opposition kündigte an, bei dem Verfassungsrat Klage einzureichen.",
        ),
        (
            "Die Opposition kündigte an, beim\nVerfassungsrat\nKlage gegen den Haushalt "
            "einzureichen. Sie hält das Verfahren für verfassungswidrig.\n"
            "Mehrere Abgeordnete der Républicains enthielten sich.\n",
            "Die Opposition kündigte an, beim Verfassungsrat Klage gegen den Haushalt "
            "einzureichen. Sie hält das Verfahren für verfassungswidrig.",
        ),
    ],
)
def test_noun_under_a_german_link_goes_on(broken: str, joined: str) -> None:
    assert joined in lines(HEADER + broken)


def test_according_to_word_leaves_the_line_open() -> None:
    text = (
        "Le gouvernement présente son plan contre la vie chère\n"
        "10 mars 2026 à 10h20\n"
        "Les syndicats jugent ces mesures insuffisantes et appellent à une nouvelle journée "
        "de mobilisation jeudi, selon\nLe Parisien\n.\n"
    )
    assert (
        "Les syndicats jugent ces mesures insuffisantes et appellent à une nouvelle journée "
        "de mobilisation jeudi, selon Le Parisien." in lines(text)
    )


def test_particle_headline_over_its_source_stays_apart() -> None:
    text = (
        "Aktuelle Meldungen\n"
        "vor 2 Std.\n"
        "Pendler in NRW stellen sich auf Chaos ein\n"
        "Westdeutsche Allgemeine\n"
        "Viele Arbeitgeber erlauben Homeoffice, Schulen planen Distanzunterricht für Montag.\n"
    )
    kept = lines(text)
    assert "Westdeutsche Allgemeine" in kept
    assert (
        "Viele Arbeitgeber erlauben Homeoffice, Schulen planen Distanzunterricht für Montag."
        in kept
    )


def test_short_heading_over_a_link_and_a_sentence_stays_apart() -> None:
    text = (
        HEADER + "Streik bei der\nDeutschen Bahn\nPendler müssen am Montag mit Ausfällen rechnen.\n"
    )
    assert "Pendler müssen am Montag mit Ausfällen rechnen." in lines(text)


def test_english_line_over_a_capitalised_sentence_stays_apart() -> None:
    text = (
        "Ministers agree on budget\n"
        "The finance ministers met in Brussels on Monday, the spokesman for the\n"
        "Commission\n"
        "Officials said the talks would resume next week.\n"
    )
    assert "Officials said the talks would resume next week." in lines(text)
