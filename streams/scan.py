"""One pass over an article: capitalised chunks, each cut into typed segments.

A chunk is a run of capitalised words, joined by spaces and the particles of names
("of", "and", "de", "bin" ...), found by one compiled regular expression. Each chunk
is then cut, longest match first, into places (gazetteer), titles, connectors,
function words and plain words. Everything downstream (countries, actors) reads
these segments; no other pass over the text looks up names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final, TypeVar

from streams.gazetteer import Gazetteer, Place
from streams.lexicon import STOPWORDS, TITLE_SPAN, TITLES_MAP

V = TypeVar("V")

_UP: Final = "A-ZÀ-ÖØ-ÞĀ-Ž"
_ABBREVIATIONS: Final = [
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Gen",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Adm",
    "Rep",
    "Sen",
    "Gov",
    "Prof",
    "Jr",
    "Sr",
    "Corp",
    "Inc",
    "Ltd",
    "Co",
    "Bros",
    "Mt",
    "Ft",
    "Rev",
    "Maj",
    "Cmdr",
    "Brig",
    "Calif",
    "Ore",
    "Ariz",
    "Mass",
    "Conn",
    "Ill",
    "Mich",
    "Minn",
    "Wis",
    "Pa",
    "Va",
    "Ga",
    "Fla",
    "Colo",
    "Okla",
    "Tenn",
    "Mo",
    "Ind",
    "Md",
    "Del",
    "La",
    "Ala",
    "Wash",
    "Nev",
    "Kan",
    "Neb",
    "Ark",
    "Miss",
    "Vt",
    "Mont",
    "Wyo",
    "Ky",
    "Tex",
    "Penn",
    "Wisc",
]
# The pattern starts with one character class, so the regex engine skips ahead to
# capitals instead of trying every position.
_ABBREVIATION_SET: Final = frozenset(f"{a}." for a in _ABBREVIATIONS) | frozenset(
    f"{a.upper()}." for a in _ABBREVIATIONS
)
# Lower-case particles inside personal names ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    [
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
        "dello",
        "dei",
        "degli",
        "delle",
        "zu",
        "af",
    ]
)
# Words that may join the capitalised words of one name or organisation.
CONNECTORS: Final[frozenset[str]] = NAME_PARTICLES | {"of", "the", "and", "&", "for"}

# A brand written with an inner capital ("iPhone", "eBay", "macOS", "eSports").
_INNER_CAPITAL_WORD: Final = re.compile(r"[a-z]{1,5}[A-Z]")


def opens_with_brand(line: str) -> bool:
    """Does ``line`` open on a brand written with an inner capital ("iPhone 17 Pro review",
    "eBay to cut 1,000 jobs")? Such a line opens like a capitalised one: a headline may,
    a sentence's continuation that a link broke is no more likely to than any other."""
    return _INNER_CAPITAL_WORD.match(line) is not None


# A short capitalised word may keep a full stop ("Mr.", "Calif."); ``scan`` cuts the
# chunk after one that is not an abbreviation ("... in Seoul. The ...").
_WORD: Final = (
    rf"[{_UP}](?:\.(?:[A-Z]\.)+|\.(?=[ \t][{_UP}][a-z])"
    rf"|[\w&]*(?:['’][{_UP}]\w*|-\w+)*"
    # The full stop is looked for first: the look-behinds run only before one.
    r"(?:(?=\.)(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3})"
    r"|(?<=\b[A-Z][a-z]{4})|(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4})"
    r"|(?<=\b[A-Z]{5}))\.)?)"
)


def _alternation(words: Iterable[str]) -> str:
    """A pattern for any of ``words``, each shared beginning written once (``de``,
    ``del``, ``della``: ``de(?:l(?:la)?)?``): the engine tries a first letter once, not
    once per word. The longest is tried first; a connector matches only before a
    space, so only one of them can."""
    tails: dict[str, list[str]] = {}
    for word in sorted(words):
        tails.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(head) + _alternation(rest) for head, rest in tails.items() if head]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in tails else body


_JOIN: Final = rf"[ \t]+(?:{_alternation(CONNECTORS)}[ \t]+)*(?:(?:al|el|d)['’-])?"
_CHUNK: Final = rf"{_WORD}(?:{_JOIN}{_WORD})*"
CHUNK_RE: Final = re.compile(_CHUNK)
# The same matches in a text of ASCII characters, its classes quicker to test.
ASCII_CHUNK_RE: Final = re.compile(_CHUNK.replace(_UP, "A-Z"), re.ASCII)

_LOWER: Final = re.compile("[a-z]")
# Regnal numbers after a given name ("Henry VIII", "Elizabeth I").
_REGNAL: Final = frozenset(
    {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"}
)
# Months that are also given names.
_NAME_MONTHS: Final = frozenset({"Jan", "April", "May", "June", "August"})

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
    # A place that only names something else (a company's name, a currency).
    weak: bool = False


@dataclass(slots=True)
class Chunk:
    start: int
    end: int
    text: str
    segs: list[Seg]
    upper: bool = False


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


def _longest(words: list[str], i: int, size: int, table: Mapping[str, V]) -> tuple[int, V | None]:
    """The longest key of ``table`` made of ``words[i:i + size]`` or fewer words."""
    while size:
        found = table.get(words[i] if size == 1 else " ".join(words[i : i + size]))
        if found is not None:
            return size, found
        size -= 1
    return 0, None


def _given_names(segs: list[Seg], gz: Gazetteer) -> None:
    """A stop word that is also a given name, before a name: "Jan Kroslak", "Will
    Carling"; or a surname after a given name: "Peter Such"."""
    for k, seg in enumerate(segs):
        if seg.kind != STOP:
            continue
        if k + 1 < len(segs) and segs[k + 1].kind == WORD:
            if seg.text in _NAME_MONTHS or seg.text in gz.first_names:
                seg.kind = WORD
        elif (
            k
            and segs[k - 1].kind == WORD
            and segs[k - 1].text in gz.first_names
            and seg.text in gz.surnames
        ):
            seg.kind = WORD


def segment(words: list[str], gz: Gazetteer, upper: bool, headline: bool = False) -> list[Seg]:
    """Cut a chunk's words into segments, longest place or title first.

    ``upper``: also look places up in capitals; ``headline``: the words are in an
    all-capital line."""
    segs: list[Seg] = []
    places, place_span = (gz.upper_places, gz.upper_span) if upper else (gz.places, gz.place_span)
    special = _special_words(gz, upper)
    n = len(words)
    i = 0
    stops = False
    while i < n:
        word = words[i]
        if word not in special and "-" not in word:
            # No connector, place, title, regnal number or function word: most words.
            segs.append(Seg(STOP if headline and word.isupper() else WORD, word))
            i += 1
            continue
        if word in CONNECTORS:
            segs.append(Seg(CONNECTOR, word))
            i += 1
            continue
        size = place_span.get(word, 0)
        if size:
            size, place = _longest(words, i, min(size, n - i), places)
            if place is not None:
                segs.append(Seg(PLACE, " ".join(words[i : i + size]), place))
                i += size
                continue
        size = TITLE_SPAN.get(word, 0)
        if size:
            size, title = _longest(words, i, min(size, n - i), TITLES_MAP)
            if title is not None:
                segs.append(Seg(TITLE, title))
                i += size
                continue
        if word in _REGNAL and segs and segs[-1].kind == WORD and segs[-1].text in gz.first_names:
            segs[-1].text += " " + word  # "Henry VIII", "Elizabeth I"
        elif "-" in word or headline:
            segs.extend(_word(word, gz, headline))
        elif word in STOPWORDS:
            segs.append(Seg(STOP, word))
            stops = True
        else:
            segs.append(Seg(WORD, word))
        i += 1
    if stops:
        _given_names(segs, gz)
    return segs


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a chunk after each word that ends a sentence rather than an abbreviation."""
    chunk = text[start:end]
    if "." not in chunk:
        yield start, end
        return
    begin = pos = 0
    cut = False
    for word in chunk.split():
        at = chunk.index(word, pos)
        pos = at + len(word)
        if cut:
            # The next piece starts at the next word (not ``chunk[pos:].lstrip()``,
            # which copies the rest of the chunk at every cut: quadratic in one
            # long run of "Abc. Def. ...").
            begin, cut = at, False
        if (
            word.endswith(".")
            and len(word) > 2
            and word not in _ABBREVIATION_SET
            and word[-3:-2] != "."
        ):
            if pos - 1 > begin:
                yield start + begin, start + pos - 1
            cut = True
    if not cut and begin < len(chunk):
        yield start + begin, end


def _headline(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start`` stands in an all-capital line."""
    left = max(text.rfind("\n", max(0, start - 40), start) + 1, start - 40, 0)
    right = text.find("\n", end, end + 40)
    right = end + 40 if right < 0 else right
    return not _LOWER.search(text, left, right)


def initial(text: str, start: int) -> bool:
    """Whether ``start`` begins a sentence or a line."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:\n-–—"


def _chunk(text: str, start: int, end: int, gz: Gazetteer, bracketed: bool) -> Chunk | None:
    chunk_text = text[start:end]
    if " " not in chunk_text:
        # Fast path: one word.
        place = gz.places.get(chunk_text)
        upper = chunk_text.isupper() and len(chunk_text) > 1
        if place is None and upper:
            place = gz.upper_places.get(chunk_text)
        if place is not None:
            return Chunk(start, end, chunk_text, [Seg(PLACE, chunk_text, place)])
        if chunk_text in STOPWORDS:
            return None
        title = TITLES_MAP.get(chunk_text)
        if title is not None:
            return Chunk(start, end, chunk_text, [Seg(TITLE, title)])
        headline = upper and _headline(text, start, end)
        return Chunk(start, end, chunk_text, _word(chunk_text, gz, headline), headline)
    words = chunk_text.split()
    upper = chunk_text.isupper()
    # Several capitalised words in a row: a headline, unless it is short.
    headline = upper and (len(words) > 2 or not all(len(w) <= 5 for w in words))
    segs = segment(words, gz, upper, headline)
    if bracketed:
        # "<Cyprus Minerals Co>": a company's name, whatever places it holds.
        for seg in segs:
            seg.weak = True
    return Chunk(start, end, chunk_text, segs, headline)


# ``_special_words`` of the gazetteer in ``_special_of``.
_special: list[frozenset[str]] = []
_special_of: list[Gazetteer] = []


def _special_words(gz: Gazetteer, upper: bool) -> frozenset[str]:
    """The words of which ``segment`` makes more than a word (or, in an all-capital
    line, a function word): connectors, first words of places and titles, regnal
    numbers, function words; one look-up rules the others out. ``upper``: for a
    chunk in capitals."""
    if not _special_of or _special_of[0] is not gz:
        common = frozenset().union(CONNECTORS, TITLE_SPAN, _REGNAL, STOPWORDS)
        _special[:] = [common.union(gz.place_span), common.union(gz.upper_span)]
        _special_of[:] = [gz]
    return _special[1 if upper else 0]


def scan_places(text: str, gz: Gazetteer) -> tuple[list[Chunk], list[Chunk]]:
    """``scan``, and the chunks among them that may hold a place segment (later
    stages may turn a place into a word, never a word into a place)."""
    chunks: list[Chunk] = []
    with_places: list[Chunk] = []
    append = chunks.append
    places = gz.places
    # All the matches first, then their chunks: the regular expression's work in one
    # run is some 8% faster than taking turns with the Python code below.
    # Most texts hold no "<Company>" at all.
    brackets = "<" in text
    chunk_re = ASCII_CHUNK_RE if text.isascii() else CHUNK_RE
    for match in list(chunk_re.finditer(text)):
        start, end = match.span()
        chunk_text = match[0]
        bracketed = brackets and start > 0 and text[start - 1] == "<"
        if "." in chunk_text or bracketed:
            if bracketed and text.startswith(">", end) and " " not in chunk_text:
                continue  # a ticker symbol, "<UK>"
            for piece_start, piece_end in _pieces(text, start, end):
                chunk = _chunk(text, piece_start, piece_end, gz, bracketed)
                if chunk is not None:
                    append(chunk)
                    with_places.append(chunk)
            continue
        if " " not in chunk_text:
            # The commonest chunk: one word that names a place, or a function word,
            # or a name (as ``_chunk`` makes it, without its look-ups for capitals).
            place = places.get(chunk_text)
            if place is not None:
                chunk = Chunk(start, end, chunk_text, [Seg(PLACE, chunk_text, place)])
                append(chunk)
                with_places.append(chunk)
                continue
            if chunk_text in STOPWORDS:
                continue
            if "-" not in chunk_text and not (chunk_text.isupper() and len(chunk_text) > 1):
                title = TITLES_MAP.get(chunk_text)
                if title is None:
                    append(Chunk(start, end, chunk_text, [Seg(WORD, chunk_text)]))
                else:
                    append(Chunk(start, end, chunk_text, [Seg(TITLE, title)]))
                continue
        chunk = _chunk(text, start, end, gz, bracketed)
        if chunk is not None:
            append(chunk)
            with_places.append(chunk)
    return chunks, with_places


def scan(text: str, gz: Gazetteer) -> list[Chunk]:
    """All capitalised chunks of ``text``, in order, with their segments."""
    return scan_places(text, gz)[0]
