"""Plain aiokafka clients for the commands and tests: produce records, read topics from offsets."""

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from streams.settings import Settings

Headers = Sequence[tuple[str, bytes]]


@dataclass(frozen=True, slots=True)
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]


@asynccontextmanager
async def producer(settings: Settings) -> AsyncIterator[AIOKafkaProducer]:
    client = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        max_request_size=settings.max_message_bytes,
        linger_ms=settings.producer_linger_ms,
    )
    await _start(client)
    try:
        yield client
    finally:
        await client.stop()


async def _start(client: AIOKafkaProducer | AIOKafkaConsumer) -> None:
    try:
        await client.start()
    except BaseException:
        await client.stop()
        raise


async def produce(
    settings: Settings,
    topic: str,
    records: Sequence[tuple[bytes | None, bytes | None, Headers]],
) -> list[tuple[int, int]]:
    """Send records and wait until stored; return each record's (partition, offset)."""
    async with producer(settings) as client:
        futures = [
            await client.send(topic, value=value, key=key, headers=list(headers) or None)
            for key, value, headers in records
        ]
        stored = await asyncio.gather(*futures)
    return [(meta.partition, meta.offset) for meta in stored]


@asynccontextmanager
async def _consumer(settings: Settings) -> AsyncIterator[AIOKafkaConsumer]:
    client = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        group_id=None,
        enable_auto_commit=False,
        max_partition_fetch_bytes=settings.max_message_bytes,
        fetch_max_bytes=max(settings.max_message_bytes * 2, 50 * 1024 * 1024),
        isolation_level="read_committed",
    )
    await _start(client)
    try:
        yield client
    finally:
        await client.stop()


async def partitions(settings: Settings, topic: str) -> list[int]:
    """The partition numbers of ``topic`` (an error when it does not exist)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
    finally:
        await admin.close()
    if described["error_code"] != 0:
        raise KafkaError(f"topic {topic!r}: error {described['error_code']}")
    return sorted(p["partition"] for p in described["partitions"])


async def end_offsets(settings: Settings, topic: str) -> dict[int, int]:
    """The next offset of every partition of ``topic``: where new records will land."""
    async with _consumer(settings) as client:
        tps = [TopicPartition(topic, p) for p in await partitions(settings, topic)]
        ends = await client.end_offsets(tps)
    return {tp.partition: offset for tp, offset in ends.items()}


async def read(
    settings: Settings,
    topic: str,
    start: dict[int, int] | None = None,
    *,
    first_timeout: float = 60.0,
    idle_timeout: float = 5.0,
    max_records: int | None = None,
) -> AsyncIterator[Record]:
    """Yield records of ``topic`` from ``start`` offsets (default: the beginning).

    Stops after ``max_records``, when no record came in the first ``first_timeout``
    seconds, or ``idle_timeout`` seconds after the last record.
    """
    async with _consumer(settings) as client:
        tps = [TopicPartition(topic, p) for p in await partitions(settings, topic)]
        client.assign(tps)
        for tp in tps:
            if start is not None and tp.partition in start:
                client.seek(tp, start[tp.partition])
            else:
                await client.seek_to_beginning(tp)
        seen = 0
        began = last = time.monotonic()
        while True:
            now = time.monotonic()
            if (not seen and now - began > first_timeout) or (seen and now - last > idle_timeout):
                return
            batch = await client.getmany(timeout_ms=200)
            for messages in batch.values():
                for m in messages:
                    seen += 1
                    last = time.monotonic()
                    yield Record(m.topic, m.partition, m.offset, m.key, m.value, tuple(m.headers))
                    if max_records is not None and seen >= max_records:
                        return


async def collect(
    settings: Settings,
    starts: dict[str, dict[int, int]],
    until: Callable[[list[Record]], bool],
    timeout: float = 60.0,
    settle: float = 0.0,
) -> list[Record]:
    """Read topics from the given offsets until ``until(records)`` holds (or ``timeout``).

    With ``settle``, go on reading that many seconds more once it holds (for
    records published together with the ones awaited).
    """
    async with _consumer(settings) as client:
        tps = [TopicPartition(topic, p) for topic, parts in starts.items() for p in parts]
        client.assign(tps)
        for tp in tps:
            client.seek(tp, starts[tp.topic][tp.partition])
        records: list[Record] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if until(records):
                deadline = min(deadline, time.monotonic() + settle)
                if not settle:
                    break
            batch = await client.getmany(timeout_ms=200)
            for messages in batch.values():
                records.extend(
                    Record(m.topic, m.partition, m.offset, m.key, m.value, tuple(m.headers))
                    for m in messages
                )
        return records


async def snapshot(settings: Settings, topics: Sequence[str]) -> dict[str, dict[int, int]]:
    """End offsets of ``topics``: read from here to see only what is published from now on."""
    return {topic: await end_offsets(settings, topic) for topic in topics}
