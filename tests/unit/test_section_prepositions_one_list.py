"""The words opening a section's name ("in", "dans", "em") come from one list
(data/section_prepositions.txt), read alike after a stamp, between a stamp and its byline
(capitalised: a blog's category) and in a card's meta line."""

from streams.split_lines import _section_part
from streams.timestamps import find_time


def test_a_category_between_a_stamp_and_its_byline_in_any_listed_language() -> None:
    assert (
        find_time("Posted November 27, 2026 at 11:12 am In Local News by Dale Hendricks")
        == "Posted November 27, 2026 at 11:12 am"
    )
    assert (
        find_time("Publié le 27 novembre 2026 à 11h12 Dans Politique par Jean Dupont")
        == "Publié le 27 novembre 2026 à 11h12"
    )


def test_a_meta_lines_section_of_any_length_opens_on_a_listed_word() -> None:
    assert _section_part("Em Vale do Paraíba e Região")
    assert _section_part("Dans Hauts de Seine et Val d'Oise")
    assert not _section_part("Dans un village du Var")  # (a sentence: lower case after it)
