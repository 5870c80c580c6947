"""The thread-backed :class:`Tracker`."""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

import httpx

from ._base import Delivery, Settings, TrackerBase, http_settings, log, make_settings, report_drop
from ._delivery import Counters, Decision, TrackerClosedError, TrackingError, bulk_body
from ._hits import Hit
from ._queue import HitQueue

__all__ = ["Tracker"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class Tracker(TrackerBase[bool]):
    """Sends hits to the Tracking API (``/ppms.php``) in bulk from a background thread.

    No API credentials are needed. ``track_<kind>(...)`` builds the hit and queues it
    (``True``), or, when the queue holds ``max_queue_size`` hits, waits for room
    (``on_full="block"``, up to ``block_timeout`` seconds) or drops it and counts it
    (``on_full="drop"``, or a block that timed out: ``False``). The worker sends up to
    ``batch_size`` hits per request in the order they were tracked (``workers=N``: N
    threads, a visitor's hits always through the same one), waiting at most
    ``flush_interval`` seconds for a batch to fill; it retries 429 (``Retry-After``),
    5xx and connection errors per ``retry_policy`` and resumes after a partial answer's
    ``tracked`` count. Hits it cannot deliver go to ``on_error(error, hits)`` and the
    ``failed`` counter. ``dry_run=True`` sends nothing (hits are logged at DEBUG and
    counted as sent). ``flush()`` waits for every queued hit; ``close()`` (also at
    interpreter exit, and on leaving ``with``) drains the queue and stops the worker.
    """

    def __init__(
        self,
        host: str,
        site_id: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        exit_timeout: float | None = 10.0,
        **settings: Any,
    ) -> None:
        self._settings: Settings = make_settings(host, site_id, **settings)
        lanes = self._settings.workers
        self._queues = [HitQueue(-(-self._settings.max_queue_size // lanes)) for _ in range(lanes)]
        self._counters = Counters(lambda: sum(queue.accepted for queue in self._queues))
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(**http_settings(timeout))  # type: ignore[arg-type]
        self._sleep = sleep
        self._close_lock = threading.Lock()
        self._exit_timeout = exit_timeout
        self._workers = [
            threading.Thread(target=self._run, args=(q,), name="piwik-pro-tracker", daemon=True)
            for q in self._queues
        ]
        for worker in self._workers:
            worker.start()
        self._at_exit = _exit_hook(weakref.ref(self))
        atexit.register(self._at_exit)

    def __repr__(self) -> str:
        return f"Tracker({self._settings.url!r}, site_id={self.site_id!r}, {self.stats})"

    def _put(self, hit: Hit) -> bool:
        queues = self._queues  # one visitor's hits always go to the same worker: in order
        queue = queues[hash(hit.visitor) % len(queues)] if len(queues) > 1 else queues[0]
        if queue.closed:
            raise TrackerClosedError("this tracker is closed; create a new Tracker to track more")
        settings = self._settings
        state = queue.put(
            hit,
            settings.batch_size,
            block=settings.on_full == "block",
            timeout=settings.block_timeout,
        )
        if state:
            if state == 2:  # a batch is ready: let the worker take the GIL now, not in 5 ms
                time.sleep(0)
            return True
        if queue.closed:
            raise TrackerClosedError("the tracker was closed while this hit waited for room")
        report_drop(self._counters, hit)
        return False

    def flush(self, timeout: float | None = None) -> bool:
        """Send every queued hit now; True once all are sent or failed (False: timed out)."""
        if threading.current_thread() in self._workers:
            raise RuntimeError(
                "flush() from the tracker's own worker (on_error?) would wait forever"
            )
        end = None if timeout is None else time.monotonic() + timeout
        for queue in self._queues:
            queue.urge(1)
        try:
            return all(queue.wait_idle(_left(end)) for queue in self._queues)
        finally:
            for queue in self._queues:
                queue.urge(-1)

    def close(self, timeout: float | None = None) -> None:
        """Drain the queue (waiting up to ``timeout`` s), stop the workers, close the client."""
        with self._close_lock:
            if not self._queues[0].closed:
                atexit.unregister(self._at_exit)
                for queue in self._queues:
                    queue.close()
            end = None if timeout is None else time.monotonic() + timeout
            for worker in self._workers:
                worker.join(_left(end))
            pending = sum(len(queue) for queue in self._queues)
            if any(worker.is_alive() for worker in self._workers):
                log.warning("piwik_pro.tracking: close() timed out with %d hit(s) pending", pending)
                return
            if self._owns_http:
                self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the worker ---------------------------------------------------------------------
    def _run(self, queue: HitQueue) -> None:
        settings = self._settings
        while (batch := queue.take(settings.batch_size, settings.flush_interval)) is not None:
            delivery = Delivery(settings, self._counters, batch)
            try:
                while (delay := delivery.after(self._attempt(delivery))) is not None:
                    self._sleep(delay)
            except Exception as exc:  # a bug must not stop the worker or lose hits silently
                log.exception("piwik_pro.tracking: delivery failed")
                delivery.fail(TrackingError(f"delivery failed: {exc!r}"))
            finally:
                queue.done(len(batch))

    def _attempt(self, delivery: Delivery) -> Decision:
        dry = delivery.dry()
        if dry is not None:
            return dry
        try:
            response = self._http.post(self._settings.url, content=bulk_body(delivery.hits))
        except httpx.HTTPError as exc:
            return delivery.judge_error(exc)
        return delivery.judge_response(response)


def _left(end: float | None) -> float | None:
    return None if end is None else max(0.0, end - time.monotonic())


def _exit_hook(ref: weakref.ref[Tracker]) -> Callable[[], None]:
    def flush_at_exit() -> None:
        tracker = ref()
        if tracker is None:
            return
        tracker.close(tracker._exit_timeout)

    return flush_at_exit
