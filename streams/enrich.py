"""enrich: an article's countries and actors (placeholder, being written)."""

from dataclasses import dataclass, field

from schemas.article import ActorTag, CountryTag


@dataclass(frozen=True, slots=True)
class ArticleTags:
    countries: list[CountryTag] = field(default_factory=list)
    actors: list[ActorTag] = field(default_factory=list)


def enrich(title: str, body: str) -> ArticleTags:
    raise NotImplementedError
