"""Integration fixtures: the real local broker, one worker subprocess on per-session topics."""

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from streams import broker as local_broker
from streams import kafka_io
from streams.settings import Settings
from streams.topics import ensure_topics
from streams.workerproc import WorkerProcess

MAX_PAGE_BYTES = 200_000  # small, so the over-the-limit test sends 200 kB, not 5 MB


@pytest.fixture(scope="session")
def broker() -> Iterator[Settings]:
    """The local broker: started here unless running, stopped at the end only if started here."""
    settings = Settings()
    started = False
    if not local_broker.status(settings).running:
        local_broker.start(settings)
        started = True
    yield settings
    if started:
        local_broker.stop(settings)


@pytest.fixture(scope="session")
def env(broker: Settings) -> dict[str, str]:
    """Unique topics and group for this session, passed to the worker as PAGEWIRE_* variables."""
    run = f"it-{uuid.uuid4().hex[:8]}"
    return {
        "PAGEWIRE_BROKER_URL": broker.broker_url,
        "PAGEWIRE_APP_ID": f"pagewire-{run}",
        "PAGEWIRE_TOPIC_PAGES": f"{run}.pages.raw",
        "PAGEWIRE_TOPIC_ARTICLES": f"{run}.articles.enriched",
        "PAGEWIRE_TOPIC_DLQ": f"{run}.pages.dlq",
        "PAGEWIRE_MAX_PAGE_BYTES": str(MAX_PAGE_BYTES),
    }


@pytest.fixture(scope="session")
def settings(env: dict[str, str]) -> Iterator[Settings]:
    """The same settings the worker reads, for this process's producers and consumers."""
    fields = {name.removeprefix("PAGEWIRE_").lower(): value for name, value in env.items()}
    made = Settings(**fields)  # type: ignore[arg-type]
    asyncio.run(ensure_topics(made))
    yield made
    asyncio.run(delete_topics(made))


async def delete_topics(settings: Settings) -> None:
    """Remove a test's topics (and Faust's own) from the broker, which may be shared."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        mine = {*settings.topics, f"{settings.app_id}-__assignor-__leader"}
        existing = set(await admin.list_topics())
        if mine & existing:
            await admin.delete_topics(sorted(mine & existing))
    finally:
        await admin.close()


@pytest.fixture(scope="session")
def worker(
    settings: Settings, env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WorkerProcess]:
    """One worker shared by the session's tests (a restart test may replace its process)."""
    log = Path(tmp_path_factory.mktemp("worker")) / "worker.log"
    proc = WorkerProcess(log, env).start()
    try:
        proc.wait_ready()
    except Exception:
        proc.stop()
        raise
    yield proc
    proc.stop()


def snapshot(settings: Settings) -> dict[str, dict[int, int]]:
    return asyncio.run(kafka_io.snapshot(settings, [settings.topic_articles, settings.topic_dlq]))


def produce(settings: Settings, records: list[tuple[bytes | None, bytes | None]]) -> None:
    asyncio.run(kafka_io.produce(settings, settings.topic_pages, [(k, v, ()) for k, v in records]))


@pytest.fixture
def isolated(broker: Settings, tmp_path: Path) -> Iterator[tuple[Settings, dict[str, str], Path]]:
    """Own topics (one partition) and group for a test that runs its own worker."""
    run = f"itf-{uuid.uuid4().hex[:8]}"
    env = {
        "PAGEWIRE_BROKER_URL": broker.broker_url,
        "PAGEWIRE_APP_ID": f"pagewire-{run}",
        "PAGEWIRE_TOPIC_PAGES": f"{run}.pages.raw",
        "PAGEWIRE_TOPIC_ARTICLES": f"{run}.articles.enriched",
        "PAGEWIRE_TOPIC_DLQ": f"{run}.pages.dlq",
        "PAGEWIRE_TOPIC_PARTITIONS": "1",
    }
    settings = Settings(**{k.removeprefix("PAGEWIRE_").lower(): v for k, v in env.items()})  # type: ignore[arg-type]
    yield settings, env, tmp_path / "worker.log"
    asyncio.run(delete_topics(settings))
