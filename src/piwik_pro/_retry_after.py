"""The ``Retry-After`` header, parsed: a leaf module, so that both the error types
(``RateLimitError.retry_after``) and the retry policy can use it without importing each
other.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_retry_after"]


def _parse_http_date(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - (now or datetime.now(UTC))).total_seconds()


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)
