"""The bounded hit queue between callers and the worker thread.

Callers ``put``; the worker ``take``s up to one batch (waiting ``flush_interval`` for
a batch to fill, less when a flush or close is asked for) and reports it ``done``.
``wait_idle`` waits until every queued hit has been taken and reported.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from ._hits import Hit

__all__ = ["HitQueue"]


class HitQueue:
    """A deque under one lock with conditions for the worker, blocked callers and flushes."""

    def __init__(self, max_size: int) -> None:
        self.max_size = max_size
        self._items: deque[Hit] = deque()
        self._lock = threading.Lock()
        self._has_items = threading.Condition(self._lock)
        self._has_room = threading.Condition(self._lock)
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._urgent = 0
        self.accepted = 0
        self.closed = False

    def put(self, hit: Hit, batch_size: int, *, block: bool, timeout: float | None) -> int:
        """Append ``hit``; on a full queue wait (``block``) up to ``timeout``, else refuse.

        Returns 0 (refused), 1 (queued) or 2 (queued, and it completed a batch).
        """
        with self._lock:
            items = self._items
            if len(items) >= self.max_size:
                if not block or not self._has_room.wait_for(
                    lambda: len(items) < self.max_size or self.closed, timeout
                ):
                    return 0
                if self.closed:
                    return 0
            items.append(hit)
            self.accepted += 1
            if len(items) == 1 or len(items) >= batch_size:
                self._has_items.notify()
            return 2 if len(items) == batch_size else 1

    def take(self, batch_size: int, interval: float) -> list[Hit] | None:
        """Up to ``batch_size`` hits in order; None once closed and empty."""
        with self._lock:
            items = self._items
            while not items:
                if self.closed:
                    return None
                self._has_items.wait()
            end = time.monotonic() + interval
            while len(items) < batch_size and not (self._urgent or self.closed):
                left = end - time.monotonic()
                if left <= 0:
                    break
                self._has_items.wait(left)
            batch = [items.popleft() for _ in range(min(batch_size, len(items)))]
            self._in_flight += len(batch)
            self._has_room.notify_all()
            return batch

    def done(self, count: int) -> None:
        """The worker finished ``count`` hits it took (sent or failed)."""
        with self._lock:
            self._in_flight -= count
            if not self._items and not self._in_flight:
                self._idle.notify_all()

    def urge(self, step: int) -> None:
        """``+1``: send partial batches now (a flush is waiting); ``-1``: that flush ended."""
        with self._lock:
            self._urgent += step
            self._has_items.notify()

    def wait_idle(self, timeout: float | None) -> bool:
        """Wait until nothing is queued or in flight (call between ``urge(1)`` and ``urge(-1)``)."""
        with self._lock:
            return self._idle.wait_for(lambda: not self._items and not self._in_flight, timeout)

    def close(self) -> None:
        """Refuse new hits; the worker drains what is queued, then stops."""
        with self._lock:
            self.closed = True
            self._has_items.notify_all()
            self._has_room.notify_all()

    def __len__(self) -> int:
        with self._lock:
            return len(self._items) + self._in_flight
