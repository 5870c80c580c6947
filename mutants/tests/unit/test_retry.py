"""The pure retry policy: what is retried, and how long to wait."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from piwik_pro._errors import APIConnectionError, ConfigurationError
from piwik_pro._retry import (
    RETRYABLE_STATUSES,
    RetryPolicy,
    is_idempotent,
    parse_retry_after,
    retry_delay,
    should_retry_exception,
    should_retry_status,
)

NOW = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
REQUEST = httpx.Request("POST", "https://example.piwik.pro/api/x")


def test_retryable_statuses() -> None:
    """Only 429, 502, 503 and 504 are transient."""
    assert frozenset({429, 502, 503, 504}) == RETRYABLE_STATUSES


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("GET", True),
        ("head", True),
        ("OPTIONS", True),
        ("PUT", True),
        ("DELETE", True),
        ("TRACE", True),
        ("POST", False),
        ("PATCH", False),
    ],
)
def test_is_idempotent(method: str, expected: bool) -> None:
    """GET HEAD OPTIONS PUT DELETE TRACE are idempotent; POST and PATCH are not."""
    assert is_idempotent(method) is expected


@pytest.mark.parametrize(
    ("status", "method", "read_only", "expected"),
    [
        (503, "GET", False, True),
        (502, "DELETE", False, True),
        (504, "PUT", False, True),
        (503, "POST", False, False),
        (502, "PATCH", False, False),
        (503, "POST", True, True),
        (504, "PATCH", True, True),
        (429, "POST", False, True),
        (429, "PATCH", False, True),
        (429, "GET", False, True),
        (500, "GET", False, False),
        (500, "POST", True, False),
        (501, "GET", True, False),
        (404, "GET", True, False),
        (401, "GET", False, False),
        (200, "GET", False, False),
    ],
)
def test_should_retry_status_matrix(
    status: int, method: str, read_only: bool, expected: bool
) -> None:
    """Transient statuses are retried when safe; 429 always; POST only when read-only."""
    assert should_retry_status(status, method, read_only=read_only) is expected


@pytest.mark.parametrize(
    ("exc", "method", "read_only", "expected"),
    [
        (httpx.ConnectError("refused", request=REQUEST), "POST", False, True),
        (httpx.ConnectTimeout("slow", request=REQUEST), "PATCH", False, True),
        (httpx.PoolTimeout("pool", request=REQUEST), "POST", False, True),
        (httpx.ReadTimeout("read", request=REQUEST), "GET", False, True),
        (httpx.ReadTimeout("read", request=REQUEST), "POST", False, False),
        (httpx.ReadTimeout("read", request=REQUEST), "POST", True, True),
        (httpx.WriteTimeout("write", request=REQUEST), "PATCH", False, False),
        (httpx.ReadError("reset", request=REQUEST), "PUT", False, True),
        (httpx.RemoteProtocolError("eof", request=REQUEST), "POST", False, False),
        (httpx.RemoteProtocolError("eof", request=REQUEST), "DELETE", False, True),
        (httpx.UnsupportedProtocol("ftp", request=REQUEST), "GET", True, False),
        (httpx.LocalProtocolError("bad", request=REQUEST), "GET", False, False),
        (ValueError("not transport"), "GET", True, False),
        (KeyboardInterrupt(), "GET", True, False),
    ],
)
def test_should_retry_exception_matrix(
    exc: BaseException, method: str, read_only: bool, expected: bool
) -> None:
    """Not-sent failures are always retried; others only for idempotent or read-only calls."""
    assert should_retry_exception(exc, method, read_only=read_only) is expected


def test_should_retry_exception_unwraps_api_connection_error() -> None:
    """An APIConnectionError is judged by the httpx error it wraps."""
    try:
        try:
            raise httpx.ConnectError("refused", request=REQUEST)
        except httpx.ConnectError as cause:
            raise APIConnectionError(request=REQUEST) from cause
    except APIConnectionError as wrapped:
        assert should_retry_exception(wrapped, "POST", read_only=False) is True
    bare = APIConnectionError(request=REQUEST)
    assert should_retry_exception(bare, "POST", read_only=False) is False


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 3 ", 3.0),
        ("1.5", 1.5),
        ("0", 0.0),
        ("-5", 0.0),
        ("Wed, 01 Jan 2025 12:00:30 GMT", 30.0),
        ("Wednesday, 01-Jan-25 12:01:00 GMT", 60.0),
        ("Wed, 01 Jan 2025 11:59:00 GMT", 0.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
        ("inf", None),
        ("Wed, 99 Foo 2025", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    """Delta-seconds and HTTP-dates become seconds; past → 0; junk → None."""
    assert parse_retry_after(value, now=NOW) == expected


def test_parse_retry_after_date_uses_current_time_by_default() -> None:
    """Without ``now``, an HTTP-date far in the past gives 0 and a future one is positive."""
    assert parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT") == 0.0
    future = parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT")
    assert future is not None and future > 1e9


def test_retry_delay_honours_retry_after() -> None:
    """A server's Retry-After is used as is, with no jitter."""
    policy = RetryPolicy()
    assert retry_delay(policy, 0, retry_after=7.0, rand=lambda: 0.0) == 7.0
    assert retry_delay(policy, 5, retry_after=0.0) == 0.0


def test_retry_delay_caps_retry_after() -> None:
    """A Retry-After longer than max_retry_after is capped."""
    policy = RetryPolicy(max_retry_after=60.0)
    assert retry_delay(policy, 0, retry_after=3600.0) == 60.0


@pytest.mark.parametrize(("attempt", "full"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0)])
def test_retry_delay_backs_off_exponentially_with_jitter(attempt: int, full: float) -> None:
    """Backoff is initial_delay * 2**attempt, jittered within [half, full]."""
    policy = RetryPolicy(initial_delay=0.5, max_delay=100.0)
    assert retry_delay(policy, attempt, rand=lambda: 0.0) == full / 2
    assert retry_delay(policy, attempt, rand=lambda: 1.0) == full


def test_retry_delay_is_capped_at_max_delay() -> None:
    """Late attempts never wait longer than max_delay."""
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    assert retry_delay(policy, 30, rand=lambda: 1.0) == 8.0
    assert 4.0 <= retry_delay(policy, 30) <= 8.0


def test_retry_policy_defaults() -> None:
    """The default policy: 2 retries, 0.5 s initial, 8 s max, Retry-After up to 60 s."""
    assert RetryPolicy() == RetryPolicy(2, 0.5, 8.0, 60.0)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"initial_delay": -0.1},
        {"max_delay": -1.0},
        {"max_retry_after": -2},
        {"max_delay": float("nan")},
        {"max_retry_after": float("inf")},
        {"max_retries": 1.5},
        {"max_retries": "2"},
    ],
)
def test_retry_policy_rejects_bad_values(kwargs: dict[str, object]) -> None:
    """Negative, non-finite or non-numeric settings raise ConfigurationError."""
    with pytest.raises(ConfigurationError, match=next(iter(kwargs))):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_retry_policy_allows_zero() -> None:
    """Zero retries and zero delays are valid."""
    policy = RetryPolicy(max_retries=0, initial_delay=0, max_delay=0, max_retry_after=0)
    assert retry_delay(policy, 3) == 0.0
