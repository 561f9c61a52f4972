"""Message shapes on every pagewire topic: the single definition.

JSON Schema files for consumers in other languages are generated from these
models by ``python -m schemas.export`` into ``schemas/json/``.
"""

from schemas.article import ActorTag, ArticleEvent, Caption, CountryTag
from schemas.dlq import DeadLetterHeaders
from schemas.page import PageEnvelope

__all__ = [
    "ActorTag",
    "ArticleEvent",
    "Caption",
    "CountryTag",
    "DeadLetterHeaders",
    "PageEnvelope",
]
