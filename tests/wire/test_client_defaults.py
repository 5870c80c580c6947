"""The real client's defaults, through the client, over a socket to the stub server.

The numbers are the README's promises, not the library's constants: tokens are
refreshed 60 s before ``expires_in`` runs out; 2 retries with 0.5 s initial backoff
(jittered within [d/2, d], doubling), 8 s at most, Retry-After capped at 60 s; all
threads (or tasks) share one token fetch, in ``authenticate()`` too; a 401 on a token
the flow did not just fetch gets one refresh and one replay, never more.

Time is injected: the token cache reads ``client.auth._clock`` (a fake clock here)
and the retry waits go to ``client._sleep`` (a recorder). The slow token endpoint
(50 ms) only widens the window in which concurrent callers could race.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from piwik_pro import AsyncPiwikPro, AuthenticationError, PiwikPro, RateLimitError, ServerError
from recording.calls import build_call, operations
from support.clock import FakeClock
from support.fakeserver import record_sleeps

from .seeds import SPEC, collection_of, path_of
from .stub import StubServer, running

LIFETIME = 1800
MARGIN = 60.0
CALLERS = 16
_USERS = next(op for op in operations(SPEC) if op.name == "users.list")


@pytest.fixture
def stub() -> Iterator[StubServer]:
    """The stub serving ``users.list`` (documented shape), tokens valid for 1800 s."""
    collections = {path_of(build_call(SPEC, _USERS)): collection_of(_USERS)}
    with running(StubServer(collections=collections, expires_in=LIFETIME)) as server:
        yield server


def _sync(stub: StubServer, **kwargs: Any) -> tuple[PiwikPro, FakeClock, list[float]]:
    client = PiwikPro(stub.url, "id", "secret", **kwargs)
    clock = FakeClock()
    client.auth._clock = clock
    return client, clock, record_sleeps(client)


def _async(stub: StubServer, **kwargs: Any) -> tuple[AsyncPiwikPro, FakeClock, list[float]]:
    client = AsyncPiwikPro(stub.url, "id", "secret", **kwargs)
    clock = FakeClock()
    client.auth._clock = clock
    return client, clock, record_sleeps(client)


# ---------------------------------------------------------------- refresh margin


def test_sync_client_refreshes_60_s_before_expiry(stub: StubServer) -> None:
    """A default client reuses its token until 60 s before expiry, then fetches one."""
    client, clock, _ = _sync(stub)
    with client:
        client.users.list()
        clock.now += LIFETIME - MARGIN - 0.5
        client.users.list()
        assert stub.token_requests == 1
        clock.now += 1.0
        client.users.list()
    assert stub.token_requests == 2


def test_async_client_refreshes_60_s_before_expiry(stub: StubServer) -> None:
    """The async default client refreshes at the same moment."""

    async def run() -> list[int]:
        client, clock, _ = _async(stub)
        counts = []
        async with client:
            await client.users.list()
            clock.now += LIFETIME - MARGIN - 0.5
            await client.users.list()
            counts.append(stub.token_requests)
            clock.now += 1.0
            await client.users.list()
        return [*counts, stub.token_requests]

    assert asyncio.run(run()) == [1, 2]


# ---------------------------------------------------------------- retry policy


def _assert_backoff(sleeps: list[float], count: int) -> None:
    assert len(sleeps) == count
    for attempt, delay in enumerate(sleeps):
        ceiling = min(0.5 * 2**attempt, 8.0)
        assert ceiling / 2 <= delay <= ceiling, (attempt, delay)


def test_sync_client_retries_twice_with_backoff(stub: StubServer) -> None:
    """Three 503s: the default client tries three times, waiting 0.25-0.5 s then 0.5-1 s."""
    stub.failures = [(503, None)] * 3
    client, _, sleeps = _sync(stub)
    with client, pytest.raises(ServerError):
        client.users.list()
    assert len(stub.api_requests()) == 3
    _assert_backoff(sleeps, 2)


def test_async_client_retries_twice_with_backoff(stub: StubServer) -> None:
    """The async default client retries the same way."""
    stub.failures = [(503, None)] * 3

    async def run() -> list[float]:
        client, _, sleeps = _async(stub)
        async with client:
            with pytest.raises(ServerError):
                await client.users.list()
        return sleeps

    _assert_backoff(asyncio.run(run()), 2)
    assert len(stub.api_requests()) == 3


def test_backoff_doubles_up_to_8_s(stub: StubServer) -> None:
    """With more retries allowed, the default backoff doubles from 0.5 s and stops at 8 s."""
    stub.failures = [(503, None)] * 6
    client, _, sleeps = _sync(stub, max_retries=6)
    with client:
        client.users.list()
    _assert_backoff(sleeps, 6)
    assert len(stub.api_requests()) == 7


@pytest.mark.parametrize(("header", "waited"), [("1", 1.0), ("120", 60.0)])
def test_retry_after_is_honoured_and_capped(stub: StubServer, header: str, waited: float) -> None:
    """A 429's Retry-After is waited for, but never longer than 60 s."""
    stub.failures = [(429, header)]
    client, _, sleeps = _sync(stub)
    with client:
        client.users.list()
    assert sleeps == [waited]


def test_a_429_that_lasts_is_raised_after_two_retries(stub: StubServer) -> None:
    """Three 429s: the third is raised as RateLimitError with its Retry-After."""
    stub.failures = [(429, "2")] * 3
    client, _, sleeps = _sync(stub)
    with client, pytest.raises(RateLimitError) as caught:
        client.users.list()
    assert sleeps == [2.0, 2.0]
    assert caught.value.retry_after == 2.0


# ---------------------------------------------------------------- one token fetch


def _threads(target: Any) -> None:
    barrier = threading.Barrier(CALLERS)
    errors: list[BaseException] = []

    def run() -> None:
        barrier.wait()
        try:
            target()
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(CALLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors


@pytest.mark.parametrize("how", ["authenticate", "request"])
def test_sync_callers_share_one_token_fetch(stub: StubServer, how: str) -> None:
    """16 threads, a 50 ms token endpoint: one token request, by authenticate() or a call."""
    stub.token_delay = 0.05
    client, _, _ = _sync(stub)
    with client:
        _threads(client.authenticate if how == "authenticate" else client.users.list)
    assert stub.token_requests == 1


@pytest.mark.parametrize("how", ["authenticate", "request"])
def test_async_callers_share_one_token_fetch(stub: StubServer, how: str) -> None:
    """16 tasks, a 50 ms token endpoint: one token request, by authenticate() or a call."""
    stub.token_delay = 0.05

    async def run() -> None:
        client, _, _ = _async(stub)
        async with client:
            call = client.authenticate if how == "authenticate" else client.users.list
            await asyncio.gather(*(call() for _ in range(CALLERS)))

    asyncio.run(run())
    assert stub.token_requests == 1


# ---------------------------------------------------------------- one replay after a 401


def test_sync_401_gets_one_refresh_and_one_replay(stub: StubServer) -> None:
    """Two threads whose cached token is rejected: each sends its request twice, no more."""
    stub.token_delay = 0.05
    client, _, _ = _sync(stub)
    with client:
        client.users.list()
        stub.reject = True
        barrier = threading.Barrier(2)
        raised: list[BaseException] = []

        def call() -> None:
            barrier.wait()
            try:
                client.users.list()
            except AuthenticationError as exc:
                raised.append(exc)

        threads = [threading.Thread(target=call) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert len(raised) == 2
    assert len(stub.api_requests()) == 1 + 2 * 2


def test_async_401_gets_one_refresh_and_one_replay(stub: StubServer) -> None:
    """Two tasks whose cached token is rejected: each sends its request twice, no more.

    One task refreshes; the other then finds that new token (not the one it saw
    rejected) and replays with it. Its replay is rejected too, and that is the end.
    """
    stub.token_delay = 0.05

    async def run() -> list[BaseException | None]:
        client, _, _ = _async(stub)
        async with client:
            await client.users.list()
            stub.reject = True
            return await asyncio.gather(
                *(client.users.list() for _ in range(2)), return_exceptions=True
            )

    outcomes = asyncio.run(run())
    assert [type(o) for o in outcomes] == [AuthenticationError, AuthenticationError]
    assert len(stub.api_requests()) == 1 + 2 * 2
