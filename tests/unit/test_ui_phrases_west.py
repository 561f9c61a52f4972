"""clean: consent buttons, share words and most-read / related headings of Dutch,
Portuguese, Italian, Spanish, French, German, Danish, Norwegian, Finnish and Polish pages
that the lists lacked, as data; a story's line with those words stays text."""

import pytest

from streams.boilerplate import Kind, classify


@pytest.mark.parametrize(
    "line",
    [
        "Alle cookies accepteren",
        "Cookie-instellingen",
        "Alleen noodzakelijke cookies",
        "Rejeitar todos",
        "Gerir preferências",
        "Continua senza accettare",
        "Configurar cookies",
        "J'accepte",
        "Einstellungen",
        "Tillad alle",
        "Jeg godtar",
        "Hylkää kaikki",
        "Akceptuję i przechodzę do serwisu",
        "Odrzuć wszystkie",
        "Jaa artikkeli",
        "Del artikkelen",
    ],
)
def test_a_consent_button_or_a_share_line_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line", ["Mais lidos", "Più letti", "Más leídas", "Am meisten gelesen", "Suggested Reading"]
)
def test_a_most_read_heading_is_a_links_heading(line: str) -> None:
    assert classify(line) is Kind.LINKS


def test_a_related_heading_opens_teasers() -> None:
    assert classify("Notas relacionadas") is Kind.RELATED


@pytest.mark.parametrize(
    "line",
    [
        "Akkoord bereikt over nieuwe cao voor het onderwijs",
        "O Senado decidiu rejeitar a proposta do governo por 41 votos a 30.",
        "Die Einstellungen der Wähler haben sich seit 2021 deutlich verändert.",
        "Jaa, en tiedä vielä, sanoi ministeri toimittajille.",
        "I più letti tra i romanzi dell'anno sono stati quelli di autori esordienti.",
        "Estoy de acuerdo con el acuerdo, dijo el ministro a los periodistas.",
    ],
)
def test_must_stay_a_story_line_with_those_words_is_kept(line: str) -> None:
    assert classify(line) is None
