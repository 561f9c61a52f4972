"""What one message on ``pages.raw`` becomes: article records, or one dead-letter record (pure).

Nothing here raises: every failure, expected (``PageError``) or not, turns into
a dead-letter record carrying the original key and bytes and the reason.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from schemas.article import ArticleEvent
from schemas.dlq import Stage
from streams.dlq import dead_letter_headers
from streams.errors import PageError
from streams.ingest import decode_page
from streams.model import RawPage
from streams.pipeline import encode_event, process_page

Destination = Literal["articles", "dlq"]
Headers = tuple[tuple[str, bytes], ...]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a message was read from."""

    topic: str
    partition: int
    offset: int


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A record to publish: to the article topic or the dead-letter topic."""

    destination: Destination
    key: bytes | None
    value: bytes | None
    headers: Headers = ()


def dead_letter(
    value: bytes | None,
    key: bytes | None,
    source: Source,
    exc: BaseException,
    *,
    failed_at: datetime,
    stage: Stage | None = None,
) -> Outgoing:
    headers = dead_letter_headers(
        exc,
        topic=source.topic,
        partition=source.partition,
        offset=source.offset,
        failed_at=failed_at,
        stage=stage,
    )
    return Outgoing("dlq", key, value, tuple(headers.to_kafka()))


def route_page(
    value: bytes | None,
    key: bytes | None,
    source: Source,
    *,
    max_bytes: int,
    failed_at: datetime,
    process: Callable[[RawPage], list[ArticleEvent]] = process_page,
) -> list[Outgoing]:
    """Decode, process and encode one page; on any failure, its dead-letter record."""
    stage: Stage | None = "ingest"
    try:
        page = decode_page(value, key, max_bytes)
        stage = None  # process_page labels its own errors (PageError.stage)
        events = process(page)
        stage = "encode"
        return [Outgoing("articles", e.article_id.encode(), encode_event(e)) for e in events]
    except Exception as exc:
        label = exc.stage if isinstance(exc, PageError) else stage
        return [dead_letter(value, key, source, exc, failed_at=failed_at, stage=label)]
