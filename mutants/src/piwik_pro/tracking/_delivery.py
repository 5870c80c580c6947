"""Delivery rules, free of I/O: what one bulk answer means and what to do next.

Shared by :class:`~piwik_pro.tracking.Tracker` and ``AsyncTracker``. A bulk request
carries the hits at the head of one batch. Its answer is judged here:

- 2xx: the hits are accepted (unless the body's ``tracked`` says fewer were);
- 429 (honouring ``Retry-After``), 5xx and connection errors: retried with exponential
  backoff and jitter, resuming after the first ``tracked`` hits the server reports
  as recorded (the way Piwik PRO's log importer does);
- any other status: the hits beyond ``tracked`` failed (repeating cannot help).

The retry budget counts attempts without progress: an answer that records some
hits starts it again.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from .._errors import PiwikProError
from .._retry import RetryPolicy, parse_retry_after, retry_delay
from ._hits import Hit

__all__ = ["Counters", "Decision", "TrackerStats", "TrackingError", "bulk_body", "judge"]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_POLICY = RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=30.0)


class TrackingError(PiwikProError):
    """Hits that could not be delivered (handed to ``on_error`` with the hits)."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class TrackerClosedError(PiwikProError, RuntimeError):
    """A hit was tracked after ``close()``; create a new tracker instead."""


@dataclass(frozen=True, slots=True)
class TrackerStats:
    """A snapshot of a tracker's counters (all in hits).

    ``queued`` hits were accepted by ``track_*``; each then ends ``sent`` or ``failed``
    (``pending`` until then). ``retried`` counts hits sent again after a 429, a 5xx, a
    connection error or a partial answer; ``dropped`` hits found the queue full and
    were never queued.
    """

    queued: int
    sent: int
    retried: int
    failed: int
    dropped: int

    @property
    def pending(self) -> int:
        return self.queued - self.sent - self.failed


class Counters:
    """The live counters behind :class:`TrackerStats` (thread-safe)."""

    def __init__(self, queued: Callable[[], int] | None = None) -> None:
        self._lock = threading.Lock()
        self._queued = queued  # read from the queue, which counts under its own lock
        self.queued = self.sent = self.retried = self.failed = self.dropped = 0

    def add(self, name: str, count: int) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + count)

    def snapshot(self) -> TrackerStats:
        queued = self._queued() if self._queued is not None else self.queued
        with self._lock:
            return TrackerStats(queued, self.sent, self.retried, self.failed, self.dropped)


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do after one attempt: ``accepted`` head hits are done, then ``action``."""

    accepted: int
    action: Literal["done", "retry", "fail"]
    delay: float = 0.0
    error: TrackingError | None = None


def bulk_body(hits: Sequence[Hit]) -> bytes:
    """The JSON body of a bulk request: ``{"requests": ["?idsite=...", ...]}``."""
    return json.dumps({"requests": [hit.query for hit in hits]}).encode()


def judge(
    sent: int,
    *,
    status: int | None,
    body: bytes = b"",
    retry_after: str | None = None,
    failure: str | None = None,
    attempt: int,
    policy: RetryPolicy = DEFAULT_POLICY,
    rand: Callable[[], float] = random.random,
) -> Decision:
    """Judge the answer to a bulk request of ``sent`` hits (``status`` None: no answer).

    ``attempt`` counts earlier attempts without progress; ``failure`` describes a
    connection error.
    """
    tracked = _tracked(body, sent) if status is not None else None
    if status is not None and 200 <= status < 300 and tracked in (None, sent):
        return Decision(sent, "done")
    accepted = tracked or 0
    retryable = status is None or status in RETRY_STATUSES or 200 <= status < 300
    progress = accepted > 0
    what = failure if status is None else f"HTTP {status}"
    if retryable and (progress or attempt < policy.max_retries):
        wait = parse_retry_after(retry_after) if status == 429 else None
        delay = retry_delay(policy, 0 if progress else attempt, retry_after=wait, rand=rand)
        return Decision(accepted, "retry", delay)
    reason = "retries exhausted" if retryable else "not retryable"
    message = f"{sent - accepted} hit(s) not delivered: {what} ({reason})"
    return Decision(accepted, "fail", error=TrackingError(message, status_code=status))


def _tracked(body: bytes, sent: int) -> int | None:
    """The ``tracked`` count of a JSON answer, clamped to ``0..sent``; None if absent."""
    if not body or not body.lstrip().startswith(b"{"):
        return None
    try:
        value = json.loads(body).get("tracked")
    except (ValueError, AttributeError):
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return max(0, min(sent, value))
