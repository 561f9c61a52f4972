"""Create pagewire's topics when missing, before any worker subscribes to them.

A Faust worker that subscribes before its source topic exists does not see the
topic until it restarts, so ``pagewire worker`` (and the tests) call
``ensure_topics`` first.
"""

import asyncio
import time
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.settings import Settings

TOPIC_EXISTS = 36
DEAD_LETTER_HEADROOM = 64 * 1024
"""Bytes ``pages.raw`` leaves below the record limit for the ``pagewire.*`` dead-letter headers."""


class TopicError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class TopicSpec:
    name: str
    partitions: int
    replication_factor: int
    config: tuple[tuple[str, str], ...]


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """The three topics, sized so the biggest allowed page fits everywhere (pure).

    ``pages.raw`` takes records ``DEAD_LETTER_HEADROOM`` smaller than the other
    topics, so any page it accepts still fits in the dead-letter topic with the
    reason headers added. With replicas to spare, a record needs two copies to
    count as stored (``acks=all`` waits for the in-sync replicas only).
    """
    limit, rf = settings.max_message_bytes, settings.topic_replication_factor
    durable = (("min.insync.replicas", str(max(1, min(2, rf - 1)))),)
    pages = (("max.message.bytes", str(limit - DEAD_LETTER_HEADROOM)), *durable)
    articles = (("max.message.bytes", str(limit)), *durable)
    dlq = (*articles, ("retention.ms", str(30 * 24 * 3600 * 1000)))
    partitions = settings.topic_partitions
    return [
        TopicSpec(settings.topic_pages, partitions, rf, pages),
        TopicSpec(settings.topic_articles, partitions, rf, articles),
        TopicSpec(settings.topic_dlq, partitions, rf, dlq),
    ]


async def ensure_topics(settings: Settings, timeout: float = 30.0) -> list[str]:
    """Create the missing topics; return the names created. Waits until all have leaders."""
    specs = topic_specs(settings)
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=int(timeout * 1000)
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [spec for spec in specs if spec.name not in existing]
        if missing:
            new = [
                NewTopic(s.name, s.partitions, s.replication_factor, topic_configs=dict(s.config))
                for s in missing
            ]
            response = await admin.create_topics(new)
            for name, code, *rest in response.topic_errors:
                if code not in (0, TOPIC_EXISTS):
                    raise TopicError(f"creating topic {name!r} failed: error {code} {rest}")
        await _wait_for_leaders(admin, [s.name for s in specs], timeout)
        return [s.name for s in missing]
    finally:
        await admin.close()


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        described = await admin.describe_topics(names)
        ready = all(
            t["error_code"] == 0
            and t["partitions"]
            and all(p["leader"] >= 0 for p in t["partitions"])
            for t in described
        )
        if ready:
            return
        if time.monotonic() > deadline:
            raise TopicError(f"topics {names} have no leaders after {timeout:.0f}s")
        await asyncio.sleep(0.2)
