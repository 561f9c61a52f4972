"""enrich: an article's countries and actors, from one scan of its text.

``enrich`` composes the pure stages: ``streams.scan`` (one regex pass, gazetteer
look-ups), ``streams.countries`` and ``streams.actors``. The gazetteer is built once
per process (``streams.gazetteer.get_gazetteer``).

Cost is linear in the text: what a stage asks of the whole text per name (is this
word written in lower case elsewhere?) is read once per article
(``actors.SpacedWords``), never searched again per mention. As a safety net
independent of that, only the first ``MAX_TAG_CHARS`` characters of an article (its
title, body, then captions, joined) are tagged: a page of up to 5 MB is accepted,
and a worker blocked on one page beyond Kafka's max poll interval is dropped from
its group and re-reads the page after the rebalance. 200,000 characters is some 25
times the longest Reuters or CoNLL article (8,500); the title and the lead, which
weigh most for ``primary``, are always inside. The text is cut at the last line
break (or space) before the bound, so no name is cut in half; the tags of a longer
article are those of its first 200,000 characters.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from schemas.article import ActorTag, CountryTag
from streams import actor_context, actor_merge, actors, countries
from streams.gazetteer import get_gazetteer
from streams.scan import scan_places

# How much of the body counts as the lead for ``primary``.
LEAD_CHARS: Final = 400
# How much of an article is tagged at most (see the module docstring).
MAX_TAG_CHARS: Final = 200_000
# How far back from the bound a line break is looked for before a space.
_CUT_WINDOW: Final = 2_000


@dataclass(frozen=True, slots=True)
class ArticleTags:
    countries: list[CountryTag] = field(default_factory=list)
    actors: list[ActorTag] = field(default_factory=list)


# "LONDON, March 2 -", "SEOUL (Reuters) -", "PORTLAND, Ore., Feb 26 -": where the story
# was filed, not what it is about.
_DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?,?"
    r"(?: [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^)\n]{1,40}\))? ?[-–—]+ "
)


def lead_span(body: str, offset: int) -> tuple[int, int]:
    """The lead of a body placed at ``offset``: its first paragraph (at most
    ``LEAD_CHARS``), after a dateline if it starts with one."""
    dateline = _DATELINE.match(body)
    start = dateline.end() if dateline else 0
    cut = body.find("\n\n", start, start + LEAD_CHARS)
    end = cut if cut > 0 else min(len(body), start + LEAD_CHARS)
    return offset + start, offset + end


def capped(text: str, limit: int = MAX_TAG_CHARS) -> str:
    """``text``, or at most its first ``limit`` characters, cut at the last line break
    (else space) before the bound so that no word is cut in half."""
    if len(text) <= limit:
        return text
    window = max(0, limit - _CUT_WINDOW)
    cut = text.rfind("\n", window, limit + 1)
    if cut < 0:
        cut = text.rfind(" ", window, limit + 1)
    return text[: cut if cut > 0 else limit]


def enrich(title: str, body: str, captions: Sequence[str] = ()) -> ArticleTags:
    """Countries and actors of one clean article; the title and lead weigh most for ``primary``."""
    gz = get_gazetteer()
    title = title.strip()
    head = f"{title}\n\n" if title else ""
    text = head + body
    if captions:
        text = "\n\n".join([text, *captions])
    text = capped(text)
    title_end = len(title)
    lead = lead_span(body, len(head))
    chunks, place_chunks = scan_places(text, gz)
    sports = actors.is_sports(text)
    spaced = actors.SpacedWords(text)
    mentions = actors.extract(chunks, text, gz, sports, spaced=spaced)
    actor_context.apply_context(mentions, chunks, text, sports, gz.is_census_name)
    hits = countries.place_hits(place_chunks, text)
    resolved = countries.resolve(hits)
    country_tags = countries.country_tags(resolved, gz, title_end, lead)
    primary = [t.code for t in country_tags if t.primary]
    default = primary[0] if len(primary) == 1 else None
    actor_tags = actor_merge.merge(mentions, default, gz, sports, text, spaced=spaced)
    names = actor_merge.person_tokens(actor_tags)
    # A hit's surface is a key of the gazetteer: most people's names hold none, and a
    # look-up of each of their words rules out a pass over the hits.
    if names and not (
        gz.places.keys().isdisjoint(names) and gz.upper_places.keys().isdisjoint(names)
    ):
        kept = countries.without_names(resolved, names)
        if len(kept) < len(resolved):
            country_tags = countries.country_tags(kept, gz, title_end, lead)
    return ArticleTags(countries=country_tags, actors=actor_tags)
