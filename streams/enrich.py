"""enrich: an article's countries and actors (placeholder, being written)."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from schemas.article import ActorTag, CountryTag


@dataclass(frozen=True, slots=True)
class ArticleTags:
    countries: list[CountryTag] = field(default_factory=list)
    actors: list[ActorTag] = field(default_factory=list)


def enrich(title: str, body: str, captions: Sequence[str] = ()) -> ArticleTags:
    """Countries and actors of one clean article; the title and lead weigh most for ``primary``."""
    raise NotImplementedError
