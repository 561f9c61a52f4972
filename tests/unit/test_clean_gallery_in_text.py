"""clean: a picture gallery set between two sentences of the story's text, its one-word
label, title, size ("9 Bilder") and credit, is the gallery's widget, dropped; the same
lines on a front page under no sentence of a text (a gallery card) are left to split."""

from datetime import UTC, datetime

from streams.clean import clean_page
from streams.model import RawPage

FETCHED = datetime(2026, 7, 6, tzinfo=UTC)

GALLERY = [
    "Bilder",
    "Die schönsten Momente vom Seefest in Konstanz",
    "9 Bilder",
    "Foto: dpa/Ina Kurz",
]


def _lines(lines: list[str]) -> tuple[str, ...]:
    page = RawPage(text="\n".join(lines) + "\n", url="https://zeitung.example/", fetched_at=FETCHED)
    return clean_page(page).lines


def test_gallery_between_sentences_of_the_text_goes() -> None:
    kept = _lines(
        [
            "Seefest lockt 80.000 Besucher an den Bodensee",
            "6. Juli 2026 um 10:15 Uhr",
            "Das Seefest in Konstanz hat am Wochenende rund 80.000 Besucher angelockt.",
            "Das teilte die Stadt am Montag mit.",
            *GALLERY,
            "Höhepunkt war das Feuerwerk am Samstagabend über dem Hafen.",
        ]
    )
    for line in GALLERY:
        assert line not in kept
    assert "Das teilte die Stadt am Montag mit." in kept


def test_gallery_card_among_cards_stays() -> None:
    kept = _lines(
        [
            "Startseite",
            "Konstanz: Neue Fähre nimmt Betrieb auf",
            "vor 2 Stunden",
            "Bilder",
            "Die schönsten Momente vom Seefest in Konstanz",
            "9 Bilder",
            "Radolfzell: Stadtrat beschließt neuen Haushalt",
            "vor 3 Stunden",
        ]
    )
    assert "Die schönsten Momente vom Seefest in Konstanz" in kept
