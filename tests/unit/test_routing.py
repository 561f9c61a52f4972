"""The agent's pure core: one message → article records or one dead-letter record."""

from datetime import UTC, datetime

import orjson
import pytest

from schemas.article import ArticleEvent
from schemas.dlq import DeadLetterHeaders
from streams.cli.kafka import dead_letter_line
from streams.dlq import MAX_MESSAGE_CHARS, dead_letter_headers
from streams.errors import InvalidEnvelope, StageFailed
from streams.kafka_io import Record
from streams.model import RawPage
from streams.routing import Source, dead_letter, route_page

SOURCE = Source("pages.raw", 2, 41)
NOW = datetime(2025, 6, 2, 8, 0, 5, tzinfo=UTC)
ENVELOPE = orjson.dumps(
    {"url": "https://example.com/a", "fetched_at": "2025-06-02T08:00:00Z", "text": "Title\nBody"}
)


def event(article_id: str, position: int) -> ArticleEvent:
    return ArticleEvent(
        article_id=article_id,
        page_id="p-1",
        position=position,
        role="lead" if position == 0 else "related",
        source=None,
        title="t",
        body="b",
        captions=[],
        published_at=None,
        language="en",
        countries=[],
        actors=[],
    )


def reason(records: list, index: int = 0) -> DeadLetterHeaders:
    return DeadLetterHeaders.from_kafka(list(records[index].headers))


def test_events_are_keyed_by_article_id_in_page_order() -> None:
    seen: list[RawPage] = []

    def process(page: RawPage) -> list[ArticleEvent]:
        seen.append(page)
        return [event("a-1", 0), event("a-2", 1)]

    records = route_page(ENVELOPE, b"k", SOURCE, max_bytes=10_000, failed_at=NOW, process=process)
    assert [(r.destination, r.key) for r in records] == [("articles", b"a-1"), ("articles", b"a-2")]
    assert orjson.loads(records[1].value or b"")["position"] == 1
    assert seen[0].url == "https://example.com/a"
    assert seen[0].fetched_at == datetime(2025, 6, 2, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "error_class"),
    [
        (b"\xff\xfe not utf-8", "NotUtf8"),
        (b"{not json", "InvalidEnvelope"),
        (b'{"url": "u"}', "InvalidEnvelope"),
        (b"", "EmptyPage"),
        (b"x" * 101, "PageTooLarge"),
    ],
)
def test_bad_input_becomes_one_dead_letter_with_original_bytes(
    value: bytes, error_class: str
) -> None:
    records = route_page(value, b"key-1", SOURCE, max_bytes=100, failed_at=NOW)
    assert len(records) == 1
    (record,) = records
    assert (record.destination, record.key, record.value) == ("dlq", b"key-1", value)
    headers = reason(records)
    assert headers.error_class == error_class
    assert headers.stage == "ingest"
    assert (headers.source_topic, headers.source_partition, headers.source_offset) == (
        "pages.raw",
        2,
        41,
    )
    assert headers.failed_at == "2025-06-02T08:00:05.000000Z"


def test_stage_failure_names_the_stage_and_the_cause() -> None:
    def process(page: RawPage) -> list[ArticleEvent]:
        raise StageFailed("split", ValueError("no title line"))

    records = route_page(ENVELOPE, None, SOURCE, max_bytes=10_000, failed_at=NOW, process=process)
    headers = reason(records)
    assert (records[0].destination, records[0].key, records[0].value) == ("dlq", None, ENVELOPE)
    assert (headers.stage, headers.error_class) == ("split", "ValueError")
    assert "no title line" in headers.error_message


def test_unexpected_exception_is_caught_too() -> None:
    def process(page: RawPage) -> list[ArticleEvent]:
        raise KeyError("boom")

    records = route_page(ENVELOPE, b"k", SOURCE, max_bytes=10_000, failed_at=NOW, process=process)
    assert (reason(records).stage, reason(records).error_class) == ("process", "KeyError")


def test_a_page_without_articles_sends_nothing() -> None:
    records = route_page(
        ENVELOPE, b"k", SOURCE, max_bytes=10_000, failed_at=NOW, process=lambda page: []
    )
    assert records == []


def test_publish_failure_dead_letter_overrides_the_stage() -> None:
    record = dead_letter(b"v", b"k", SOURCE, TimeoutError("broker"), failed_at=NOW, stage="publish")
    headers = DeadLetterHeaders.from_kafka(list(record.headers))
    assert (headers.stage, headers.error_class) == ("publish", "TimeoutError")


def test_long_messages_are_truncated() -> None:
    headers = dead_letter_headers(
        InvalidEnvelope("x" * 10_000), topic="t", partition=0, offset=0, failed_at=NOW
    )
    assert len(headers.error_message) == MAX_MESSAGE_CHARS


def test_dead_letter_line_shows_key_reason_and_page_start() -> None:
    record = dead_letter(b"\xffpage", b"k-1", SOURCE, InvalidEnvelope("bad"), failed_at=NOW)
    stored = Record("pages.dlq", 0, 7, record.key, record.value, record.headers)
    line = orjson.loads(dead_letter_line(stored))
    assert (line["key"], line["error_class"], line["stage"]) == ("k-1", "InvalidEnvelope", "ingest")
    assert (line["value_bytes"], line["source_offset"]) == (5, 41)
    assert line["value_start"] == "\ufffdpage"
