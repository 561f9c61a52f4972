"""Name data: the first-name dictionary's format, and surname endings."""

from streams.name_data import parse_first_names, surname_shaped, world_first_names

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
