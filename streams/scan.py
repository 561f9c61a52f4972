"""One pass over an article: capitalised chunks, each cut into typed segments.

A chunk is a run of capitalised words, joined by spaces and the particles of names
("of", "and", "de", "bin" ...), found by one compiled regular expression. Each chunk
is then cut, longest match first, into places (gazetteer), titles, connectors,
function words and plain words. Everything downstream (countries, actors) reads
these segments; no other pass over the text looks up names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, TypeVar

from streams.gazetteer import Gazetteer, Place
from streams.lexicon import MAX_TITLE_WORDS, STOPWORDS, TITLES_MAP

T = TypeVar("T")

_UP: Final = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD: Final = (
    rf"(?:(?:[A-Z]\.){{2,}}"
    r"|(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Adm|Rep|Sen|Gov|Prof|Jr|Sr|Corp|Inc|Ltd|Co|Bros"
    r"|Mt|Ft|Rev|Maj|Cmdr|Brig|Calif|Ore|Ariz|Mass|Conn|Ill|Mich|Minn|Wis|Pa|Va|Ga|Fla|Colo"
    r"|Okla|Tenn|Mo|Ind|Md|Del|La|Ala|Wash|Nev|Kan|Neb|Ark|Miss|Vt|Mont|Wyo|Ky|Tex)\.(?!\w)"
    rf"|(?:(?:al|el|d)['’-])?[{_UP}][\w&]*(?:['’][{_UP}][\w]*|-[\w]+)*)"
)
_JOIN: Final = (
    r"[ \t]+"
    r"(?:(?:of|the|and|&|de|du|des|del|della|di|da|do|dos|das|van|von|der|den|ter|la|le|bin|ibn"
    r"|al|el|y|for)[ \t]+)*"
)
CHUNK_RE: Final = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD})*")

_LOWER: Final = re.compile("[a-z]")

CONNECTORS: Final[frozenset[str]] = frozenset(
    [
        "of",
        "the",
        "and",
        "&",
        "de",
        "du",
        "des",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "for",
    ]
)

# Segment kinds.
PLACE: Final = "P"
TITLE: Final = "T"
CONNECTOR: Final = "C"
STOP: Final = "S"
WORD: Final = "W"


@dataclass(slots=True)
class Seg:
    kind: str
    text: str
    place: Place | None = None


@dataclass(slots=True)
class Chunk:
    start: int
    end: int
    text: str
    segs: list[Seg] = field(default_factory=list)
    upper: bool = False


def _place(gz: Gazetteer, key: str, upper: bool) -> Place | None:
    place = gz.places.get(key)
    if place is None and upper:
        place = gz.upper_places.get(key)
    return place


def _longest(
    words: list[str], i: int, most: int, find: Callable[[str], T | None]
) -> tuple[int, T] | None:
    for size in range(min(most, len(words) - i), 0, -1):
        key = words[i] if size == 1 else " ".join(words[i : i + size])
        found = find(key)
        if found is not None:
            return size, found
    return None


def _word(word: str, gz: Gazetteer, headline: bool) -> list[Seg]:
    """Segments of a word that is neither a place nor a title."""
    if "-" in word:
        parts = [p for p in word.split("-") if p in gz.places]
        if parts:
            # "US-led", "China-Japan"
            return [Seg(PLACE, p, gz.places[p]) for p in parts]
    if (headline and word.isupper()) or word in STOPWORDS:
        # In an all-capital line, names cannot be told from other words.
        return [Seg(STOP, word)]
    return [Seg(WORD, word)]


def segment(words: list[str], gz: Gazetteer, upper: bool, headline: bool = False) -> list[Seg]:
    """Cut a chunk's words into segments, longest place or title first.

    ``upper``: also look places up in capitals; ``headline``: the words are in an
    all-capital line."""
    segs: list[Seg] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in CONNECTORS:
            segs.append(Seg(CONNECTOR, word))
            i += 1
            continue
        place = _longest(words, i, gz.max_place_words, lambda k: _place(gz, k, upper))
        if place is not None:
            segs.append(Seg(PLACE, " ".join(words[i : i + place[0]]), place[1]))
            i += place[0]
            continue
        title = _longest(words, i, MAX_TITLE_WORDS, TITLES_MAP.get)
        if title is not None:
            segs.append(Seg(TITLE, title[1]))
            i += title[0]
            continue
        segs.extend(_word(word, gz, headline))
        i += 1
    return segs


def scan(text: str, gz: Gazetteer) -> list[Chunk]:
    """All capitalised chunks of ``text``, in order, with their segments."""
    chunks: list[Chunk] = []
    places = gz.places
    for match in CHUNK_RE.finditer(text):
        chunk_text = match.group()
        start = match.start()
        if " " not in chunk_text and "\n" not in chunk_text:
            # Fast path: one word.
            upper = chunk_text.isupper() and len(chunk_text) > 1
            place = places.get(chunk_text)
            if place is None and upper:
                place = gz.upper_places.get(chunk_text)
            if place is not None:
                segs = [Seg(PLACE, chunk_text, place)]
            elif chunk_text in STOPWORDS:
                continue
            else:
                headline = upper and not _LOWER.search(text, max(0, start - 24), match.end() + 24)
                segs = segment([chunk_text], gz, upper, headline)
                upper = headline
            chunks.append(Chunk(start, match.end(), chunk_text, segs, upper))
            continue
        words = chunk_text.split()
        upper = chunk_text.isupper()
        if upper:
            # Several capitalised words in a row: a headline, unless it is short.
            upper = len(words) > 2 or not all(len(w) <= 5 for w in words)
        segs = segment(words, gz, chunk_text.isupper(), upper)
        chunks.append(Chunk(start, match.end(), chunk_text, segs, upper))
    return chunks
