"""When the broker refuses what the worker sends: dead letter with stage ``publish``, or a crash.

Each test gets its own worker and topics; topics are created beforehand with a
tiny ``max.message.bytes`` so the real broker rejects the records.
"""

import asyncio
import time
from pathlib import Path

import orjson
import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from schemas.dlq import DeadLetterHeaders
from streams import kafka_io
from streams.settings import Settings
from streams.topics import ensure_topics
from streams.workerproc import WorkerProcess
from tests.integration.conftest import produce, snapshot
from tests.integration.test_worker import SEED_ARTICLES, Outcomes, envelope, url, wait_for

pytestmark = pytest.mark.integration
TINY = "1024"  # bytes: an article event of the sample page is bigger
NO_ARTICLE = b"Page not found\nThe page you requested could not be found."


async def create(settings: Settings, limits: dict[str, str]) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        await admin.create_topics(
            [
                NewTopic(name, 1, 1, topic_configs={"max.message.bytes": v})
                for name, v in limits.items()
            ]
        )
    finally:
        await admin.close()
    await ensure_topics(settings)


async def raise_limit(settings: Settings, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        resource = ConfigResource(
            ConfigResourceType.TOPIC, topic, {"max.message.bytes": str(settings.max_message_bytes)}
        )
        await admin.alter_configs([resource])
    finally:
        await admin.close()


def produce_page(settings: Settings, page_url: str) -> None:
    asyncio.run(
        kafka_io.produce(
            settings, settings.topic_pages, [(page_url.encode(), envelope(page_url), ())]
        )
    )


def test_rejected_articles_send_the_page_to_the_dlq_with_stage_publish(
    isolated: tuple[Settings, dict[str, str], Path],
) -> None:
    settings, env, log = isolated
    asyncio.run(create(settings, {settings.topic_articles: TINY}))
    worker = WorkerProcess(log, env).start()
    try:
        worker.wait_ready()
        page_url, starts = url(), snapshot(settings)
        produce_page(settings, page_url)
        seen = wait_for(settings, starts, lambda o: page_url.encode() in o.dead)
    finally:
        worker.stop()
    (record,) = seen.dead[page_url.encode()]
    assert record.value == envelope(page_url)
    reason = DeadLetterHeaders.from_kafka(list(record.headers))
    assert reason.stage == "publish"
    assert "TooLarge" in reason.error_class + reason.error_message
    assert reason.source_topic == settings.topic_pages


def test_when_the_dlq_rejects_too_the_worker_crashes_and_the_page_is_read_again(
    isolated: tuple[Settings, dict[str, str], Path],
) -> None:
    """Also when the page after it, which gives no record, was done first: Faust commits
    on its way down whatever is acked, so that page must not be acked before this one."""
    settings, env, log = isolated
    asyncio.run(create(settings, {settings.topic_articles: TINY, settings.topic_dlq: TINY}))
    worker = WorkerProcess(log, env).start()
    page_url = url()
    try:
        worker.wait_ready()
        starts = snapshot(settings)
        produce_page(settings, page_url)
        produce(settings, [(b"not-found", NO_ARTICLE)])
        assert worker.process is not None
        deadline = time.monotonic() + 60
        while worker.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        code = worker.process.poll()
        assert code not in (None, 0), f"worker did not crash (exit {code}):\n{worker.log_tail()}"
        # nothing was committed for the page: with room on the topics, a new worker redoes it
        asyncio.run(raise_limit(settings, settings.topic_articles))
        asyncio.run(raise_limit(settings, settings.topic_dlq))
        worker.start().wait_ready()
        seen: Outcomes = wait_for(settings, starts, lambda o: o.settled(page_url))
    finally:
        worker.stop()
    seen.fail_if_dead(page_url)
    assert len({e["article_id"] for e in seen.for_page(page_url)}) == SEED_ARTICLES
    assert orjson.loads(envelope(page_url))["url"] == page_url
