"""Countries of an article from its scanned chunks: codes, mention counts, ``primary``."""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Final

from schemas.article import CountryTag
from streams.fastmodel import build
from streams.gazetteer import Gazetteer
from streams.lexicon import ORG_HEADS
from streams.scan import PLACE, Chunk

# Kinds of place that name a country's own territory below the country level; only
# these decide for a second reading of an ambiguous name ("Georgia" the US state).
_LOCAL_KINDS: Final = frozenset({"city", "state", "seat"})
# Second readings that need local evidence (a city or state), not just the country.
_NEEDS_LOCAL: Final = frozenset({("Georgia", "US")})
# Lower-case words after a demonym that make a region of it ("Korean peninsula").
_REGION_TAILS: Final = (" peninsula", " Peninsula", " War", " war")

MANY_MENTIONS: Final = 4


_CURRENCIES: Final = (
    " dollar",
    " dlr",
    " franc",
    " crown",
    " krona",
    " krone",
    " mark",
    " yen",
    " pound",
    " sterling",
    " lira",
    " peso",
    " rand",
    " rupee",
    " won",
    " yuan",
    " ruble",
    " rouble",
    " guilder",
    " schilling",
    " escudo",
    " peseta",
    " currency",
    " stg",
)


# The two letters after the space of each of ``_CURRENCIES``: most words after a
# place start otherwise, and one look-up rules them all out.
_CURRENCY_HEADS: Final = frozenset(c[1:3] for c in _CURRENCIES)


# A place named in the text: where it starts, as written, its candidate codes (the
# first is the default; none for a region), its kind, and whether it is weak (only
# part of another name: "Cyprus Minerals Co", "Canadian dollar"; counted with the
# country's other mentions, never a tag by itself). A plain tuple, read by
# unpacking: articles name dozens of places, and a named tuple's ``__new__`` is a
# Python call.
PlaceHit = tuple[int, str, tuple[str, ...], str, bool]

# Where a company sits: "based in Stamford", "Henkel KGaA of Dusseldorf".
_BASED_IN: Final = ("based in ", "headquartered in ")
_SEAT_BEFORE: Final = ("in ", "of ")


def _seat_of_company(text: str, start: int) -> bool:
    """ "based in Stamford", "Henkel KGaA of Dusseldorf": where a company sits."""
    before = text[max(0, start - 16) : start]
    if before.endswith(_BASED_IN):
        return True
    if not before.endswith(" of "):
        return False
    words = before.split()
    return len(words) >= 2 and ORG_HEADS.get(words[-2].rstrip(",")) == "business"


def place_hits(chunks: Iterable[Chunk], text: str) -> list[PlaceHit]:
    """Every place segment of the chunks, in text order (regions included, codes empty)."""
    hits: list[PlaceHit] = []
    append = hits.append
    for chunk in chunks:
        segs = chunk.segs
        start = chunk.start
        last = len(segs) - 1
        index = -1  # counted by hand: most chunks hold one segment, not worth an enumerate
        for seg in segs:
            index += 1
            place = seg.place
            if place is None or seg.kind != PLACE:
                continue
            weak = seg.weak
            if index == last:
                end = chunk.end
                if place.kind == "demonym" and text.startswith(_REGION_TAILS, end):
                    continue
                # Each of ``_CURRENCIES`` starts with a space.
                following = text[end : end + 10].lower() if text.startswith(" ", end) else ""
            else:
                following = " " + segs[index + 1].text.lower()
            # ``_CURRENCY_HEADS`` first: most words after a place are no currency.
            if not weak and following[1:3] in _CURRENCY_HEADS:
                weak = following.startswith(_CURRENCIES)
            if not weak and index == 0 and text.startswith(_SEAT_BEFORE, start - 3, start):
                weak = _seat_of_company(text, start)
            append((start, seg.text, place.codes, place.kind, weak))
    return hits


def resolve(hits: list[PlaceHit]) -> list[tuple[PlaceHit, str]]:
    """Each hit that names a country with the code it names; ambiguous names take
    their first reading unless only another one has evidence elsewhere in the text."""
    out: list[tuple[PlaceHit, str]] = []
    ambiguous = False
    for hit in hits:
        codes = hit[2]
        if codes:
            if len(codes) > 1:
                ambiguous = True
            out.append((hit, codes[0]))
    if not ambiguous:
        return out
    plain = {codes[0] for _, _, codes, _, _ in hits if len(codes) == 1}
    local = {codes[0] for _, _, codes, kind, _ in hits if len(codes) == 1 and kind in _LOCAL_KINDS}
    for i, (hit, code) in enumerate(out):
        _, surface, codes, _, _ = hit
        if len(codes) > 1 and code not in plain:
            for other in codes[1:]:
                evidence = local if (surface, other) in _NEEDS_LOCAL else plain
                if other in evidence:
                    out[i] = (hit, other)
                    break
    return out


def without_names(
    resolved: list[tuple[PlaceHit, str]], names: frozenset[str]
) -> list[tuple[PlaceHit, str]]:
    """The hits but those of a place word among people's names (it names the person),
    demonyms kept."""
    return [
        (hit, code)
        for hit, code in resolved
        if hit[1] not in names or hit[3] == "demonym"  # its surface, its kind
    ]


def country_tags(
    resolved: list[tuple[PlaceHit, str]],
    gz: Gazetteer,
    title_end: int,
    lead: tuple[int, int],
) -> list[CountryTag]:
    """Aggregate resolved hits into tags: primary ones first, then by mentions.

    A country named only weakly (inside a company's name, before a currency) is not
    tagged. ``primary``: named in the title; or in the lead (``lead`` is its span,
    after any dateline) and again later; or the only country the article names; or
    named at least ``MANY_MENTIONS`` times and more than any other country."""
    mentions: dict[str, int] = {}
    # Strong mentions by code, in the order the codes are first named strongly.
    strong: dict[str, int] = {}
    in_title: set[str] = set()
    in_lead: set[str] = set()
    lead_start, lead_end = lead
    # Past both the title and the lead, a hit is in neither.
    reach = max(title_end, lead_end)
    for (start, _, _, _, weak), code in resolved:
        mentions[code] = mentions.get(code, 0) + 1
        if weak:
            continue
        strong[code] = strong.get(code, 0) + 1
        if start >= reach:
            continue
        if start < title_end:
            in_title.add(code)
        elif lead_start <= start < lead_end:
            in_lead.add(code)
    if not strong:
        return []
    names = gz.names
    if len(strong) == 1:
        # The only country the article names: primary.
        (code,) = strong
        count = mentions[code]
        values = {"code": code, "name": names.get(code, code), "mentions": count, "primary": True}
        return [build(CountryTag, values)]
    ranked = sorted(strong.values(), reverse=True)
    runner_up = ranked[1]
    keyed: list[tuple[bool, int, CountryTag]] = []
    for code, named in strong.items():
        count = mentions[code]
        primary = (
            code in in_title
            or (code in in_lead and count >= 2)
            or (named >= MANY_MENTIONS and named > runner_up)
        )
        values = {
            "code": code,
            "name": names.get(code, code),
            "mentions": count,
            "primary": primary,
        }
        keyed.append((not primary, -count, build(CountryTag, values)))
    # Primary ones first, then by mentions; a stable sort keeps the order of first
    # strong mention among equals.
    keyed.sort(key=itemgetter(0, 1))
    return [tag for _, _, tag in keyed]
