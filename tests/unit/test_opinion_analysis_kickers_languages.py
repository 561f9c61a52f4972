"""An opinion or analysis kicker over a card's title ("Opinie", "Analyse", "Kommentar",
"Análisis") is a section's name in each language, as "Opinion" and "Analysis" are: never
the card's publisher. A paper's name stays none."""

from streams.boilerplate import is_section_name


def test_opinion_and_analysis_kickers_are_section_names() -> None:
    for kicker in ("Opinie", "Analyse", "Achtergrond", "Kommentar", "Análisis", "Opinião"):
        assert is_section_name(kicker), kicker


def test_must_stay_a_papers_name_is_no_section() -> None:
    for name in ("Trouw", "de Volkskrant", "Der Standard"):
        assert not is_section_name(name), name
