"""The facade's retries and token refresh over real sockets, against the sandbox's faults.

The retry sleep is replaced by a recorder (``support.fakeserver.record_sleeps``, as in
tests/unit), so the delays the client asked for are asserted exactly and nothing waits
for real.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

import httpx
import pytest

from piwik_pro import (
    APIConnectionError,
    APITimeoutError,
    AsyncPiwikPro,
    AuthenticationError,
    PiwikPro,
    RateLimitError,
    RetryPolicy,
    ServerError,
    _retry_after,
)
from piwik_pro.testing import Sandbox
from piwik_pro_api.models.analytics_query_body import AnalyticsQueryBody
from support.fakeserver import record_sleeps

USER_ID = "985ed9d7-b652-47b8-b9cf-c17d62735261"
USER = f"/api/users/v2/{USER_ID}"
INVITE = "/api/users/v2/invite"
QUERY = "/api/analytics/v1/query/"
TOKEN = "/auth/token"
INJECTED = "Injected by the sandbox."
QUERY_BODY = {
    "website_id": "70236925-724f-404e-b634-7b5633bc0bcc",
    "columns": [{"column_id": "device_type"}],
    "date_from": "2020-02-10",
    "date_to": "2020-02-10",
}
# Small, deterministic-enough backoff: retry n waits in [d/2, d] with d = 0.2 * 2**n.
POLICY = RetryPolicy(max_retries=2, initial_delay=0.2, max_delay=1.0, max_retry_after=30.0)


@contextmanager
def sync_client(sandbox: Sandbox, **kwargs: Any) -> Iterator[tuple[PiwikPro, list[float]]]:
    """A sandbox client whose retry sleeps are recorded instead of slept."""
    kwargs.setdefault("retry_policy", POLICY)
    with sandbox.client(**kwargs) as client:
        yield client, record_sleeps(client)


@asynccontextmanager
async def async_client(
    sandbox: Sandbox, **kwargs: Any
) -> AsyncIterator[tuple[AsyncPiwikPro, list[float]]]:
    """The async twin of :func:`sync_client`."""
    kwargs.setdefault("retry_policy", POLICY)
    async with sandbox.async_client(**kwargs) as client:
        yield client, record_sleeps(client)


def hits(sandbox: Sandbox, path: str) -> list[tuple[str, int]]:
    """(method, status) of every request the sandbox saw on ``path``, in order."""
    return [(r.method, r.status) for r in sandbox.requests if r.path == path]


def query_body() -> AnalyticsQueryBody:
    return AnalyticsQueryBody.from_dict(QUERY_BODY)


def assert_backoff(sleeps: list[float], count: int) -> None:
    """``count`` sleeps, each within its jittered exponential-backoff window."""
    assert len(sleeps) == count
    for attempt, delay in enumerate(sleeps):
        ceiling = min(POLICY.initial_delay * 2**attempt, POLICY.max_delay)
        assert ceiling / 2 <= delay <= ceiling


# --------------------------------------------------------------------------- 429 Retry-After


@pytest.mark.parametrize(("header", "expected"), [("3", 3.0), ("0.5", 0.5), ("600", 30.0)])
def test_429_retry_after_seconds_is_honoured_and_capped(
    sandbox: Sandbox, header: str, expected: float
) -> None:
    """A 429 with Retry-After: N is retried after exactly N s (capped by max_retry_after)."""
    sandbox.faults.add(status=429, retry_after=header)
    with sync_client(sandbox) as (client, sleeps):
        user = client.users.get(USER_ID)
    assert user.data and user.data.id
    assert sleeps == [expected]
    assert hits(sandbox, USER) == [("GET", 429), ("GET", 200)]


async def test_async_429_retry_after_seconds_is_honoured(sandbox: Sandbox) -> None:
    """The async client also waits the Retry-After seconds before retrying a 429."""
    sandbox.faults.add(status=429, retry_after="4", times=2)
    async with async_client(sandbox) as (client, sleeps):
        user = await client.users.get(USER_ID)
    assert user.data and user.data.id
    assert sleeps == [4.0, 4.0]
    assert hits(sandbox, USER) == [("GET", 429), ("GET", 429), ("GET", 200)]


def test_429_retry_after_http_date_is_honoured(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Retry-After HTTP-date becomes the seconds from the client's clock to that date."""
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Frozen:
            return cls.fromtimestamp(now.timestamp(), tz)

    monkeypatch.setattr(_retry_after, "datetime", Frozen)  # the clock the client reads dates by
    sandbox.faults.add(status=429, retry_after=now + timedelta(seconds=20))
    with sync_client(sandbox) as (client, sleeps):
        client.users.get(USER_ID)
    assert sleeps == [20.0]
    assert hits(sandbox, USER) == [("GET", 429), ("GET", 200)]


def test_429_retry_after_http_date_is_capped(sandbox: Sandbox) -> None:
    """A Retry-After HTTP-date far in the future waits only max_retry_after."""
    sandbox.faults.add(status=429, retry_after=datetime.now(UTC) + timedelta(hours=1))
    with sync_client(sandbox) as (client, sleeps):
        client.users.get(USER_ID)
    assert sleeps == [POLICY.max_retry_after]


# --------------------------------------------------------------------------- 5xx


@pytest.mark.parametrize("status", [502, 503, 504])
def test_transient_5xx_on_get_is_retried_then_succeeds(sandbox: Sandbox, status: int) -> None:
    """502/503/504 on a GET are retried with exponential backoff until the 200."""
    sandbox.faults.add(status=status, times=2)
    with sync_client(sandbox) as (client, sleeps):
        user = client.users.get(USER_ID)
    assert user.data and user.data.id
    assert_backoff(sleeps, 2)
    assert hits(sandbox, USER) == [("GET", status), ("GET", status), ("GET", 200)]


async def test_async_503_on_get_is_retried_then_succeeds(sandbox: Sandbox) -> None:
    """The async client retries a 503 after an (awaited) backoff."""
    sandbox.faults.add(status=503)
    async with async_client(sandbox) as (client, sleeps):
        user = await client.users.get(USER_ID)
    assert user.data and user.data.id
    assert_backoff(sleeps, 1)
    assert hits(sandbox, USER) == [("GET", 503), ("GET", 200)]


def test_500_is_not_retried(sandbox: Sandbox) -> None:
    """A 500 is not transient: one request, ServerError, no sleep."""
    sandbox.faults.add(status=500)
    with sync_client(sandbox) as (client, sleeps), pytest.raises(ServerError) as caught:
        client.users.get(USER_ID)
    assert caught.value.status_code == 500
    assert sleeps == []
    assert hits(sandbox, USER) == [("GET", 500)]


# --------------------------------------------------------------------------- exhausted


def test_exhausted_429_raises_rate_limit_error_with_errors(sandbox: Sandbox) -> None:
    """After max_retries 429s the RateLimitError carries status, retry_after and errors."""
    sandbox.faults.add(status=429, retry_after="2", times=None)
    with sync_client(sandbox) as (client, sleeps), pytest.raises(RateLimitError) as caught:
        client.users.get(USER_ID)
    error = caught.value
    assert error.status_code == 429 and error.retry_after == 2.0
    assert [(e.status, e.detail) for e in error.errors] == [("429", INJECTED)]
    assert error.operation == "users.get" and INJECTED in str(error)
    assert sleeps == [2.0, 2.0]
    assert hits(sandbox, USER) == [("GET", 429)] * 3


@pytest.mark.parametrize("status", [502, 503, 504])
def test_exhausted_5xx_raises_server_error_with_errors(sandbox: Sandbox, status: int) -> None:
    """After max_retries 5xx answers the ServerError carries the status and the errors."""
    sandbox.faults.add(status=status, times=None)
    with sync_client(sandbox) as (client, sleeps), pytest.raises(ServerError) as caught:
        client.users.get(USER_ID)
    error = caught.value
    assert error.status_code == status
    assert [(e.status, e.detail) for e in error.errors] == [(str(status), INJECTED)]
    assert_backoff(sleeps, 2)
    assert hits(sandbox, USER) == [("GET", status)] * 3


async def test_async_exhausted_retries_raise_typed_errors(sandbox: Sandbox) -> None:
    """The async client raises the same typed errors once retries run out."""
    async with async_client(sandbox) as (client, sleeps):
        sandbox.faults.add(status=429, retry_after="1", times=None)
        with pytest.raises(RateLimitError) as limited:
            await client.users.get(USER_ID)
        sandbox.faults.clear()
        sandbox.faults.add(status=503, times=None)
        with pytest.raises(ServerError) as failed:
            await client.users.get(USER_ID)
    assert limited.value.status_code == 429 and limited.value.retry_after == 1.0
    assert failed.value.status_code == 503
    assert [e.detail for e in limited.value.errors + failed.value.errors] == [INJECTED] * 2
    assert len(sleeps) == 4
    assert [status for _, status in hits(sandbox, USER)] == [429] * 3 + [503] * 3


def test_per_call_max_retries_zero_disables_retries(sandbox: Sandbox) -> None:
    """request_options max_retries=0 turns a retryable 503 into an immediate ServerError."""
    sandbox.faults.add(status=503)
    with sync_client(sandbox) as (client, sleeps), pytest.raises(ServerError):
        client.users.get(USER_ID, request_options={"max_retries": 0})
    assert sleeps == [] and hits(sandbox, USER) == [("GET", 503)]


# --------------------------------------------------------------------------- dropped connections


def test_dropped_connection_on_get_is_retried(sandbox: Sandbox) -> None:
    """A GET whose connection is dropped without an answer is retried and succeeds."""
    sandbox.faults.add(drop=True)
    with sync_client(sandbox) as (client, sleeps):
        user = client.users.get(USER_ID)
    assert user.data and user.data.id
    assert_backoff(sleeps, 1)
    assert hits(sandbox, USER) == [("GET", 0), ("GET", 200)]


async def test_async_dropped_connection_on_get_is_retried(sandbox: Sandbox) -> None:
    """The async client also retries a GET after a dropped connection."""
    sandbox.faults.add(drop=True)
    async with async_client(sandbox) as (client, sleeps):
        await client.users.get(USER_ID)
    assert_backoff(sleeps, 1)
    assert hits(sandbox, USER) == [("GET", 0), ("GET", 200)]


def test_dropped_connection_every_time_raises_api_connection_error(sandbox: Sandbox) -> None:
    """A connection dropped on every attempt ends as APIConnectionError, no httpx error."""
    sandbox.faults.add(drop=True, times=None)
    with sync_client(sandbox) as (client, sleeps), pytest.raises(APIConnectionError) as caught:
        client.users.get(USER_ID)
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert len(sleeps) == 2 and hits(sandbox, USER) == [("GET", 0)] * 3


def test_dropped_connection_on_a_write_post_is_not_retried(sandbox: Sandbox) -> None:
    """A dropped POST (users.invite) may have been applied, so it is not retried."""
    sandbox.faults.add(drop=True, path_prefix=INVITE)
    with sync_client(sandbox) as (client, sleeps), pytest.raises(APIConnectionError):
        client.users.invite(email="dropped@example.com")
    assert sleeps == [] and hits(sandbox, INVITE) == [("POST", 0)]


# --------------------------------------------------------------------------- POST: write vs read


def test_write_post_is_not_retried_after_503(sandbox: Sandbox) -> None:
    """users.invite (a write POST) gets one attempt: a 503 raises at once."""
    sandbox.faults.add(status=503, path_prefix=INVITE)
    with sync_client(sandbox) as (client, sleeps), pytest.raises(ServerError) as caught:
        client.users.invite(email="once@example.com", language="en-US")
    assert caught.value.status_code == 503 and caught.value.operation == "users.invite"
    assert sleeps == []
    assert hits(sandbox, INVITE) == [("POST", 503)]


async def test_async_write_post_is_not_retried_after_503(sandbox: Sandbox) -> None:
    """The async users.invite is not retried after a 503 either."""
    sandbox.faults.add(status=503, path_prefix=INVITE)
    async with async_client(sandbox) as (client, sleeps):
        with pytest.raises(ServerError):
            await client.users.invite(email="once@example.com")
    assert sleeps == [] and hits(sandbox, INVITE) == [("POST", 503)]


def test_write_post_is_retried_after_429(sandbox: Sandbox) -> None:
    """A 429 means the server did not apply the request, so even a write POST is retried."""
    sandbox.faults.add(status=429, retry_after="1", path_prefix=INVITE)
    with sync_client(sandbox) as (client, sleeps):
        invited = client.users.invite(email="later@example.com")
    assert invited.data and invited.data.id
    assert sleeps == [1.0]
    assert hits(sandbox, INVITE) == [("POST", 429), ("POST", 201)]


def test_read_only_post_is_retried_after_503(sandbox: Sandbox) -> None:
    """analytics.query is a read-only POST: a 503 is retried and the query answers."""
    sandbox.faults.add(status=503, path_prefix=QUERY)
    with sync_client(sandbox) as (client, sleeps):
        result = client.analytics.query(body=query_body())
    assert type(result).__name__ == "AnalyticsQueryResponse"
    assert_backoff(sleeps, 1)
    assert hits(sandbox, QUERY) == [("POST", 503), ("POST", 200)]


async def test_async_read_only_post_is_retried_after_503(sandbox: Sandbox) -> None:
    """The async analytics.query is retried after a 503 too."""
    sandbox.faults.add(status=503, path_prefix=QUERY, times=2)
    async with async_client(sandbox) as (client, sleeps):
        await client.analytics.query(body=query_body())
    assert_backoff(sleeps, 2)
    assert hits(sandbox, QUERY) == [("POST", 503), ("POST", 503), ("POST", 200)]


# --------------------------------------------------------------------------- token refresh


def _recording_http(sandbox: Sandbox, seen: list[tuple[str, int, object]]) -> httpx.Client:
    """An httpx client that records (path, status, body) of every response it receives."""

    def record(response: httpx.Response) -> None:
        response.read()
        seen.append((response.request.url.path, response.status_code, response.json()))

    return httpx.Client(base_url=sandbox.url, timeout=10, event_hooks={"response": [record]})


def test_expired_token_is_refreshed_once_and_the_call_replayed(sandbox: Sandbox) -> None:
    """expire_tokens(): the next call gets 401 Expired JWT Token, refreshes once, replays once."""
    seen: list[tuple[str, int, object]] = []
    with _recording_http(sandbox, seen) as http, sync_client(sandbox, http_client=http) as pair:
        client, sleeps = pair
        client.users.get(USER_ID)
        assert sandbox.token_requests == 1
        sandbox.expire_tokens()
        user = client.users.get(USER_ID)
    assert user.data and user.data.id
    assert sandbox.token_requests == 2
    assert sleeps == []
    assert [(path, status) for path, status, _ in seen] == [
        (TOKEN, 200),
        (USER, 200),
        (USER, 401),
        (TOKEN, 200),
        (USER, 200),
    ]
    assert seen[2][2] == {"code": 401, "message": "Expired JWT Token"}


async def test_async_expired_token_is_refreshed_once_and_the_call_replayed(
    sandbox: Sandbox,
) -> None:
    """The async client refreshes an expired token once and replays the call once."""
    async with async_client(sandbox) as (client, sleeps):
        await client.users.get(USER_ID)
        sandbox.expire_tokens()
        user = await client.users.get(USER_ID)
    assert user.data and user.data.id
    assert sandbox.token_requests == 2 and sleeps == []
    assert hits(sandbox, USER) == [("GET", 200), ("GET", 401), ("GET", 200)]


def test_second_401_in_a_row_is_not_looped(sandbox: Sandbox) -> None:
    """A 401 on the replay after a refresh raises AuthenticationError: one refresh, no loop."""
    with sync_client(sandbox) as (client, sleeps):
        client.users.get(USER_ID)
        sandbox.faults.add(status=401, times=None, path_prefix=USER)
        with pytest.raises(AuthenticationError) as caught:
            client.users.get(USER_ID)
    assert caught.value.status_code == 401
    assert [e.detail for e in caught.value.errors] == [INJECTED]
    assert sandbox.token_requests == 2 and sleeps == []
    assert hits(sandbox, USER) == [("GET", 200), ("GET", 401), ("GET", 401)]


async def test_async_second_401_in_a_row_is_not_looped(sandbox: Sandbox) -> None:
    """The async auth flow also refreshes once and then gives up on a second 401."""
    async with async_client(sandbox) as (client, sleeps):
        await client.users.get(USER_ID)
        sandbox.faults.add(status=401, times=None, path_prefix=USER)
        with pytest.raises(AuthenticationError):
            await client.users.get(USER_ID)
    assert sandbox.token_requests == 2 and sleeps == []
    assert hits(sandbox, USER) == [("GET", 200), ("GET", 401), ("GET", 401)]


def test_401_with_a_just_fetched_token_is_not_refreshed(sandbox: Sandbox) -> None:
    """A 401 for the token this very call fetched is final: no second token request."""
    sandbox.faults.add(status=401, path_prefix=USER)
    with sync_client(sandbox) as (client, _), pytest.raises(AuthenticationError):
        client.users.get(USER_ID)
    assert sandbox.token_requests == 1
    assert hits(sandbox, USER) == [("GET", 401)]


# --------------------------------------------------------------------------- timeouts


def test_slow_response_beyond_the_call_timeout_raises_api_timeout_error(sandbox: Sandbox) -> None:
    """A response slower than request_options timeout raises APITimeoutError."""
    with sync_client(sandbox) as (client, _):
        client.authenticate()
        sandbox.faults.add(delay=1.0, path_prefix=USER)
        with pytest.raises(APITimeoutError) as caught:
            client.users.get(USER_ID, request_options={"timeout": 0.2, "max_retries": 0})
    assert caught.value.request.url.path == USER
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


async def test_async_slow_response_beyond_the_call_timeout_raises_api_timeout_error(
    sandbox: Sandbox,
) -> None:
    """The async client raises APITimeoutError for a response slower than the timeout."""
    async with async_client(sandbox) as (client, _):
        await client.authenticate()
        sandbox.faults.add(delay=1.0, path_prefix=USER)
        with pytest.raises(APITimeoutError):
            await client.users.get(USER_ID, request_options={"timeout": 0.2, "max_retries": 0})


def test_timed_out_get_is_retried(sandbox: Sandbox) -> None:
    """A GET that timed out is retried, and the retry answers in time."""
    with sync_client(sandbox) as (client, sleeps):
        client.authenticate()
        sandbox.faults.add(delay=1.0, path_prefix=USER)
        # 0.2 s per read, 2 s for the whole call (a number would be both, leaving no retry)
        timeout = httpx.Timeout(2.0, read=0.2)
        user = client.users.get(USER_ID, request_options={"timeout": timeout})
    assert user.data and user.data.id
    assert_backoff(sleeps, 1)


# --------------------------------------------------------------------------- token endpoint


SECRET = "wrong-secret-9f2c41d7"


def _assert_secret_hidden(error: AuthenticationError, client: object) -> None:
    assert SECRET not in str(error) and SECRET not in repr(error)
    assert SECRET not in repr(client)
    assert SECRET.encode() not in error.request.content
    assert SECRET.encode() not in error.response.request.content


def test_wrong_credentials_raise_authentication_error_without_the_secret(
    sandbox: Sandbox,
) -> None:
    """A refused token request raises AuthenticationError with the server's words, no secret."""
    with PiwikPro(sandbox.url, sandbox.client_id, SECRET, retry_policy=POLICY) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.users.get(USER_ID)
        _assert_secret_hidden(caught.value, client)
    error = caught.value
    assert error.status_code == 401 and error.operation == "auth.token"
    assert "Client authentication failed" in str(error)
    assert [e.detail for e in error.errors] == ["Client authentication failed"]
    assert sandbox.token_requests == 1
    assert hits(sandbox, USER) == []


async def test_async_wrong_credentials_raise_authentication_error_without_the_secret(
    sandbox: Sandbox,
) -> None:
    """The async client reports refused credentials the same way, without the secret."""
    async with AsyncPiwikPro(sandbox.url, sandbox.client_id, SECRET) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.users.get(USER_ID)
        _assert_secret_hidden(caught.value, client)
    assert "Client authentication failed" in str(caught.value)
    assert sandbox.token_requests == 1
