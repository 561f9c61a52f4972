"""A page bigger than Kafka's 1 MiB defaults goes through end to end; the biggest record
``pages.raw`` accepts still goes to the dead-letter topic whole.

Broker, topic, producer and consumer limits all had to be raised for it;
``tests/unit/test_kafka_config.py`` checks a page at the 5 MB limit fits them.
The page is kept at 1.5 MB because the tagging stage is slow on multi-MB text.
"""

import asyncio
from pathlib import Path

import orjson
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.record.default_records import DefaultRecordBatchBuilder

from streams import kafka_io
from streams.settings import Settings
from streams.topics import ensure_topics
from streams.workerproc import WorkerProcess
from tests.integration.conftest import snapshot
from tests.integration.test_worker import ROOT, url, wait_for

pytestmark = pytest.mark.integration


def big_page(page_url: str, size: int) -> bytes:
    lines = (ROOT / "tests/fixtures/seed-page.txt").read_text(encoding="utf-8").split("\n")
    # filler without names: this test is about sizes, not about how fast the stages tag
    paragraph = (
        "talks would go on next week and a final text was expected before the end of the month"
    )
    count = size // (len(paragraph) + 24)
    body = "\n".join(f"{paragraph} Paragraph {i} follows." for i in range(count))
    text = "\n".join([*lines[:4], body])
    return orjson.dumps({"url": page_url, "fetched_at": "2025-06-02T08:00:00Z", "text": text})


def test_a_page_over_the_kafka_defaults_gives_its_article(
    isolated: tuple[Settings, dict[str, str], Path],
) -> None:
    settings, env, log = isolated
    page_url = url()
    value = big_page(page_url, 1_500_000)
    assert 1_400_000 < len(value) <= settings.max_page_bytes
    worker = WorkerProcess(log, env).start()
    try:
        worker.wait_ready()
        starts = snapshot(settings)
        record = (page_url.encode(), value, ())
        asyncio.run(kafka_io.produce(settings, settings.topic_pages, [record]))
        seen = wait_for(settings, starts, lambda o: o.settled(page_url, 1), timeout=180)
    finally:
        worker.stop()
    seen.fail_if_dead(page_url)
    (event,) = seen.for_page(page_url)
    assert len(str(event["body"])) > 1_400_000


async def record_limit(settings: Settings, topic: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        query = ConfigResource(ConfigResourceType.TOPIC, topic, {"max.message.bytes": None})
        (response,) = await admin.describe_configs([query])
    finally:
        await admin.close()
    ((*_, entries),) = response.resources  # (error, message, type, name, entries)
    ((_, value, *_),) = entries
    return int(value)


def test_the_largest_record_pages_raw_takes_still_fits_in_the_dlq(
    isolated: tuple[Settings, dict[str, str], Path],
) -> None:
    """Dead-letter headers are added to the original bytes: the topics leave room for them."""
    settings, env, log = isolated
    asyncio.run(ensure_topics(settings))
    key = url().encode()
    limit = asyncio.run(record_limit(settings, settings.topic_pages))
    # a batch of this one record is within `limit` (the length's varint grows by up to 8 bytes)
    value = b"x" * (limit - DefaultRecordBatchBuilder.estimate_size_in_bytes(key, b"", []) - 8)
    worker = WorkerProcess(log, env).start()
    try:
        worker.wait_ready()
        starts = snapshot(settings)
        asyncio.run(kafka_io.produce(settings, settings.topic_pages, [(key, value, ())]))
        seen = wait_for(settings, starts, lambda o: key in o.dead, timeout=60)
    finally:
        worker.stop()
    (dead,) = seen.dead[key]
    assert dead.value == value
    assert seen.reason(key).error_class == "PageTooLarge"
