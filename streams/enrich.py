"""enrich: an article's countries and actors, from one scan of its text.

``enrich`` composes the pure stages: ``streams.scan`` (one regex pass, gazetteer
look-ups), ``streams.countries`` and ``streams.actors``. The gazetteer is built once
per process (``streams.gazetteer.get_gazetteer``).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from schemas.article import ActorTag, CountryTag
from streams import actors, countries
from streams.gazetteer import get_gazetteer
from streams.scan import scan

# How much of the body counts as the lead for ``primary``.
LEAD_CHARS: Final = 400


@dataclass(frozen=True, slots=True)
class ArticleTags:
    countries: list[CountryTag] = field(default_factory=list)
    actors: list[ActorTag] = field(default_factory=list)


def _lead_end(body: str, offset: int) -> int:
    cut = body.find("\n\n", 0, LEAD_CHARS)
    return offset + (cut if cut > 0 else min(len(body), LEAD_CHARS))


def enrich(title: str, body: str, captions: Sequence[str] = ()) -> ArticleTags:
    """Countries and actors of one clean article; the title and lead weigh most for ``primary``."""
    gz = get_gazetteer()
    title = title.strip()
    head = f"{title}\n\n" if title else ""
    text = head + body
    if captions:
        text = "\n\n".join([text, *captions])
    title_end = len(title)
    lead_end = _lead_end(body, len(head))
    chunks = scan(text, gz)
    mentions = actors.extract(chunks, text, gz)
    actors.apply_context(mentions, chunks, text)
    hits = countries.place_hits(chunks, text)
    resolved = countries.resolve(hits)
    country_tags = countries.country_tags(resolved, gz, title_end, lead_end)
    primary = [t.code for t in country_tags if t.primary]
    default = primary[0] if len(primary) == 1 else None
    actor_tags = actors.merge(mentions, default)
    names = actors.person_tokens(actor_tags)
    if names and any(h.surface in names for h, _ in resolved):
        resolved = [(h, c) for h, c in resolved if h.surface not in names or h.kind == "demonym"]
        country_tags = countries.country_tags(resolved, gz, title_end, lead_end)
    return ArticleTags(countries=country_tags, actors=actor_tags)
