"""At-least-once delivery: a source event is acked only once every record it produced is stored.

Faust acks an event when the agent moves on, and a failed asynchronous send is
never noticed. Here the agent reads with manual acks; each page's sends are
awaited by a background task that acks the event when all succeeded. When a
send fails, the page goes to the dead-letter topic instead (stage ``publish``);
when even that fails the worker is crashed, so the offset is never committed
and the page is read again after the restart. Faust commits only the
contiguous range of acked offsets, so a page still in flight holds back the
commit of the pages after it.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from streams.routing import Outgoing

log = logging.getLogger(__name__)

Send = Callable[[Outgoing], Awaitable[Awaitable[object]]]
"""Start sending one record; the returned awaitable completes when the broker stored it."""


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

    @property
    def inflight(self) -> int:
        return len(self._tasks)

    async def publish(
        self,
        records: Sequence[Outgoing],
        fallback: Callable[[BaseException], Outgoing],
        ack: Callable[[], Awaitable[object]],
    ) -> None:
        """Start sending ``records``; ``ack`` runs once all are stored (or the fallback is)."""
        await self._slots.acquire()
        pending: list[Awaitable[object]] = []
        error: BaseException | None = None
        try:
            for record in records:
                pending.append(await self._send(record))
        except Exception as exc:
            error = exc
        task = asyncio.create_task(self._settle(pending, error, fallback, ack))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait until every page handed to ``publish`` is settled."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _settle(
        self,
        pending: list[Awaitable[object]],
        error: BaseException | None,
        fallback: Callable[[BaseException], Outgoing],
        ack: Callable[[], Awaitable[object]],
    ) -> None:
        try:
            results = await asyncio.gather(*pending, return_exceptions=True)
            error = error or next((r for r in results if isinstance(r, BaseException)), None)
            if error is not None:
                log.warning("publish failed, sending the page to the dead-letter topic: %r", error)
                try:
                    await (await self._send(fallback(error)))
                except Exception as exc:
                    log.critical("dead-letter publish failed too; crashing: %r", exc)
                    await self._on_fatal(DeliveryFailed(f"{error!r}; then dead letter: {exc!r}"))
                    return
            await ack()
        finally:
            self._slots.release()
