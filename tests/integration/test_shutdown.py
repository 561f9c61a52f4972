"""SIGTERM: the worker finishes the pages in flight, commits them, then leaves (real broker).

Faust's stop (``stream_wait_empty``, on by default) stops fetching, waits until
every event handed to the agent is acked, commits, then stops the producer.
The test deletes the articles topic under a running worker: its sends of
articles get a retriable UnknownTopicOrPartition and are retried, so the page
stays in flight until the topic is back (created again by ``ensure_topics``, as
every ``pagewire worker`` does at start).
"""

import asyncio
import time
from pathlib import Path

import pytest
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams.settings import Settings
from streams.topics import ensure_topics
from streams.workerproc import WorkerProcess
from tests.integration.conftest import produce, snapshot
from tests.integration.test_worker import SEED_ARTICLES, envelope, url, wait_for

pytestmark = pytest.mark.integration

COMMIT_INTERVAL = 2.8  # Faust's broker_commit_interval


async def delete_topic(settings: Settings, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        await admin.delete_topics([topic])
        while topic in set(await admin.list_topics()):
            await asyncio.sleep(0.1)
    finally:
        await admin.close()


async def committed(settings: Settings) -> int | None:
    """The group's committed offset of partition 0 of the page topic."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(settings.app_id)
    finally:
        await admin.close()
    found = offsets.get(TopicPartition(settings.topic_pages, 0))
    return None if found is None or found.offset < 0 else found.offset


def wait_until_sends_are_retried(worker: WorkerProcess, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while "UnknownTopicOrPartition" not in worker.log_tail(200):
        assert time.monotonic() < deadline, f"no send retried:\n{worker.log_tail()}"
        time.sleep(0.2)


def test_sigterm_waits_for_the_page_in_flight_then_commits_it(
    isolated: tuple[Settings, dict[str, str], Path],
) -> None:
    settings, env, log = isolated
    worker = WorkerProcess(log, {**env, "PAGEWIRE_PRODUCER_REQUEST_TIMEOUT_S": "120"}).start()
    page_url = url()
    try:
        worker.wait_ready()
        starts = snapshot(settings)
        asyncio.run(delete_topic(settings, settings.topic_articles))
        produce(settings, [(page_url.encode(), envelope(page_url))])
        wait_until_sends_are_retried(worker)
        assert worker.process is not None
        worker.process.terminate()
        time.sleep(2 * COMMIT_INTERVAL)
        assert worker.process.poll() is None, "the worker left with a page in flight"
        asyncio.run(ensure_topics(settings))
        assert worker.process.wait(60) == 0, worker.log_tail()
    finally:
        worker.stop()
    seen = wait_for(settings, starts, lambda o: o.settled(page_url), timeout=10)
    seen.fail_if_dead(page_url)
    assert len({e["article_id"] for e in seen.for_page(page_url)}) == SEED_ARTICLES
    assert asyncio.run(committed(settings)) == 1
