"""At-least-once delivery: a source event is acked only once it and every earlier event are stored.

Faust acks an event when the agent moves on, and a failed asynchronous send is
never noticed. Here the agent reads with manual acks; each page's sends are
awaited by a background task. When a send fails, the page goes to the
dead-letter topic instead (stage ``publish``); when even that fails the worker
is crashed and the page is never acked, so it is read again after the restart.

Faust does not hold a commit back for an unacked offset below acked ones: it
commits the end of the first run of acked offsets even when an unacked offset
lies before that run (faust/transport/consumer.py ``_new_offset``). So pages are acked in offset
order per partition: a page waits for the page read before it from the same
partition (the agent reads each partition in offset order) and is acked only
after it, never if that one failed. A page in flight therefore holds back the
ack, and the commit, of every later page of its partition. (Faust flushes the
producer before it commits, which waits for sends still pending, but not for a
page whose dead letter failed too: the crashing worker commits what is acked on
its way down.)

On SIGTERM, Faust's stop (``stream_wait_empty``) waits until every event given
to the agent is acked, then commits, before it stops the producer.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Hashable, Sequence

from streams.routing import Outgoing

log = logging.getLogger(__name__)

Send = Callable[[Outgoing], Awaitable[Awaitable[object]]]
"""Start sending one record; the returned awaitable completes when the broker stored it."""

Acked = asyncio.Future[bool]
"""A page's turn: True once it is acked, False when it never will be (so nor are later pages)."""


class DeliveryFailed(RuntimeError):
    """A page could be delivered neither to its topics nor to the dead-letter topic."""


class Delivery:
    def __init__(
        self,
        send: Send,
        on_fatal: Callable[[BaseException], Awaitable[None]],
        max_inflight: int = 1000,
    ) -> None:
        self._send = send
        self._on_fatal = on_fatal
        self._slots = asyncio.Semaphore(max_inflight)
        self._tasks: set[asyncio.Task[None]] = set()
        self._last: dict[Hashable, Acked] = {}  # per partition: the turn of its latest page

    async def publish(
        self,
        partition: Hashable,
        records: Sequence[Outgoing],
        fallback: Callable[[BaseException], Outgoing],
        ack: Callable[[], Awaitable[object]],
    ) -> None:
        """Start sending ``records``; ``ack`` runs once all are stored (or the fallback is)
        and the previous page of ``partition`` is acked."""
        await self._slots.acquire()
        pending: list[Awaitable[object]] = []
        error: BaseException | None = None
        try:
            for record in records:
                pending.append(await self._send(record))
        except Exception as exc:
            error = exc
        previous = self._last.get(partition)
        acked: Acked = asyncio.get_running_loop().create_future()
        self._last[partition] = acked
        stored = self._store(pending, error, fallback)
        task = asyncio.create_task(self._settle(stored, ack, previous, acked))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _settle(
        self,
        stored: Awaitable[bool],
        ack: Callable[[], Awaitable[object]],
        previous: Acked | None,
        acked: Acked,
    ) -> None:
        """Ack once the page is stored and the page before it acked; say so to the next page."""
        done = False
        try:
            if await stored and (previous is None or await previous):
                await ack()
                done = True
        finally:
            acked.set_result(done)
            self._slots.release()

    async def _store(
        self,
        pending: list[Awaitable[object]],
        error: BaseException | None,
        fallback: Callable[[BaseException], Outgoing],
    ) -> bool:
        """Wait for the page's records, else its dead letter; False (after crashing) if neither."""
        results = await asyncio.gather(*pending, return_exceptions=True)
        error = error or next((r for r in results if isinstance(r, BaseException)), None)
        if error is None:
            return True
        log.warning("publish failed, sending the page to the dead-letter topic: %r", error)
        try:
            await (await self._send(fallback(error)))
        except Exception as exc:
            log.critical("dead-letter publish failed too; crashing: %r", exc)
            await self._on_fatal(DeliveryFailed(f"{error!r}; then dead letter: {exc!r}"))
            return False
        return True
