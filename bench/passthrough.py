"""The ceiling: a bare aiokafka consumer→producer that copies one topic to another.

No decoding, no processing: what one Python process can move through the same
broker. Its delivery is at least once like the worker's: a batch's offsets are
committed only after every copy in it is acknowledged (one batch may be in flight
while the next is read).

Run as ``python -m bench.passthrough --bootstrap ... --input ... --output ... --group ...``
so it is one process, like one worker.
"""

import argparse
import asyncio
import signal

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

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
    await producer.start()
    await consumer.start()
    inflight: asyncio.Task[None] | None = None
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100)
            if not batches:
                continue
            sent = [
                await producer.send(target, value=record.value, key=record.key)
                for records in batches.values()
                for record in records
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
        )
    )


if __name__ == "__main__":
    main()
