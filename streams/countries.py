"""Countries of an article from its scanned chunks: codes, mention counts, ``primary``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class PlaceHit:
    start: int
    surface: str
    codes: tuple[str, ...]
    kind: str
    # Only part of another name ("Cyprus Minerals Co", "Canadian dollar"): counted
    # with the country's other mentions, never a tag by itself.
    weak: bool = False


def _seat_of_company(text: str, start: int) -> bool:
    """ "based in Stamford", "Henkel KGaA of Dusseldorf": where a company sits."""
    before = text[max(0, start - 16) : start]
    if before.endswith(("based in ", "headquartered in ")):
        return True
    if not before.endswith(" of "):
        return False
    words = before.split()
    return len(words) >= 2 and ORG_HEADS.get(words[-2].rstrip(",")) == "business"


def place_hits(chunks: Iterable[Chunk], text: str) -> list[PlaceHit]:
    """Every place segment of the chunks, in text order (regions included, codes empty)."""
    hits: list[PlaceHit] = []
    for chunk in chunks:
        segs = chunk.segs
        last = len(segs) - 1
        for index, seg in enumerate(segs):
            place = seg.place
            if seg.kind != PLACE or place is None:
                continue
            if (
                index == last
                and place.kind == "demonym"
                and text.startswith(_REGION_TAILS, chunk.end)
            ):
                continue
            following = (
                text[chunk.end : chunk.end + 10] if index == last else " " + segs[index + 1].text
            )
            weak = (
                seg.weak
                or following.lower().startswith(_CURRENCIES)
                or (
                    index == 0
                    and text[chunk.start - 3 : chunk.start] in ("in ", "of ")
                    and _seat_of_company(text, chunk.start)
                )
            )
            hits.append(PlaceHit(chunk.start, seg.text, place.codes, place.kind, weak))
    return hits


def resolve(hits: list[PlaceHit]) -> list[tuple[PlaceHit, str]]:
    """Each hit that names a country with the code it names; ambiguous names take
    their first reading unless only another one has evidence elsewhere in the text."""
    plain = {h.codes[0] for h in hits if len(h.codes) == 1}
    local = {h.codes[0] for h in hits if len(h.codes) == 1 and h.kind in _LOCAL_KINDS}
    out: list[tuple[PlaceHit, str]] = []
    for hit in hits:
        if not hit.codes:
            continue
        code = hit.codes[0]
        if len(hit.codes) > 1 and code not in plain:
            for other in hit.codes[1:]:
                evidence = local if (hit.surface, other) in _NEEDS_LOCAL else plain
                if other in evidence:
                    code = other
                    break
        out.append((hit, code))
    return out


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
    strong: dict[str, int] = {}
    in_title: set[str] = set()
    in_lead: set[str] = set()
    order: dict[str, int] = {}
    lead_start, lead_end = lead
    for hit, code in resolved:
        mentions[code] = mentions.get(code, 0) + 1
        if hit.weak:
            continue
        strong[code] = strong.get(code, 0) + 1
        order.setdefault(code, len(order))
        if hit.start < title_end:
            in_title.add(code)
        elif lead_start <= hit.start < lead_end:
            in_lead.add(code)
    if not strong:
        return []
    ranked = sorted(strong.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    tags = []
    for code, named in strong.items():
        count = mentions[code]
        primary = (
            code in in_title
            or (code in in_lead and count >= 2)
            or len(strong) == 1
            or (named >= MANY_MENTIONS and named > runner_up)
        )
        tags.append(
            build(
                CountryTag,
                {
                    "code": code,
                    "name": gz.names.get(code, code),
                    "mentions": count,
                    "primary": primary,
                },
            )
        )
    tags.sort(key=lambda t: (not t.primary, -t.mentions, order[t.code]))
    return tags
