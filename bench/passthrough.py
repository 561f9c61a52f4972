"""The ceiling: a bare aiokafka consumer→producer that copies one topic to another.

No decoding, no processing: what one Python process can move through the same
broker. With ``--process`` it runs each page through ``route_page`` (the worker's
own decode → stages → encode) and sends the article records instead: the worker
without Faust, which tells Faust's share of the worker's cost from the stages'.

Its delivery is at least once like the worker's: a batch's offsets are committed
only after every record it produced is acknowledged (one batch may be in flight
while the next is read).

Run as ``python -m bench.passthrough --bootstrap ... --input ... --output ... --group ...``
so it is one process, like one worker.
"""

import argparse
import asyncio
import signal
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord

from streams.pipeline import warm_up
from streams.routing import Source, route_page

MAX_MESSAGE_BYTES = 16 * 1024 * 1024


async def copy(
    bootstrap: str,
    source: str,
    target: str,
    group: str,
    *,
    linger_ms: int = 5,
    acks: str = "all",
    compression: str | None = None,
    max_poll_records: int = 500,
    process: bool = False,
    dlq: str | None = None,
    max_page_bytes: int = MAX_MESSAGE_BYTES // 2,
) -> None:
    consumer = AIOKafkaConsumer(
        source,
        bootstrap_servers=bootstrap,
        group_id=group,
        client_id=f"{group}-consumer",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_poll_records=max_poll_records,
        fetch_max_bytes=MAX_MESSAGE_BYTES * 4,
        max_partition_fetch_bytes=MAX_MESSAGE_BYTES,
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        client_id=f"{group}-producer",
        linger_ms=linger_ms,
        acks=acks if acks != "1" else 1,
        compression_type=compression,
        max_request_size=MAX_MESSAGE_BYTES,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if process:
        warm_up()

    async def send(record: ConsumerRecord[bytes, bytes]) -> list[asyncio.Future[object]]:
        if not process:
            return [await producer.send(target, value=record.value, key=record.key)]
        source = Source(record.topic, record.partition, record.offset)
        outgoing = route_page(
            record.value, record.key, source, max_bytes=max_page_bytes, failed_at=datetime.now(UTC)
        )
        return [
            await producer.send(
                target if out.destination == "articles" else dlq or target,
                value=out.value,
                key=out.key,
                headers=list(out.headers),
            )
            for out in outgoing
        ]

    await producer.start()
    await consumer.start()
    inflight: asyncio.Task[None] | None = None
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100)
            if not batches:
                continue
            sent = [
                future
                for records in batches.values()
                for record in records
                for future in await send(record)
            ]
            offsets = {tp: records[-1].offset + 1 for tp, records in batches.items() if records}
            # One batch in flight: its offsets are committed once all its copies are stored,
            # while the next batch is read and sent.
            if inflight is not None:
                await inflight
            inflight = asyncio.create_task(_settle(consumer, sent, offsets))
        if inflight is not None:
            await inflight
    finally:
        await consumer.stop()
        await producer.stop()


async def _settle(
    consumer: AIOKafkaConsumer,
    sent: list[asyncio.Future[object]],
    offsets: dict[TopicPartition, int],
) -> None:
    await asyncio.gather(*sent)
    await consumer.commit(offsets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--linger-ms", type=int, default=5)
    parser.add_argument("--acks", default="all")
    parser.add_argument("--compression", default=None)
    parser.add_argument("--process", action="store_true", help="run the stages (route_page)")
    parser.add_argument("--dlq", default=None, help="dead-letter topic (with --process)")
    args = parser.parse_args()
    asyncio.run(
        copy(
            args.bootstrap,
            args.input,
            args.output,
            args.group,
            linger_ms=args.linger_ms,
            acks=args.acks,
            compression=args.compression,
            process=args.process,
            dlq=args.dlq,
        )
    )


if __name__ == "__main__":
    main()
