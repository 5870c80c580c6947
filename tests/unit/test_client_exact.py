"""The clients and the auth flow exactly, where only one of the two clients was pinned down:
token requests never follow a redirect nor read past their limit, async answers are read
within theirs, waits for another caller's token end with a named timeout, and a refresh
that fails is shared by the callers that waited on it."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from piwik_pro import (
    APIConnectionError,
    APITimeoutError,
    AsyncPiwikPro,
    AuthenticationError,
    ConfigurationError,
    PaginationError,
    PiwikPro,
    PiwikProError,
    ResponseTooLargeError,
)
from piwik_pro._auth import ClientCredentialsAuth, _clone, _waited_too_long, lock_wait
from piwik_pro._auth_steps import Acquire, Drain, Fetch, Send
from piwik_pro._config import user_agent
from piwik_pro._operation import Operation
from piwik_pro._token import DEADLINE, MAX_TOKEN_RESPONSE_BYTES
from support.clock import FakeClock
from support.fakeserver import HOST, TOKEN, FakeServer, async_client, sync_client

from .fakeapi import GET, LIST, pages

TOKEN_URL = f"{HOST}/auth/token"
SECRET = "my-secret"


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body of ``count`` chunks of ``size`` bytes, counting the ones read."""

    def __init__(self, size: int, count: int) -> None:
        self.chunk, self.count, self.read = b"x" * size, count, 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            self.read += 1
            yield self.chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.count):
            self.read += 1
            yield self.chunk


def _token_reply() -> httpx.Response:
    return httpx.Response(200, json=TOKEN)


# --------------------------------------------------------------------------- token requests


def _redirecting(seen: list[str]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/auth/token":
            return httpx.Response(302, headers={"Location": f"{HOST}/elsewhere"})
        return _token_reply()

    return handle


def test_sync_token_request_is_not_followed_through_a_redirect() -> None:
    """Even on a caller's httpx client that follows redirects."""
    seen: list[str] = []
    transport = httpx.MockTransport(_redirecting(seen))
    http = httpx.Client(transport=transport, base_url=HOST, follow_redirects=True)
    client = PiwikPro(HOST, "my-id", SECRET, http_client=http)
    with pytest.raises(AuthenticationError) as caught:
        client.authenticate()
    assert seen == ["/auth/token"]
    assert caught.value.status_code == 302


async def test_async_token_request_is_not_followed_through_a_redirect() -> None:
    seen: list[str] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        reply: httpx.Response = _redirecting(seen)(request)
        return reply

    transport = httpx.MockTransport(handle)
    http = httpx.AsyncClient(transport=transport, base_url=HOST, follow_redirects=True)
    async with AsyncPiwikPro(HOST, "my-id", SECRET, http_client=http) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.authenticate()
    assert seen == ["/auth/token"]
    assert caught.value.status_code == 302


def _huge(chunks: Chunks) -> httpx.Response:
    return httpx.Response(200, stream=chunks, headers={"Content-Type": "application/json"})


def test_sync_token_answer_is_read_no_further_than_its_limit() -> None:
    body = Chunks(1024, 4 * MAX_TOKEN_RESPONSE_BYTES // 1024)
    client, _ = sync_client(lambda request: _huge(body))
    with pytest.raises(ResponseTooLargeError):
        client.authenticate()
    assert body.read == MAX_TOKEN_RESPONSE_BYTES // 1024 + 1


async def test_async_token_answer_is_read_no_further_than_its_limit() -> None:
    body = Chunks(1024, 4 * MAX_TOKEN_RESPONSE_BYTES // 1024)

    async def handle(request: httpx.Request) -> httpx.Response:
        return _huge(body)

    client, _ = async_client(handle)
    with pytest.raises(ResponseTooLargeError):
        await client.authenticate()
    assert body.read == MAX_TOKEN_RESPONSE_BYTES // 1024 + 1


async def test_async_answer_is_read_no_further_than_max_response_bytes() -> None:
    body = Chunks(100, 50)

    async def handle(request: httpx.Request) -> httpx.Response:
        return _token_reply() if request.url.path == "/auth/token" else _huge(body)

    client, _ = async_client(handle, max_response_bytes=1000)
    with pytest.raises(ResponseTooLargeError) as caught:
        await client._call(GET, {"thing_id": "1"})
    assert caught.value.limit == 1000
    assert body.read == 11


def test_a_token_request_failing_in_transport_names_the_token_url() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")  # no request attached: the attempted one is named

    client, _ = sync_client(handle, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.authenticate()
    assert str(caught.value.request.url) == TOKEN_URL
    assert caught.value.request.method == "POST"
    # a failure raised before httpx attached its request names the token request too
    probe = client._probe()
    error = client._token_transport_error(httpx.ConnectError("refused"), probe)
    assert isinstance(error, APIConnectionError)
    assert (error.request.method, str(error.request.url)) == ("POST", TOKEN_URL)
    assert str(error).startswith("Connection error (ConnectError): ")


def _sync_with_timeout(timeout: float) -> PiwikPro:
    transport = httpx.MockTransport(FakeServer().handler)
    http = httpx.Client(transport=transport, base_url=HOST, timeout=timeout)
    return PiwikPro(HOST, "my-id", SECRET, http_client=http)


def _async_with_timeout(timeout: float) -> AsyncPiwikPro:
    transport = httpx.MockTransport(FakeServer().async_handler)
    http = httpx.AsyncClient(transport=transport, base_url=HOST, timeout=timeout)
    return AsyncPiwikPro(HOST, "my-id", SECRET, http_client=http)


def test_authenticate_stands_for_a_post_to_the_token_url_within_the_timeout() -> None:
    client = _sync_with_timeout(30.0)
    client._clock = lambda: 1000.0
    probe = client._probe()
    assert (probe.method, str(probe.url)) == ("POST", TOKEN_URL)
    assert probe.extensions[DEADLINE] == 1030.0


# --------------------------------------------------------------------------- async client


async def test_async_error_masks_the_secret_the_server_echoed() -> None:
    echo = httpx.Response(400, json={"errors": [{"title": f"bad secret {SECRET}"}]})
    client, _ = async_client(FakeServer(echo))
    with pytest.raises(PiwikProError) as caught:
        await client._call(GET, {"thing_id": "1"})
    assert SECRET not in str(caught.value)
    assert "bad secret ***" in str(caught.value)


def test_an_async_client_used_in_a_second_event_loop_says_what_to_do() -> None:
    client, _ = async_client(FakeServer())
    asyncio.run(client.authenticate())
    with pytest.raises(PiwikProError) as caught:
        asyncio.run(client.authenticate())
    assert str(caught.value) == (
        f"{client!r} was first used in another event loop, and its connections belong to "
        "that loop; create one AsyncPiwikPro per event loop (for example inside the "
        "coroutine you pass to asyncio.run())"
    )


# --------------------------------------------------------------------------- waiting on a token


WAITED = "Timed out after {}s waiting for another call's access token request."
# Only a broken wait gets near this: it turns a caller that never gives up into a failure
# instead of a test that never ends (no time is measured).
HANG_GUARD = 10.0


@pytest.mark.parametrize(("timeout", "text"), [(0.05, "0.05"), (0.0, "0")])
def test_sync_wait_for_another_callers_token_ends_at_the_timeout(timeout: float, text: str) -> None:
    client = _sync_with_timeout(timeout)
    lock = client.auth._refresh_lock
    assert lock.acquire()  # another caller is fetching the token
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            client.authenticate()
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    worker.join(HANG_GUARD)
    lock.release()  # lets a caller that never gave up finish, so the test ends either way
    worker.join()
    assert outcome, f"authenticate() was still waiting after {HANG_GUARD} s"
    assert isinstance(outcome[0], APITimeoutError)
    assert str(outcome[0]) == WAITED.format(text)
    assert client.auth.token_requests == 0


@pytest.mark.parametrize(("timeout", "text"), [(0.05, "0.05"), (0.0, "0")])
async def test_async_wait_for_another_callers_token_ends_at_the_timeout(
    timeout: float, text: str
) -> None:
    client = _async_with_timeout(timeout)
    lock = client.auth._async_lock()
    await lock.acquire()  # another task is fetching the token
    try:
        with pytest.raises(APITimeoutError) as caught:
            await asyncio.wait_for(client.authenticate(), HANG_GUARD)
    finally:
        lock.release()
    assert str(caught.value) == WAITED.format(text)
    assert client.auth.token_requests == 0


def test_the_timeout_of_a_wait_names_the_request_without_its_credentials() -> None:
    request = httpx.Request("GET", f"{HOST}/api/x", headers={"Authorization": "Bearer t"})
    error = _waited_too_long(request, 2.5)
    assert str(error) == WAITED.format("2.5")
    assert (error.request.method, str(error.request.url)) == ("GET", f"{HOST}/api/x")
    assert "authorization" not in error.request.headers


def test_a_shared_failure_is_copied_with_its_cause() -> None:
    cause = OSError("down")
    failure = APIConnectionError("unreachable", request=httpx.Request("POST", TOKEN_URL))
    failure.__cause__ = cause
    copy = _clone(failure)
    assert copy is not failure
    assert type(copy) is APIConnectionError
    assert (copy.args, copy.request, copy.__cause__) == (failure.args, failure.request, cause)


def _fetched(auth: ClientCredentialsAuth, request: httpx.Request) -> Any:
    """Drive one token fetch through the flow's steps; return the token it stored."""
    steps = auth._token_steps(request, None)
    assert isinstance(next(steps), Acquire)
    fetch = steps.send(None)
    assert isinstance(fetch, Fetch)
    with pytest.raises(StopIteration) as done:
        steps.send(httpx.Response(200, json=TOKEN, request=fetch.request))
    token, fetched = done.value.value
    assert fetched is True
    return token


def test_a_failed_refresh_is_raised_to_the_callers_that_waited_on_it() -> None:
    """After a first token, two callers refresh it at once: the one fetching fails, the
    one waiting on it gets that failure, with no token request of its own."""
    auth = ClientCredentialsAuth(token_url=TOKEN_URL, client_id="my-id", client_secret=SECRET)
    request = httpx.Request("GET", f"{HOST}/api/x")
    token = _fetched(auth, request)
    fetching, waiting = auth._token_steps(request, token), auth._token_steps(request, token)
    assert isinstance(next(fetching), Acquire)
    assert isinstance(next(waiting), Acquire)
    fetch = fetching.send(None)  # the first gets the lock and fetches
    assert isinstance(fetch, Fetch)
    failure = APIConnectionError("token endpoint unreachable", request=fetch.request)
    with pytest.raises(APIConnectionError) as first:
        fetching.throw(failure)
    assert first.value is failure
    with pytest.raises(APIConnectionError) as second:
        waiting.send(None)  # the other gets the lock after the failure
    assert second.value is not failure
    assert str(second.value) == "token endpoint unreachable"
    assert auth.token_requests == 2


def test_token_helpers_need_a_bound_sender() -> None:
    auth = ClientCredentialsAuth(token_url=TOKEN_URL, client_id="my-id", client_secret=SECRET)
    request = httpx.Request("POST", TOKEN_URL)
    with pytest.raises(RuntimeError) as sync:
        auth.sync_token(request)
    assert str(sync.value) == "sync_token() needs an auth bound to a client with bind(send=...)"
    with pytest.raises(RuntimeError) as unbound:
        asyncio.run(auth.async_token(request))
    assert str(unbound.value) == (
        "async_token() needs an auth bound to a client with bind(asend=...)"
    )


def test_plain_httpx_following_redirects_gets_no_token_from_a_redirected_request() -> None:
    """Unbound (plain httpx), the token request is sent by the client running the flow;
    if that client follows a redirect, the answer of the other URL is refused."""
    seen: list[str] = []
    auth = ClientCredentialsAuth(token_url=TOKEN_URL, client_id="my-id", client_secret=SECRET)
    transport = httpx.MockTransport(_redirecting(seen))
    plain = httpx.Client(transport=transport, base_url=HOST, auth=auth, follow_redirects=True)
    with plain, pytest.raises(AuthenticationError) as caught:
        plain.get("/api/x")
    assert str(caught.value).startswith(
        f"The token request was redirected to '{HOST}/elsewhere'; refusing its answer"
    )
    assert seen == ["/auth/token", "/elsewhere"]


# --------------------------------------------------------------------------- calls


def test_a_walk_past_max_pages_names_the_operation() -> None:
    client, _ = sync_client(FakeServer(pages(10)), max_pages=2)
    walked = client._iter_items(LIST, {}, page_size=2)
    assert [item.id for item in (next(walked) for _ in range(4))] == ["t0", "t1", "t2", "t3"]
    with pytest.raises(PaginationError) as caught:
        next(walked)
    assert str(caught.value).startswith("things.list: stopped paging: 2 pages were read")
    assert caught.value.operation == "things.list"


def test_each_request_is_logged_with_the_seconds_it_took(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = sync_client(FakeServer(httpx.Response(200, json={"id": "1", "name": "a"})))
    client.authenticate()
    ticks = iter([10.0, 10.25])  # the start of the attempt, then its end
    monkeypatch.setattr("piwik_pro._base.time", SimpleNamespace(perf_counter=lambda: next(ticks)))
    with caplog.at_level(logging.DEBUG, logger="piwik_pro"):
        client._call(GET, {"thing_id": "1"})
    assert "GET /things/1 -> 200 in 0.250s" in caplog.messages


def _auth() -> ClientCredentialsAuth:
    return ClientCredentialsAuth(token_url=TOKEN_URL, client_id="my-id", client_secret=SECRET)


def test_a_caller_that_waited_for_anothers_token_still_refreshes_it_on_a_401() -> None:
    """The token a caller got after waiting was not fetched by it: a 401 for it is stale."""
    auth = _auth()
    first, second = httpx.Request("GET", f"{HOST}/api/a"), httpx.Request("GET", f"{HOST}/api/b")
    fetching, waiting = auth._flow(first), auth._flow(second)
    assert isinstance(next(fetching), Acquire)
    assert isinstance(next(waiting), Acquire)
    fetch = fetching.send(None)
    assert isinstance(fetching.send(httpx.Response(200, json=TOKEN, request=fetch.request)), Send)
    sent = waiting.send(None)  # the lock is free: the token fetched meanwhile is used
    assert isinstance(sent, Send)
    assert sent.request.headers["Authorization"] == "Bearer tok-123"
    assert isinstance(waiting.send(httpx.Response(401, request=second)), Drain)


def test_a_refresh_that_fails_drops_the_token_the_server_rejected() -> None:
    auth = _auth()
    request = httpx.Request("GET", f"{HOST}/api/x")
    token = _fetched(auth, request)
    assert auth.secrets() == (SECRET, "tok-123")
    refresh = auth._token_steps(request, token)
    assert isinstance(next(refresh), Acquire)
    fetch = refresh.send(None)
    assert isinstance(fetch, Fetch)
    with pytest.raises(APIConnectionError):
        refresh.throw(APIConnectionError("down", request=fetch.request))
    assert auth.secrets() == (SECRET,)


def test_lock_wait_is_the_longest_timeout_or_none() -> None:
    def request(timeout: httpx.Timeout) -> httpx.Request:
        return httpx.Client(timeout=timeout).build_request("GET", f"{HOST}/x")

    assert lock_wait(request(httpx.Timeout(2.0, read=7.0))) == 7.0
    assert lock_wait(request(httpx.Timeout(None, connect=3.0))) == 3.0
    assert lock_wait(request(httpx.Timeout(None))) is None
    assert lock_wait(httpx.Request("GET", f"{HOST}/x")) is None


def test_the_token_request_carries_the_credentials_and_the_calls_timeout() -> None:
    server = FakeServer()
    transport = httpx.MockTransport(server.handler)
    http = httpx.Client(transport=transport, base_url=HOST, timeout=httpx.Timeout(4.0, read=9.0))
    client = PiwikPro(HOST, "my-id", SECRET, http_client=http)
    client.authenticate()
    (sent,) = server.token_calls
    assert json.loads(sent.content) == {
        "grant_type": "client_credentials",
        "client_id": "my-id",
        "client_secret": SECRET,
    }
    assert sent.extensions["timeout"] == {"connect": 4.0, "read": 9.0, "write": 4.0, "pool": 4.0}


def test_the_token_request_of_a_call_takes_that_calls_own_timeout() -> None:
    server = FakeServer(httpx.Response(200, json={"id": "1", "name": "a"}))
    client, _ = sync_client(server)
    client._call(GET, {"thing_id": "1"}, request_options={"timeout": 1.5})
    (sent,) = server.token_calls
    assert sent.extensions["timeout"] == dict.fromkeys(("connect", "read", "write", "pool"), 1.5)


class _Trickle(httpx.SyncByteStream):
    """A token answer arriving in parts, each ``seconds`` apart on ``clock``."""

    def __init__(self, clock: FakeClock, seconds: float) -> None:
        self.clock, self.seconds = clock, seconds
        self.parts = [
            b'{"access_token": "tok-1", ',
            b'"token_type": "Bearer", ',
            b'"expires_in": 60}',
        ]

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            self.clock.now += self.seconds
            yield part


def test_a_token_answer_is_read_no_later_than_the_calls_deadline() -> None:
    clock = FakeClock()

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_Trickle(clock, 20.0))

    http = httpx.Client(transport=httpx.MockTransport(handle), base_url=HOST, timeout=30.0)
    client = PiwikPro(HOST, "my-id", SECRET, http_client=http)
    client._clock = clock
    with pytest.raises(APITimeoutError) as caught:
        client.authenticate()
    assert "deadline" in str(caught.value)


def test_a_public_operation_is_sent_without_a_token() -> None:
    public = Operation(
        "things.get", GET.module, "GET", "/things/{thing_id}", ("Thing",), public=True
    )
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "1", "name": "a"})

    client, _ = sync_client(handle)
    assert client._call(public, {"thing_id": "1"}).id == "1"
    assert [request.url.path for request in seen] == ["/things/1"]
    assert "authorization" not in seen[0].headers


def test_a_retry_gets_the_client_timeouts_capped_at_the_time_left() -> None:
    clock = FakeClock()
    seen: list[dict[str, float]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(200, json=TOKEN)
        seen.append(request.extensions["timeout"])
        clock.now += 7.0
        if len(seen) == 1:
            return httpx.Response(503)
        return httpx.Response(200, json={"id": "1", "name": "a"})

    timeout = httpx.Timeout(10.0, connect=2.0)
    http = httpx.Client(transport=httpx.MockTransport(handle), base_url=HOST, timeout=timeout)
    client = PiwikPro(HOST, "my-id", SECRET, http_client=http)
    client._clock = clock
    client._sleep = lambda seconds: None
    client._call(GET, {"thing_id": "1"})
    assert seen == [
        {"connect": 2.0, "read": 10.0, "write": 10.0, "pool": 10.0},
        {"connect": 2.0, "read": 3.0, "write": 3.0, "pool": 3.0},
    ]


def test_a_token_endpoints_retry_after_moves_the_deadline() -> None:
    """A 429 from the token endpoint asking for 5 s is waited for even with 3 s left."""
    answers = [
        httpx.Response(429, headers={"Retry-After": "5"}, json={"message": "slow down"}),
        httpx.Response(200, json=TOKEN),
    ]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return answers.pop(0)
        return httpx.Response(200, json={"id": "1", "name": "a"})

    http = httpx.Client(transport=httpx.MockTransport(handle), base_url=HOST, timeout=3.0)
    client = PiwikPro(HOST, "my-id", SECRET, http_client=http)
    client._clock = FakeClock()
    sleeps: list[float] = []
    client._sleep = sleeps.append
    assert client._call(GET, {"thing_id": "1"}).id == "1"
    assert sleeps == [5.0]


# --------------------------------------------------------------------------- construction


@pytest.mark.parametrize("kind", [PiwikPro, AsyncPiwikPro])
def test_the_httpx_client_built_carries_the_timeout_and_the_user_agent(kind: type) -> None:
    client = kind(HOST, "my-id", SECRET, timeout=12.0)
    assert client._http.timeout == httpx.Timeout(12.0)
    assert client._http.headers["User-Agent"] == user_agent()
    assert str(client._http.base_url).rstrip("/") == HOST


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "3"])
@pytest.mark.parametrize("name", ["max_pages", "max_response_bytes"])
def test_limits_must_be_positive_ints(name: str, value: object) -> None:
    with pytest.raises(ConfigurationError) as caught:
        PiwikPro(HOST, "my-id", SECRET, **{name: value})
    assert str(caught.value) == f"{name} must be a positive int, got {value!r}"
    assert PiwikPro(HOST, "my-id", SECRET, **{name: 1}) is not None


def test_the_sync_client_sleeps_with_time_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("piwik_pro._client.time.sleep", slept.append)
    server = FakeServer(httpx.Response(503), httpx.Response(200, json={"id": "1", "name": "a"}))
    transport = httpx.MockTransport(server.handler)
    client = PiwikPro(HOST, "my-id", SECRET, http_client=httpx.Client(transport=transport))
    monkeypatch.undo()
    assert client._call(GET, {"thing_id": "1"}).id == "1"
    assert len(slept) == 1


def test_the_async_client_sleeps_with_asyncio_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    server = FakeServer(httpx.Response(503), httpx.Response(200, json={"id": "1", "name": "a"}))
    transport = httpx.MockTransport(server.async_handler)
    http = httpx.AsyncClient(transport=transport)
    client = AsyncPiwikPro(HOST, "my-id", SECRET, http_client=http)
    monkeypatch.undo()
    assert asyncio.run(client._call(GET, {"thing_id": "1"})).id == "1"
    assert len(slept) == 1


@pytest.mark.parametrize(
    ("client_id", "client_secret", "message"),
    [("", SECRET, "client_id must not be empty"), ("my-id", "", "client_secret must not be empty")],
)
def test_empty_credentials_are_refused(client_id: str, client_secret: str, message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        PiwikPro(HOST, client_id, client_secret)
    assert str(caught.value) == message


def test_the_token_lifetime_runs_on_the_clients_clock() -> None:
    """1,800 s tokens, refreshed 60 s early: the client's clock (``_clock``) decides."""
    server = FakeServer(numbered_tokens=True)
    client, _ = sync_client(server)
    clock = FakeClock()
    client._clock = clock
    client.authenticate()
    clock.now += 1739.0
    client.authenticate()
    assert server.token_requests == 1
    clock.now += 2.0
    client.authenticate()
    assert server.token_requests == 2


@pytest.mark.parametrize("margin", [0.0, -5.0])
def test_a_margin_of_zero_or_less_keeps_a_token_until_it_expires(margin: float) -> None:
    clock = FakeClock()
    auth = ClientCredentialsAuth(
        token_url=TOKEN_URL, client_id="my-id", client_secret=SECRET, margin=margin, clock=clock
    )
    token = _fetched(auth, httpx.Request("GET", f"{HOST}/api/x"))
    clock.now += 1799.5
    assert auth._usable(None) is token
    clock.now += 0.5
    assert auth._usable(None) is None


def test_a_client_without_any_timeout_fetches_its_token() -> None:
    """No timeout at all: the wait for the refresh lock is unbounded, and still taken."""
    server = FakeServer()
    transport = httpx.MockTransport(server.handler)
    http = httpx.Client(transport=transport, base_url=HOST, timeout=None)
    client = PiwikPro(HOST, "my-id", SECRET, http_client=http)
    assert client.authenticate() == 1800.0
    assert not client.auth._refresh_lock.locked()


def test_a_redirect_to_a_long_url_is_named_by_its_first_200_characters() -> None:
    far = f"{HOST}/{'x' * 300}"

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(302, headers={"Location": f"{far}?code=secret"})
        return _token_reply()

    plain = httpx.Client(
        transport=httpx.MockTransport(handle), base_url=HOST, auth=_auth(), follow_redirects=True
    )
    with plain, pytest.raises(AuthenticationError) as caught:
        plain.get("/api/x")
    assert str(caught.value).startswith(
        f"The token request was redirected to {far[:200]!r}; refusing its answer"
    )
    assert "code=secret" not in str(caught.value)
