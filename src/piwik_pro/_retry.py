"""The retry policy, as pure functions: which failures to retry and how long to wait.

A request is retried after a response only when the status is transient and repeating the
request is safe: the method is idempotent, the operation is read-only (e.g. a POST query),
or the status is 429 (the server did not apply the request). A transport failure before the
request reached the server is always retried; any other is retried only when safe.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from ._errors import APIConnectionError, ConfigurationError
from ._retry_after import parse_retry_after

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "is_idempotent",
    "parse_retry_after",
    "retry_delay",
    "should_retry_exception",
    "should_retry_status",
]

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# The request never left this machine or never reached the server: safe for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Our own mistakes: repeating them cannot help.
_NEVER = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry; every field must be non-negative."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")


def is_idempotent(method: str) -> bool:
    """Whether repeating ``method`` has the same effect as sending it once."""
    return method.upper() in IDEMPOTENT_METHODS


def should_retry_status(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 429 or read_only or is_idempotent(method)


def should_retry_exception(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def retry_delay(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()
