"""enrich: an article's countries and actors, from one scan of its text.

``enrich`` composes the pure stages: ``streams.scan`` (one regex pass, gazetteer
look-ups), ``streams.countries`` and ``streams.actors``. The gazetteer is built once
per process (``streams.gazetteer.get_gazetteer``).
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from schemas.article import ActorTag, CountryTag
from streams import actor_context, actor_merge, actors, countries
from streams.gazetteer import get_gazetteer
from streams.scan import scan

# How much of the body counts as the lead for ``primary``.
LEAD_CHARS: Final = 400


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


def enrich(title: str, body: str, captions: Sequence[str] = ()) -> ArticleTags:
    """Countries and actors of one clean article; the title and lead weigh most for ``primary``."""
    gz = get_gazetteer()
    title = title.strip()
    head = f"{title}\n\n" if title else ""
    text = head + body
    if captions:
        text = "\n\n".join([text, *captions])
    title_end = len(title)
    lead = lead_span(body, len(head))
    chunks = scan(text, gz)
    sports = actors.is_sports(text)
    spaced = actors.SpacedWords(text)
    mentions = actors.extract(chunks, text, gz, sports, spaced=spaced)
    actor_context.apply_context(mentions, chunks, text, gz.is_census_name)
    hits = countries.place_hits(chunks, text)
    resolved = countries.resolve(hits)
    country_tags = countries.country_tags(resolved, gz, title_end, lead)
    primary = [t.code for t in country_tags if t.primary]
    default = primary[0] if len(primary) == 1 else None
    actor_tags = actor_merge.merge(mentions, default, gz, sports, text, spaced=spaced)
    names = actor_merge.person_tokens(actor_tags)
    if names and any(h.surface in names for h, _ in resolved):
        resolved = [(h, c) for h, c in resolved if h.surface not in names or h.kind == "demonym"]
        country_tags = countries.country_tags(resolved, gz, title_end, lead)
    return ArticleTags(countries=country_tags, actors=actor_tags)
