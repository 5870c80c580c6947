"""The asyncio :class:`AsyncTracker`: the same rules, a task instead of a thread."""

from __future__ import annotations

import asyncio
import atexit
import time
from collections import deque
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self

import httpx

from ._base import Delivery, Settings, TrackerBase, http_settings, log, make_settings, report_drop
from ._delivery import Counters, Decision, TrackerClosedError, TrackingError, bulk_body
from ._hits import Hit
from ._tracker import DEFAULT_TIMEOUT

__all__ = ["AsyncTracker"]


class AsyncTracker(TrackerBase[Awaitable[bool]]):
    """:class:`~piwik_pro.tracking.Tracker` for asyncio: ``await tracker.track_page_view(...)``.

    Same settings and rules; the worker is a task of the running event loop, started by
    the first hit. ``await flush()``, ``await close()`` or ``async with`` drain it. At
    interpreter exit no loop is left to send with: hits still pending are reported in a
    warning, so close the tracker before the loop ends.
    """

    def __init__(
        self,
        host: str,
        site_id: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **settings: Any,
    ) -> None:
        self._settings: Settings = make_settings(host, site_id, **settings)
        self._counters = Counters()
        lanes = self._settings.workers  # one visitor's hits always use the same lane: in order
        self._lanes: list[deque[Hit]] = [deque() for _ in range(lanes)]
        self._lane_size = -(-self._settings.max_queue_size // lanes)
        self._in_flight = 0
        self._urgent = 0
        self._closed = False
        self._changed: asyncio.Condition | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(**http_settings(timeout))  # type: ignore[arg-type]
        self._sleep = sleep
        atexit.register(self._warn_at_exit)

    def __repr__(self) -> str:
        return f"AsyncTracker({self._settings.url!r}, site_id={self.site_id!r}, {self.stats})"

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        if not self._tasks:
            loop = asyncio.get_running_loop()
            self._tasks = [loop.create_task(self._run(lane)) for lane in self._lanes]
        return self._changed

    async def _put_async(self, hit: Hit) -> bool:
        if self._closed:
            raise TrackerClosedError("this tracker is closed; create a new AsyncTracker")
        changed, settings, size = self._condition(), self._settings, self._lane_size
        lanes = self._lanes
        items = lanes[hash(hit.visitor) % len(lanes)] if len(lanes) > 1 else lanes[0]
        async with changed:
            if len(items) >= size:
                if settings.on_full == "drop" or not await _wait_for(
                    changed, lambda: len(items) < size or self._closed,
                    settings.block_timeout,
                ):  # fmt: skip
                    report_drop(self._counters, hit)
                    return False
                if self._closed:
                    raise TrackerClosedError("the tracker was closed while this hit waited")
            items.append(hit)
            self._counters.add("queued", 1)
            if len(items) == 1 or len(items) >= settings.batch_size:
                changed.notify_all()
            return True

    def _put(self, hit: Hit) -> Awaitable[bool]:
        return self._put_async(hit)

    async def flush(self, timeout: float | None = None) -> bool:
        """Send every queued hit now; True once all are sent or failed (False: timed out)."""
        if not self._tasks:
            return True
        changed = self._condition()
        async with changed:
            self._urgent += 1
            changed.notify_all()
            try:
                return await _wait_for(changed, self._idle, timeout)
            finally:
                self._urgent -= 1

    async def close(self, timeout: float | None = None) -> None:
        """Drain the queue (up to ``timeout`` s), stop the worker task, close the client."""
        if not self._closed:
            self._closed = True
            atexit.unregister(self._warn_at_exit)
            if self._changed is not None:
                async with self._changed:
                    self._changed.notify_all()
        if self._tasks:
            _, running = await asyncio.wait(set(self._tasks), timeout=timeout)
            if running:
                log.warning("piwik_pro.tracking: close() timed out with %d pending", self._pending)
                return
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def _pending(self) -> int:
        return sum(len(lane) for lane in self._lanes) + self._in_flight

    def _idle(self) -> bool:
        return not self._in_flight and not any(self._lanes)

    def _warn_at_exit(self) -> None:
        if self._pending:
            log.warning(
                "piwik_pro.tracking: %d hit(s) never sent: AsyncTracker not closed", self._pending
            )

    # -- the worker task ---------------------------------------------------------------
    async def _run(self, items: deque[Hit]) -> None:
        while (batch := await self._take(items)) is not None:
            delivery = Delivery(self._settings, self._counters, batch)
            try:
                while (delay := delivery.after(await self._attempt(delivery))) is not None:
                    await self._sleep(delay)
            except Exception as exc:  # a bug must not stop the worker or lose hits silently
                log.exception("piwik_pro.tracking: delivery failed")
                delivery.fail(TrackingError(f"delivery failed: {exc!r}"))
            finally:
                changed = self._condition()
                async with changed:
                    self._in_flight -= len(batch)
                    changed.notify_all()

    async def _take(self, items: deque[Hit]) -> list[Hit] | None:
        settings, changed = self._settings, self._condition()
        async with changed:
            await changed.wait_for(lambda: bool(items) or self._closed)
            if not items:
                return None
            end = time.monotonic() + settings.flush_interval
            while len(items) < settings.batch_size and not (self._urgent or self._closed):
                if not await _wait_for(
                    changed, lambda: len(items) >= settings.batch_size or bool(self._urgent)
                    or self._closed, end - time.monotonic(),
                ):  # fmt: skip
                    break
            batch = [items.popleft() for _ in range(min(settings.batch_size, len(items)))]
            self._in_flight += len(batch)
            changed.notify_all()
            return batch

    async def _attempt(self, delivery: Delivery) -> Decision:
        dry = delivery.dry()
        if dry is not None:
            return dry
        try:
            response = await self._http.post(self._settings.url, content=bulk_body(delivery.hits))
        except httpx.HTTPError as exc:
            return delivery.judge_error(exc)
        return delivery.judge_response(response)


async def _wait_for(
    condition: asyncio.Condition, predicate: Callable[[], bool], timeout: float | None
) -> bool:
    """``condition.wait_for(predicate)`` for at most ``timeout`` s; the predicate's last value."""
    if timeout is None:
        await condition.wait_for(predicate)
        return True
    try:
        await asyncio.wait_for(condition.wait_for(predicate), max(0.0, timeout))
    except TimeoutError:
        return predicate()
    return True
