"""Page furniture in several languages, as data: a summary button, a video player's label
and notice, an ad skip link, a wire agency's standards trailer, a paywall's pitch, a
subscriber's gift of the article."""

import pytest

from streams.boilerplate import classify


@pytest.mark.parametrize(
    "line",
    [
        "Ler resumo da notícia",
        "Video abspielen",
        "Die Wiedergabe wurde unterbrochen.",
        "Passer la publicité",
        "Unsere Standards: Die Thomson Reuters Trust Principles.",
        "Jetzt weiterlesen mit ZEITUNG+",
        "Assinantes podem liberar 5 acessos por dia para conteúdos do Jornal.",
    ],
)
def test_furniture_line_is_not_text(line: str) -> None:
    assert classify(line) is not None


def test_a_story_sentence_on_video_stays() -> None:
    # must-stay: a story's sentence about a video
    assert classify("Die Polizei veröffentlichte ein Video der Festnahme.") is None
