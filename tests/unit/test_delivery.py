"""At-least-once delivery: ack only after every record of a page is stored (no Kafka: fakes)."""

import asyncio
from collections.abc import Awaitable

from streams.delivery import Delivery, DeliveryFailed
from streams.routing import Outgoing

ARTICLES = [Outgoing("articles", b"a-1", b"{}"), Outgoing("articles", b"a-2", b"{}")]
DEAD = Outgoing("dlq", b"k", b"page")
P0, P1 = ("pages.raw", 0), ("pages.raw", 1)


class FakeBroker:
    """Records every send; each send's future is completed by the test."""

    def __init__(self, fail_send_of: bytes | None = None) -> None:
        self.sent: list[tuple[Outgoing, asyncio.Future[object]]] = []
        self.fail_send_of = fail_send_of

    async def send(self, record: Outgoing) -> Awaitable[object]:
        if record.key == self.fail_send_of:
            raise RuntimeError("message too large")
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self.sent.append((record, future))
        return future


def run(coro: Awaitable[None]) -> None:
    asyncio.run(coro)  # type: ignore[arg-type]


def test_ack_waits_until_all_sends_are_stored() -> None:
    async def scenario() -> None:
        broker, acks, fatal = FakeBroker(), [], []
        delivery = Delivery(broker.send, lambda exc: _record(fatal, exc))
        await delivery.publish(P0, ARTICLES, lambda exc: DEAD, lambda: _record(acks, "acked"))
        await asyncio.sleep(0)
        broker.sent[0][1].set_result("stored")
        await asyncio.sleep(0.01)
        assert acks == []  # one of two records is still in flight
        broker.sent[1][1].set_result("stored")
        await settled()
        assert acks == ["acked"]
        assert [r.destination for r, _ in broker.sent] == ["articles", "articles"]
        assert fatal == []

    run(scenario())


def test_failed_send_sends_the_page_to_the_dlq_then_acks() -> None:
    async def scenario() -> None:
        broker, acks, fatal, reasons = FakeBroker(), [], [], []

        def fallback(exc: BaseException) -> Outgoing:
            reasons.append(exc)
            return DEAD

        delivery = Delivery(broker.send, lambda exc: _record(fatal, exc))
        await delivery.publish(P0, ARTICLES, fallback, lambda: _record(acks, "acked"))
        broker.sent[0][1].set_result("stored")
        broker.sent[1][1].set_exception(TimeoutError("no leader"))
        await asyncio.sleep(0.01)
        assert broker.sent[2][0] == DEAD
        assert acks == []
        broker.sent[2][1].set_result("stored")
        await settled()
        assert acks == ["acked"]
        assert isinstance(reasons[0], TimeoutError)
        assert fatal == []

    run(scenario())


def test_send_that_raises_at_once_also_goes_to_the_dlq() -> None:
    async def scenario() -> None:
        broker, acks = FakeBroker(fail_send_of=b"a-2"), []
        delivery = Delivery(broker.send, lambda exc: _record([], exc))
        await delivery.publish(P0, ARTICLES, lambda exc: DEAD, lambda: _record(acks, "acked"))
        broker.sent[0][1].set_result("stored")
        await asyncio.sleep(0.01)
        assert broker.sent[-1][0] == DEAD
        broker.sent[-1][1].set_result("stored")
        await settled()
        assert acks == ["acked"]

    run(scenario())


def test_when_the_dlq_fails_too_the_worker_crashes_acking_neither_it_nor_later_pages() -> None:
    async def scenario() -> None:
        broker, acks, fatal = FakeBroker(), [], []
        delivery = Delivery(broker.send, lambda exc: _record(fatal, exc))
        await delivery.publish(P0, ARTICLES[:1], lambda exc: DEAD, lambda: _record(acks, 10))
        await delivery.publish(P0, [], lambda exc: DEAD, lambda: _record(acks, 11))
        broker.sent[0][1].set_exception(TimeoutError("down"))
        await asyncio.sleep(0.01)
        broker.sent[1][1].set_exception(TimeoutError("still down"))
        await settled()
        assert acks == []
        assert len(fatal) == 1
        assert isinstance(fatal[0], DeliveryFailed)

    run(scenario())


def test_in_flight_pages_are_bounded() -> None:
    async def scenario() -> None:
        broker = FakeBroker()
        delivery = Delivery(broker.send, lambda exc: _record([], exc), max_inflight=2)
        await delivery.publish(P0, ARTICLES[:1], lambda exc: DEAD, lambda: _record([], 1))
        await delivery.publish(P0, ARTICLES[:1], lambda exc: DEAD, lambda: _record([], 2))
        third = asyncio.create_task(
            delivery.publish(P0, ARTICLES[:1], lambda exc: DEAD, lambda: _record([], 3))
        )
        await asyncio.sleep(0.01)
        assert not third.done()
        broker.sent[0][1].set_result("stored")
        await asyncio.wait_for(third, 1)
        for _, future in broker.sent[1:]:
            future.set_result("stored")
        await settled()

    run(scenario())


def test_pages_are_acked_in_offset_order_whatever_order_their_sends_finish() -> None:
    """Faust commits past an unacked offset below acked ones: a later page must wait."""

    async def scenario() -> None:
        broker, acks = FakeBroker(), []
        delivery = Delivery(broker.send, lambda exc: _record([], exc))
        await delivery.publish(P0, ARTICLES[:1], lambda exc: DEAD, lambda: _record(acks, 10))
        await delivery.publish(P0, [], lambda exc: DEAD, lambda: _record(acks, 11))  # no article
        await delivery.publish(P0, ARTICLES[1:], lambda exc: DEAD, lambda: _record(acks, 12))
        await delivery.publish(P1, [], lambda exc: DEAD, lambda: _record(acks, "p1"))
        broker.sent[1][1].set_result("stored")  # offset 12 is stored before offset 10
        await asyncio.sleep(0.01)
        assert acks == ["p1"]  # another partition does not wait
        broker.sent[0][1].set_result("stored")
        await settled()
        assert acks == ["p1", 10, 11, 12]

    run(scenario())


async def settled() -> None:
    """Wait for Delivery's background tasks (every task but the test's own)."""
    others = asyncio.all_tasks() - {asyncio.current_task()}
    await asyncio.gather(*others, return_exceptions=True)


async def _record(into: list, item: object) -> None:
    into.append(item)
