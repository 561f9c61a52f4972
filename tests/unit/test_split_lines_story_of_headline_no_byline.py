""" "Historia de", "Storia di" open a portal's "Story by" line only before a name ("Historia de
Europa Press"); before a lower-case word they open a headline ("Storia di una fabbrica",
"Historia de un rescate"), which must stay the story's title."""

from streams.split_lines import _is_byline


def test_story_of_a_thing_is_a_headline_not_a_byline() -> None:
    for line in (
        "Storia di una fabbrica",
        "Historia de un rescate",
        "Histoire de la ville engloutie",
        "Verhaal van een dorp",
    ):
        assert not _is_byline(line), line


def test_must_stay_story_by_a_name_is_a_byline() -> None:
    for line in ("Historia de Europa Press", "Storia di Marco Ferri", "Verhaal van ANP"):
        assert _is_byline(line), line


def test_story_of_a_proper_noun_is_a_headline_not_a_byline() -> None:
    """A place or a country after the words is a headline's subject, no author: one
    capitalised word, or a name with a clause after it (early reviewer, round 32)."""
    for line in (
        "Histoire de France : la Ve République fête ses soixante-huit ans",
        "Storia di Roma antica",
        "Historia de España en diez objetos",
        "Verhaal van Nederland",
    ):
        assert not _is_byline(line), line
