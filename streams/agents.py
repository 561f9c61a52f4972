"""The agent: decode → process → encode → send; no page is acked before its records are stored.

All logic lives in pure functions (``streams.routing``) and in ``streams.delivery``;
this module only wires them to Faust topics.
"""

from datetime import UTC, datetime
from functools import partial
from typing import Any

from streams.delivery import Delivery
from streams.routing import Outgoing, Source, dead_letter, route_page
from streams.settings import Settings


def _topic(app: Any, name: str) -> Any:
    return app.topic(name, key_type=bytes, value_type=bytes, value_serializer="raw")


def register(app: Any, settings: Settings) -> None:
    pages = _topic(app, settings.topic_pages)
    sinks = {"articles": settings.topic_articles, "dlq": settings.topic_dlq}
    readiness = {"assigned": False}

    async def process_pages(stream: Any) -> None:
        producer = await app.maybe_start_producer()

        async def send(record: Outgoing) -> Any:
            # Faust's producer itself: Topic.send wraps the same call in its channel layer
            # (~2% of the worker's CPU) and returns the same aiokafka future.
            return await producer.send(
                sinks[record.destination],
                record.key,
                record.value,
                None,
                None,
                list(record.headers),
            )

        delivery = Delivery(send, app.crash, settings.max_inflight_pages)
        manual = stream.noack()
        async for event in manual.events():
            msg = event.message
            source = Source(msg.topic, msg.partition, msg.offset)
            now = datetime.now(UTC)
            records = route_page(
                msg.value, msg.key, source, max_bytes=settings.max_page_bytes, failed_at=now
            )
            fallback = partial(_publish_failed, msg.value, msg.key, source)
            await delivery.publish(msg.tp, records, fallback, partial(manual.ack, event))

    async def assigned(sender: Any, assigned: Any, **kwargs: Any) -> None:
        readiness["assigned"] = bool(assigned)  # a worker left without a partition does no work

    async def revoked(sender: Any, revoked: Any, **kwargs: Any) -> None:
        readiness["assigned"] = False

    async def ready(web: Any, request: Any) -> Any:
        """Readiness: owns partitions of the group and not rebalancing (liveness is ``GET /``)."""
        ok = readiness["assigned"] and not app.rebalancing
        return web.json({"ready": ok}, status=200 if ok else 503)

    # concurrency 1: more would let Faust commit past a page still in flight (#606)
    app.agent(pages, name="pages", concurrency=1)(process_pages)
    app.on_partitions_assigned.connect(assigned)
    app.on_partitions_revoked.connect(revoked)
    app.page("/ready")(ready)


def _publish_failed(
    value: bytes | None, key: bytes | None, source: Source, exc: BaseException
) -> Outgoing:
    return dead_letter(value, key, source, exc, failed_at=datetime.now(UTC), stage="publish")
