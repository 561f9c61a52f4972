"""Name data: first names of many countries, and the endings of surnames.

First names are a cue that a capitalised pair of words is a person.

The US Census lists of the gazetteer know "Kevin" but not "Vladimir", "Viorel" or
"Iain"; news and sports reports name people from everywhere. The list here is the
``nam_dict.txt`` shipped by ``gender-guesser`` (Jörg Michael's dictionary of some
48,000 first names with their frequency in 55 countries, 4 MB on disk). Only names
of some use in at least one country are kept (frequency class 2 and up of its 1-13
scale, some 29,000 names): the rarest class holds words such as "Price" or "Stone"
that are far more often something else. Read once per process (about 0.1 s).
"""

from __future__ import annotations

import importlib.resources
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

# Endings of surnames of languages whose names the census lists lack (Slavic, Baltic,
# Romanian, Greek, Turkish, Georgian, Armenian): a lone word so shaped and naming no
# town is a person ("Ivankov", "Vuckovic", "Popescu", "Papadopoulos", "Shevardnadze").
_SURNAME_ENDINGS: Final = (
    "ovic", "evic", "ović", "ević", "vich", "ovich", "evich", "ov", "ova", "ev", "eva",
    "enko", "ski", "sky", "ska", "skiy", "escu", "opoulos", "akis", "idis", "oglu",
    "shvili", "dze", "yan", "chuk", "czyk", "wicz", "auskas", "evicius", "aitis",
)  # fmt: skip
_MIN_SURNAME: Final = 5
# Columns of a name line: the sex marks, the name, then one frequency digit per country.
_NAME_FROM: Final = 3
_COUNTRIES_FROM: Final = 30
_MIN_FREQUENCY: Final = 2
# Words whose answers ``Vocabulary`` keeps (then it starts afresh): a few MB at most.
_SEEN_LIMIT: Final = 50_000
# Endings whose plural adds "es" ("witness", "tax", "church"); any other "-es" word
# is read as "-e" plus "s" ("Paes" is no plural of "pa").
_ES_PLURALS: Final = ("sses", "xes", "zes", "ches", "shes")


def parse_first_names(lines: Iterable[str], min_frequency: int = _MIN_FREQUENCY) -> frozenset[str]:
    """The names of ``nam_dict.txt`` lines used with at least ``min_frequency`` in
    some country; "Jean+Pierre" gives "Jean Pierre", "Jean-Pierre" and "JeanPierre"."""
    found: set[str] = set()
    for line in lines:
        if not line or line[0] in "#=":
            continue
        frequencies = line[_COUNTRIES_FROM:].rstrip("$ \r\n")
        if not any(c.isalnum() and int(c, 16) >= min_frequency for c in frequencies):
            continue
        name = line[_NAME_FROM:_COUNTRIES_FROM].split()[0]
        if "+" in name:
            found.update(name.replace("+", joint) for joint in (" ", "-", ""))
        else:
            found.add(name)
    return frozenset(found)


@lru_cache(maxsize=1)
def world_first_names() -> frozenset[str]:
    """First names of many countries (see the module docstring), read line by line."""
    data = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    with data.open(encoding="utf-8") as lines:
        return parse_first_names(lines)


def without_accents(word: str) -> str:
    """ "Mònica" → "Monica": the letters without their combining marks (a name's first name
    spelt with another accent than the list's, an agency's word as the list folds it)."""
    return "".join(
        char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char)
    )


def surname_shaped(word: str) -> bool:
    """Whether a capitalised word ends as the surnames of many languages do (see
    ``_SURNAME_ENDINGS``); the caller rules out towns."""
    return (
        word.endswith(_SURNAME_ENDINGS)
        and len(word) >= _MIN_SURNAME
        and word[0].isupper()
        and word[1:].islower()
    )


class Vocabulary:
    """A sorted word list read as one string, a word a line, with the span of the
    words of each three-letter prefix: a ``frozenset`` of the 210,000 words of
    ``english_words.txt`` would hold some 32 MB, the string 2 MB; a look-up searches
    the span of one prefix (a few hundred bytes)."""

    def __init__(self, text: str) -> None:
        self._text = "\n" + text  # every word between two line ends
        self._spans: dict[str, tuple[int, int]] = {}
        # Answers so far: names recur across texts, and a search reads a few
        # kilobytes (some microseconds) where a look-up here takes a few dozen ns.
        self._seen: dict[str, bool] = {}
        start = 0
        end = self._text.find("\n", 1)
        while end > 0:
            prefix = self._text[start + 1 : min(start + 4, end)]
            first = self._spans.get(prefix, (start, 0))[0]
            self._spans[prefix] = (first, end + 1)
            start, end = end, self._text.find("\n", end + 1)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        found = self._seen.get(word)
        if found is None:
            span = self._spans.get(word[:3])
            found = span is not None and self._text.find(f"\n{word}\n", *span) >= 0
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            self._seen[word] = found
        return found


@lru_cache(maxsize=1)
def english_words() -> Vocabulary:
    """The lower-case words of ``web2`` (Webster's New International Dictionary,
    second edition, 1934: public domain) as ``english-words`` 2.0.2 (MIT) ships
    them; its capitalised entries, proper nouns, are left out. Made by
    ``sorted(w for w in get_english_words_set(["web2"], alpha=True) if w.islower())``,
    one word a line."""
    data = importlib.resources.files("streams").joinpath("data/english_words.txt")
    return Vocabulary(data.read_text(encoding="ascii"))


def common_word(word: str, vocabulary: Vocabulary) -> bool:
    """Whether a capitalised word is, in lower case, an English word or a plural or
    past form of one ("Receipts", "Buckled", "Facilities")."""
    lower = word.lower()
    if lower in vocabulary:
        return True
    if lower.endswith("ed"):
        return lower[:-2] in vocabulary or lower[:-1] in vocabulary
    return word.endswith("s") and _plural_of(lower, vocabulary)


def common_plural(word: str, vocabulary: Vocabulary) -> bool:
    """Whether a capitalised word is, in lower case, the plural of an English word
    and no word itself ("Economists", "Diplomats", "Refractories"; not "Jones")."""
    if not word.endswith("s"):
        return False
    lower = word.lower()
    return lower not in vocabulary and _plural_of(lower, vocabulary)


def _plural_of(lower: str, vocabulary: Vocabulary) -> bool:
    """Whether ``lower``, a lower-case word ending in "s" and no word itself, is the
    plural of one."""
    if lower.endswith("ies"):
        return lower[:-3] + "y" in vocabulary
    if lower.endswith(_ES_PLURALS):
        return lower[:-2] in vocabulary  # "Witnesses", "Taxes", "Churches"
    return lower[:-1] in vocabulary
