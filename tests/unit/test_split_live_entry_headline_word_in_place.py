"""A live entry's headline shaped like a name, one word + a preposition + a place or state
("Polizei in Alarmbereitschaft", "Rust in Noord"), stays in the blog's body, also as the
first entry's; an author's line with two names before the preposition ("Anna Berger in
Kiel") is still dropped."""

from streams.clean import clean_page
from streams.model import RawPage
from streams.split import split_articles
from streams.split_lines import _word_in_place

PAGE = """\
Ostsee-Kurier
Region
Liveticker
Orkan über der Küste: Die Lage in Schleswig-Holstein
Aktualisiert: 12.03.2026, 19:40 Uhr
19:30 Uhr
Polizei in Alarmbereitschaft
Die Polizei hat alle Urlaubssperren verhängt und zusätzliche Streifen an die Küste geschickt.
18:45 Uhr
Fähren nach Fehmarn eingestellt
Anna Berger in Kiel
Die Reederei hat alle Fahrten für den Abend abgesagt, die Brücke ist für Lastwagen gesperrt.
18:05 Uhr
Schulen in Lübeck
Die Stadt hat angekündigt, dass alle Schulen am Freitag geschlossen bleiben.
"""


def test_entry_headlines_in_place_shape_stay() -> None:
    drafts = split_articles(clean_page(RawPage(text=PAGE)))
    assert len(drafts) == 1
    body = drafts[0].body
    assert "Polizei in Alarmbereitschaft" in body
    assert "Schulen in Lübeck" in body
    assert "Anna Berger in Kiel" not in body


def test_word_in_place_is_no_person() -> None:
    assert _word_in_place("Rust in Noord")
    assert not _word_in_place("Anna Berger in Kiel")
    assert not _word_in_place("Ludwig van Beethoven")
    assert not _word_in_place("Voice of America")
