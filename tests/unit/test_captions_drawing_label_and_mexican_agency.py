"""captions: a rendering's or a drawing's label credits a picture ("Visualisierung: zvg"), and
the Mexican agency Cuartoscuro, in brackets after a caption, is a photo's credit (auditors'
B-15, B-16)."""

import pytest

from streams.captions import split_credit


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "So soll der neue Bahnhofplatz in Winterthur aussehen. Visualisierung: zvg",
            "So soll der neue Bahnhofplatz in Winterthur aussehen.",
            "zvg",
        ),
        (
            "Der geplante Neubau des Spitals von Süden. Illustration: PD",
            "Der geplante Neubau des Spitals von Süden.",
            "PD",
        ),
        (
            "El gobernador durante la conferencia en el palacio de gobierno (Cuartoscuro)",
            "El gobernador durante la conferencia en el palacio de gobierno",
            "Cuartoscuro",
        ),
    ],
)
def test_the_credit_is_split_from_its_caption(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


def test_a_sentence_naming_a_drawing_is_no_credit() -> None:
    assert split_credit("Die Illustration zeigt, wie die Brücke aussehen soll.") is None
