"""Name data: the first-name dictionary's format, surname endings, English words."""

from streams.name_data import (
    Vocabulary,
    common_plural,
    common_word,
    english_words,
    parse_first_names,
    surname_shaped,
    world_first_names,
)

# Lines as ``nam_dict.txt`` writes them: sex marks, the name from column 3, one
# frequency digit (hex, 1-13) per country from column 30.
_SAMPLE = (
    "# comment line\n"
    "M  Vladimir                                  A  8     $\n"
    "F  Rarename                    1                      $\n"
    "M  Jean+Pierre                        5               $\n"
)


def test_parse_keeps_names_of_some_use_and_spells_joined_names_three_ways() -> None:
    names = parse_first_names(_SAMPLE.splitlines())
    assert "Vladimir" in names
    assert "Rarename" not in names  # frequency class 1 only
    assert {"Jean Pierre", "Jean-Pierre", "JeanPierre"} <= names


def test_shipped_list_knows_first_names_the_census_lacks() -> None:
    names = world_first_names()
    assert {"Vladimir", "Viorel", "Iain", "Per"} <= names
    assert "Price" not in names


def test_surname_endings() -> None:
    for name in ("Ivankov", "Vuckovic", "Popescu", "Papadopoulos", "Shevardnadze"):
        assert surname_shaped(name), name
    for word in ("Gold", "Kiev", "KIROV", "Levski-Sofia", "Reuters"):
        assert not surname_shaped(word), word


def test_vocabulary_finds_each_word_of_a_sorted_list_and_nothing_else() -> None:
    words = ["a", "ab", "abbey", "abbot", "receipt", "rec", "wall", "walled"]
    vocabulary = Vocabulary("\n".join(sorted(words)) + "\n")
    assert all(word in vocabulary for word in words)
    for absent in ("", "b", "abb", "abbeys", "recei", "walle", "zebra", "Wall"):
        assert absent not in vocabulary, absent


def test_common_word_reads_plurals_and_past_forms() -> None:
    vocabulary = english_words()
    for word in ("Receipts", "Buckled", "Facilities", "Wall", "House", "Banking"):
        assert common_word(word, vocabulary), word
    for word in ("Yamada", "Latina", "Paes", "Bouterse", "Allen"):
        assert not common_word(word, vocabulary), word


def test_common_plural_is_a_plural_and_no_word_itself() -> None:
    vocabulary = english_words()
    for word in ("Economists", "Witnesses", "Taxes", "Refractories"):
        assert common_plural(word, vocabulary), word
    for word in ("Paes", "Jones", "Economist", "News", "Analysis"):
        assert not common_plural(word, vocabulary), word
