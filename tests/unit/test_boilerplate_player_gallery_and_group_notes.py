"""boilerplate: a sign-up form's validation message, an audio player's machine-voice note (en,
fr), a gallery button over the lead picture, a live blog's jump link to its latest entry, a
site's note on its publishing group and a newsletter box's pitch are no part of the story;
story sentences on the same things stay."""

import pytest

from streams.boilerplate import Kind, classify

NOTES = [
    "A valid email address is required.",
    "This audio is auto-generated. Please let us know if you have feedback.",
    "La synthèse vocale, basée sur l’intelligence artificielle, permet de générer un texte "
    "parlé à partir d’un texte écrit.",
    "Open this photo in gallery:",
    "Zum aktuellen Eintrag",
    "Food & Wine is part of the People Inc. publishing family.",
    "Chaque matin, retrouvez notre sélection de 20 articles à ne pas manquer",
]

STORY = [
    "The bank said a valid email address was one of the checks it had added last year.",
    "The publisher is part of the Axel Springer group, which bought it in 2019.",
    "La synthèse des débats sera publiée lundi, a précisé la présidente de la commission.",
    "Chaque matin, les bénévoles retrouvent les sans-abri devant la gare.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_widget_or_site_note_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_on_the_same_things_stays(line: str) -> None:
    assert classify(line) is None
