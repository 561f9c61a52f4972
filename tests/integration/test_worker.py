"""End to end on the real broker: pages.raw → worker subprocess → articles.enriched, pages.dlq.

Every test publishes pages with fresh URLs and reads only what was published
after its own snapshot of the end offsets, so the tests share one worker.
"""

import asyncio
import json
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import jsonschema
import orjson
import pytest

from schemas.dlq import DeadLetterHeaders
from streams import kafka_io
from streams.identity import page_id
from streams.ingest import decode_page
from streams.model import RawPage
from streams.pipeline import encode_event, process_page
from streams.settings import Settings
from streams.workerproc import WorkerProcess
from tests.integration.conftest import MAX_PAGE_BYTES, produce, snapshot

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "tests/fixtures/seed-page.txt").read_text(encoding="utf-8")
SEED_ARTICLES = 4
SCHEMA = json.loads((ROOT / "schemas/json/article-event.schema.json").read_text())


def url() -> str:
    return f"https://example.test/{uuid.uuid4().hex}"


def envelope(page_url: str, text: str = SEED) -> bytes:
    return orjson.dumps({"url": page_url, "fetched_at": "2025-06-02T08:00:00Z", "text": text})


class Outcomes:
    """What the worker published for pages (by URL): article events or a dead letter.

    Every article event a test gets is validated against the exported JSON Schema.
    """

    def __init__(
        self, settings: Settings, records: list[kafka_io.Record], validate: bool = True
    ) -> None:
        self.articles: dict[str, list[dict[str, object]]] = {}
        self.keys: dict[str, list[bytes]] = {}
        self.dead: dict[bytes | None, list[kafka_io.Record]] = {}
        for record in records:
            if record.topic == settings.topic_dlq:
                self.dead.setdefault(record.key, []).append(record)
            elif record.value:
                event = orjson.loads(record.value)
                if validate:
                    jsonschema.validate(event, SCHEMA)
                self.articles.setdefault(str(event["page_id"]), []).append(event)
                self.keys.setdefault(str(event["page_id"]), []).append(record.key or b"")

    def for_page(self, page_url: str) -> list[dict[str, object]]:
        """Articles of the page with this URL, or of the text file keyed by this path."""
        by_url = self.articles.get(page_id(RawPage(text="", url=page_url)))
        return by_url or self.articles.get(page_id(RawPage(text="", key=page_url)), [])

    def reason(self, key: bytes | None) -> DeadLetterHeaders:
        return DeadLetterHeaders.from_kafka(list(self.dead[key][0].headers))

    def settled(self, page_url: str, articles: int = SEED_ARTICLES) -> bool:
        return page_url.encode() in self.dead or len(self.for_page(page_url)) >= articles

    def fail_if_dead(self, page_url: str) -> None:
        if page_url.encode() in self.dead:
            reason = self.reason(page_url.encode())
            pytest.fail(f"page went to the DLQ: {reason.stage}: {reason.error_class}: "
                        f"{reason.error_message}")  # fmt: skip


def wait_for(
    settings: Settings,
    starts: dict[str, dict[int, int]],
    done: Callable[[Outcomes], bool],
    timeout: float = 60.0,
) -> Outcomes:
    records = asyncio.run(
        kafka_io.collect(
            settings,
            starts,
            lambda rs: done(Outcomes(settings, rs, validate=False)),
            timeout=timeout,
            settle=1.0,
        )
    )
    return Outcomes(settings, records)


def test_page_gives_its_article_events_keyed_by_article_id(
    settings: Settings, worker: WorkerProcess
) -> None:
    page_url, starts = url(), snapshot(settings)
    produce(settings, [(page_url.encode(), envelope(page_url))])
    seen = wait_for(settings, starts, lambda o: o.settled(page_url))
    seen.fail_if_dead(page_url)
    events = seen.for_page(page_url)
    assert len(events) == SEED_ARTICLES
    assert sorted(e["position"] for e in events) == list(range(SEED_ARTICLES))
    pid = page_id(RawPage(text="", url=page_url))
    assert seen.keys[pid] == [str(e["article_id"]).encode() for e in events]
    for event in events:
        jsonschema.validate(event, SCHEMA)
    # the same events as the stages give without Kafka (partitions reorder them: keys differ)
    offline = process_page(decode_page(envelope(page_url), page_url.encode()))
    in_page_order = sorted(events, key=lambda e: int(str(e["position"])))
    assert in_page_order == [orjson.loads(encode_event(e)) for e in offline]


def test_bad_input_lands_in_the_dlq_with_reason_and_original_bytes(
    settings: Settings, worker: WorkerProcess
) -> None:
    bad: dict[bytes, tuple[bytes | None, str]] = {
        b"not-utf8": (b"\xff\xfe\x00 caf\xe9", "NotUtf8"),
        b"bad-json": (b'{"url": "https://x", "text": ', "InvalidEnvelope"),
        b"no-text": (orjson.dumps({"url": "https://x", "fetched_at": None}), "InvalidEnvelope"),
        b"bad-time": (orjson.dumps({"text": "T\nB", "fetched_at": "yesterday"}), "InvalidEnvelope"),
        b"empty": (b"", "EmptyPage"),
        b"tombstone": (None, "EmptyPage"),
        b"blank": (b" \n\t ", "EmptyPage"),
        b"too-big": (b"x" * (MAX_PAGE_BYTES + 1), "PageTooLarge"),
    }
    run = uuid.uuid4().hex[:6].encode()
    keys = {run + b"-" + key: value for key, value in bad.items()}
    good_url, starts = url(), snapshot(settings)
    records = [(key, value) for key, (value, _) in keys.items()]
    produce(settings, [*records, (good_url.encode(), envelope(good_url))])

    seen = wait_for(
        settings, starts, lambda o: all(k in o.dead for k in keys) and o.settled(good_url)
    )
    for key, (value, error_class) in keys.items():
        assert key in seen.dead, f"{key!r} not in the DLQ"
        (record,) = seen.dead[key]
        assert record.value == value
        reason = seen.reason(key)
        assert (reason.error_class, reason.stage) == (error_class, "ingest"), key
        assert reason.source_topic == settings.topic_pages
        assert reason.error_message
    # the worker goes on: the valid page sent after them is processed
    seen.fail_if_dead(good_url)
    assert len(seen.for_page(good_url)) == SEED_ARTICLES


def test_same_page_twice_gives_the_same_article_ids(
    settings: Settings, worker: WorkerProcess
) -> None:
    page_url, starts = url(), snapshot(settings)
    value = envelope(page_url)
    produce(settings, [(page_url.encode(), value), (page_url.encode(), value)])
    seen = wait_for(settings, starts, lambda o: o.settled(page_url, 2 * SEED_ARTICLES))
    seen.fail_if_dead(page_url)
    ids = Counter(str(e["article_id"]) for e in seen.for_page(page_url))
    assert len(ids) == SEED_ARTICLES
    assert set(ids.values()) == {2}


def test_pages_sent_while_the_worker_restarts_are_all_processed(
    settings: Settings, worker: WorkerProcess
) -> None:
    before, during = [url() for _ in range(60)], [url() for _ in range(20)]
    starts = snapshot(settings)
    produce(settings, [(u.encode(), envelope(u)) for u in before])
    assert worker.stop() == 0  # SIGTERM while it works through `before`
    produce(settings, [(u.encode(), envelope(u)) for u in during])
    worker.start().wait_ready()

    pages = before + during
    seen = wait_for(settings, starts, lambda o: all(o.settled(u) for u in pages), timeout=90)
    lost = [u for u in pages if not seen.settled(u)]
    assert lost == [], f"{len(lost)} of {len(pages)} pages never processed"
    for page_url in pages:
        if page_url.encode() not in seen.dead:  # at least once: duplicates allowed, gaps not
            ids = {e["article_id"] for e in seen.for_page(page_url)}
            assert len(ids) == SEED_ARTICLES


def test_a_second_worker_joining_and_leaving_loses_no_page(
    settings: Settings, env: dict[str, str], worker: WorkerProcess, tmp_path: Path
) -> None:
    pages = [url() for _ in range(90)]
    starts = snapshot(settings)
    second = WorkerProcess(tmp_path / "second.log", env).start()
    try:
        produce(settings, [(u.encode(), envelope(u)) for u in pages[:30]])
        second.wait_ready()  # the group rebalanced: partitions now split over two workers
        produce(settings, [(u.encode(), envelope(u)) for u in pages[30:60]])
    finally:
        assert second.stop() == 0  # and back to one
    produce(settings, [(u.encode(), envelope(u)) for u in pages[60:]])
    seen = wait_for(settings, starts, lambda o: all(o.settled(u) for u in pages), timeout=90)
    lost = [u for u in pages if not seen.settled(u)]
    assert lost == [], f"{len(lost)} of {len(pages)} pages never processed"
