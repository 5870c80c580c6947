"""The client-credentials auth flow: caching, refresh, 401 replay, failures, concurrency."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from piwik_pro._auth import (
    ClientCredentialsAuth,
    build_token_request,
    is_fresh,
    parse_token_response,
)
from piwik_pro._errors import AuthenticationError
from support.clock import FakeClock
from support.fakeserver import FakeServer

BASE = "https://example.piwik.pro"
TOKEN_URL = f"{BASE}/auth/token"
CLIENT_ID = "client-id-123"
SECRET = "very-secret-value"


def make_auth(
    clock: Callable[[], float] | None = None, margin: float = 60.0
) -> ClientCredentialsAuth:
    """An auth object for the fake account."""
    return ClientCredentialsAuth(
        token_url=TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=SECRET,
        margin=margin,
        clock=clock or FakeClock(),
    )


def sync_client(server: FakeServer, auth: ClientCredentialsAuth) -> httpx.Client:
    """An httpx.Client sending through ``server`` with ``auth``."""
    return httpx.Client(base_url=BASE, auth=auth, transport=httpx.MockTransport(server.handler))


def async_client(server: FakeServer, auth: ClientCredentialsAuth) -> httpx.AsyncClient:
    """An httpx.AsyncClient sending through ``server`` with ``auth``."""
    transport = httpx.MockTransport(server.async_handler)
    return httpx.AsyncClient(base_url=BASE, auth=auth, transport=transport)


def used_token(response: httpx.Response) -> str:
    """The token the fake API saw on a successful call."""
    token = response.json()["token"]
    assert isinstance(token, str)
    return token


# --------------------------------------------------------------------------- pure helpers


def test_build_token_request_is_client_credentials_json() -> None:
    """The token request POSTs the client-credentials grant as JSON."""
    request = build_token_request(TOKEN_URL, CLIENT_ID, SECRET, user_agent="ua/1")
    assert (request.method, str(request.url)) == ("POST", TOKEN_URL)
    assert json.loads(request.content) == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
    }
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == "ua/1"


def test_parse_token_response_computes_refresh_time() -> None:
    """refresh_at = obtained_at + expires_in - margin."""
    response = httpx.Response(200, json={"access_token": "abc", "expires_in": 1800})
    token = parse_token_response(response, now=100.0, margin=60.0)
    assert (token.value, token.refresh_at, token.expires_in) == ("abc", 1840.0, 1800.0)
    assert is_fresh(token, 1839.9) and not is_fresh(token, 1840.0)
    assert "abc" not in repr(token)


def test_parse_token_response_halves_margin_for_short_lived_tokens() -> None:
    """With expires_in below twice the margin, the margin becomes expires_in / 2."""
    response = httpx.Response(200, json={"access_token": "abc", "expires_in": 40})
    assert parse_token_response(response, now=0.0, margin=60.0).refresh_at == 20.0


@pytest.mark.parametrize("expires_in", [None, "soon", -5, 0, True, [1]])
def test_parse_token_response_defaults_bad_expires_in(expires_in: object) -> None:
    """A missing or unusable expires_in falls back to 300 seconds."""
    response = httpx.Response(200, json={"access_token": "abc", "expires_in": expires_in})
    assert parse_token_response(response, now=0.0, margin=60.0).expires_in == 300.0


def test_parse_token_response_accepts_numeric_string() -> None:
    """expires_in given as a numeric string is understood."""
    response = httpx.Response(200, json={"access_token": "abc", "expires_in": "1800"})
    assert parse_token_response(response, now=0.0, margin=60.0).expires_in == 1800.0


def test_is_fresh_none() -> None:
    """No token is never fresh."""
    assert is_fresh(None, 0.0) is False


# --------------------------------------------------------------------------- caching


def test_token_is_fetched_once_and_reused_until_margin() -> None:
    """One token serves every call until expires_in - margin has passed."""
    clock, server = FakeClock(), FakeServer(numbered_tokens=True)
    auth = make_auth(clock)
    with sync_client(server, auth) as client:
        assert used_token(client.get("/api/a")) == "tok-1"
        clock.now += 1739.0
        assert used_token(client.get("/api/b")) == "tok-1"
        clock.now += 1.0
        assert used_token(client.get("/api/c")) == "tok-2"
    assert auth.token_requests == 2
    assert server.token_requests == 2
    assert server.seen == [
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-2",
    ]


def test_token_is_refreshed_after_expiry() -> None:
    """A token past its lifetime is replaced before the request is sent."""
    clock, server = FakeClock(), FakeServer(numbered_tokens=True, expires_in=60)
    auth = make_auth(clock)
    with sync_client(server, auth) as client:
        client.get("/api/a")
        clock.now += 29.0
        assert used_token(client.get("/api/b")) == "tok-1"
        clock.now += 1.0  # margin shrinks to 30 s for a 60 s token
        assert used_token(client.get("/api/c")) == "tok-2"
        clock.now += 3600.0
        assert used_token(client.get("/api/d")) == "tok-3"
    assert len(server.requests) == 4


def test_token_request_copies_user_agent() -> None:
    """The token request carries the client's User-Agent, not the API request's token."""
    server = FakeServer(numbered_tokens=True)
    with sync_client(server, make_auth()) as client:
        client.get("/api/a", headers={"User-Agent": "piwik-pro-python/test"})
    (token_request,) = server.token_calls
    assert token_request.headers["User-Agent"] == "piwik-pro-python/test"
    assert "Authorization" not in token_request.headers


async def test_async_token_is_reused_until_margin() -> None:
    """The async flow shares the same cache rules."""
    clock, server = FakeClock(), FakeServer(numbered_tokens=True)
    auth = make_auth(clock)
    async with async_client(server, auth) as client:
        assert used_token(await client.get("/api/a")) == "tok-1"
        clock.now += 1739.0
        assert used_token(await client.get("/api/b")) == "tok-1"
        clock.now += 1.0
        assert used_token(await client.get("/api/c")) == "tok-2"
    assert auth.token_requests == 2


def test_sync_and_async_share_the_cache() -> None:
    """A token fetched by a sync client is reused by an async client on the same auth."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    with sync_client(server, auth) as client:
        client.get("/api/a")

    async def call() -> str:
        async with async_client(server, auth) as aclient:
            return used_token(await aclient.get("/api/b"))

    assert asyncio.run(call()) == "tok-1"
    assert auth.token_requests == 1


def test_invalidate_forces_a_new_token() -> None:
    """invalidate() drops the cached token."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    with sync_client(server, auth) as client:
        client.get("/api/a")
        auth.invalidate()
        assert used_token(client.get("/api/b")) == "tok-2"


# --------------------------------------------------------------------------- 401 handling


def test_401_with_cached_token_refreshes_and_replays_once() -> None:
    """A 401 for a cached token fetches one new token and replays the request once."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    with sync_client(server, auth) as client:
        client.get("/api/a")
        server.reject.add("tok-1")
        response = client.post("/api/b", json={"name": "x"})
    assert response.status_code == 200
    assert used_token(response) == "tok-2"
    assert auth.token_requests == 2
    assert server.seen[1:] == ["Bearer tok-1", "Bearer tok-2"]
    first, replay = server.requests[1:]
    assert json.loads(replay.content) == json.loads(first.content) == {"name": "x"}


def test_second_401_is_returned_without_looping() -> None:
    """After one refresh and replay, another 401 is returned as is."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    with sync_client(server, auth) as client:
        client.get("/api/warm")
        server.always_401 = True
        response = client.get("/api/b")
    assert response.status_code == 401
    assert auth.token_requests == 2
    assert len(server.requests) == 3  # warm-up, first try, one replay


def test_401_with_just_fetched_token_is_not_replayed() -> None:
    """A 401 for a token this flow just fetched is returned without another fetch."""
    server = FakeServer(numbered_tokens=True, always_401=True)
    auth = make_auth()
    with sync_client(server, auth) as client:
        response = client.get("/api/a")
    assert response.status_code == 401
    assert auth.token_requests == 1
    assert len(server.requests) == 1


def test_401_does_not_drop_a_token_refreshed_meanwhile() -> None:
    """A stale 401 reuses the token another caller already refreshed instead of fetching."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    with sync_client(server, auth) as client:
        client.get("/api/a")  # tok-1 cached
        server.reject.add("tok-1")
        flow = auth.sync_auth_flow(httpx.Request("GET", f"{BASE}/api/b"))
        sent = next(flow)
        assert sent.headers["Authorization"] == "Bearer tok-1"
        auth.invalidate()
        client.get("/api/c")  # another caller refreshes: tok-2 cached
        replay = flow.send(httpx.Response(401))
    assert replay.headers["Authorization"] == "Bearer tok-2"
    assert auth.token_requests == 2


async def test_async_401_refreshes_and_replays_once() -> None:
    """The async flow replays once on a 401 and returns a second 401 as is."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    async with async_client(server, auth) as client:
        await client.get("/api/a")
        server.reject.add("tok-1")
        assert used_token(await client.get("/api/b")) == "tok-2"
        server.always_401 = True
        response = await client.get("/api/c")
    assert response.status_code == 401
    assert auth.token_requests == 3
    assert len(server.requests) == 5


async def test_async_401_with_just_fetched_token_is_not_replayed() -> None:
    """The async flow does not replay a 401 for a token it just fetched."""
    server = FakeServer(numbered_tokens=True, always_401=True)
    auth = make_auth()
    async with async_client(server, auth) as client:
        response = await client.get("/api/a")
    assert response.status_code == 401
    assert (auth.token_requests, len(server.requests)) == (1, 1)


# --------------------------------------------------------------------------- failures


def test_token_endpoint_401_raises_authentication_error_with_server_message() -> None:
    """A rejected token request raises AuthenticationError carrying the server's message."""
    server = FakeServer(token_status=401, token_body={"errors": [{"detail": "Invalid client"}]})
    auth = make_auth()
    with sync_client(server, auth) as client, pytest.raises(AuthenticationError) as info:
        client.get("/api/a")
    error = info.value
    assert error.status_code == 401
    assert "Invalid client" in str(error)
    assert "POST /auth/token (auth.token)" in str(error)
    assert SECRET not in str(error) and SECRET not in repr(error)
    assert server.requests == []


def test_token_error_attributes_hold_no_secret() -> None:
    """No attribute of a token-request error (request body included) holds the secret."""
    server = FakeServer(token_status=401, token_body={"message": "Invalid client"})
    with sync_client(server, make_auth()) as client, pytest.raises(AuthenticationError) as info:
        client.get("/api/a")
    error = info.value
    assert SECRET.encode() not in error.response.request.content
    assert b'"client_secret":"***"' in error.response.request.content.replace(b" ", b"")
    assert error.response.request.url.path == "/auth/token"
    assert SECRET not in repr(vars(error))


def test_token_endpoint_500_keeps_real_status() -> None:
    """A 5xx from the token endpoint is still an AuthenticationError with status 500."""
    server = FakeServer(token_status=500, token_body={"message": "database down"})
    with sync_client(server, make_auth()) as client, pytest.raises(AuthenticationError) as info:
        client.get("/api/a")
    assert info.value.status_code == 500
    assert "database down" in str(info.value)


def test_token_endpoint_echoing_secret_is_redacted() -> None:
    """A token endpoint that echoes the request body does not leak the secret."""
    echoed = {"message": f'invalid body {{"client_secret": "{SECRET}"}}'}
    server = FakeServer(token_status=400, token_body=echoed)
    with sync_client(server, make_auth()) as client, pytest.raises(AuthenticationError) as info:
        client.get("/api/a")
    assert SECRET not in str(info.value)


def test_token_response_without_access_token_raises() -> None:
    """A 2xx token response without access_token raises AuthenticationError."""
    server = FakeServer(token_body={"token_type": "Bearer", "expires_in": 1800})
    with sync_client(server, make_auth()) as client, pytest.raises(AuthenticationError) as info:
        client.get("/api/a")
    assert info.value.status_code == 200
    assert "no access_token" in str(info.value)


async def test_async_token_failure_raises_authentication_error() -> None:
    """The async flow raises the same AuthenticationError on a failed token request."""
    server = FakeServer(token_status=401, token_body={"message": "JWT not found"})
    async with async_client(server, make_auth()) as client:
        with pytest.raises(AuthenticationError, match="JWT not found"):
            await client.get("/api/a")


def test_failed_token_request_is_retried_on_next_call() -> None:
    """After a failed token request, the next call tries again and succeeds."""
    server = FakeServer(numbered_tokens=True, token_status=503, token_body={"message": "busy"})
    auth = make_auth()
    with sync_client(server, auth) as client:
        with pytest.raises(AuthenticationError):
            client.get("/api/a")
        server.token_status, server.token_body = 200, None
        assert used_token(client.get("/api/b")) == "tok-2"
    assert auth.token_requests == 2


def test_transport_failure_on_token_request_propagates_and_releases_lock() -> None:
    """A connection error on the token request propagates as the httpx error."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    auth = make_auth()
    with httpx.Client(auth=auth, transport=httpx.MockTransport(refuse)) as client:
        with pytest.raises(httpx.ConnectError):
            client.get(f"{BASE}/api/a")
        with pytest.raises(httpx.ConnectError):  # would deadlock if the lock leaked
            client.get(f"{BASE}/api/a")
    assert auth.token_requests == 2


# --------------------------------------------------------------------------- secrecy


def test_repr_shows_client_id_and_url_only() -> None:
    """repr() names the client id and token URL but neither the secret nor the token."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    with sync_client(server, auth) as client:
        client.get("/api/a")
    text = repr(auth)
    assert text == f"ClientCredentialsAuth(client_id={CLIENT_ID!r}, token_url={TOKEN_URL!r})"
    assert SECRET not in text and "tok-1" not in text
    assert SECRET not in str(vars(auth).get("_token"))


def test_logs_never_contain_secret_or_token(caplog: pytest.LogCaptureFixture) -> None:
    """DEBUG logs say a token was fetched and refreshed, without the secret or token."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()
    with caplog.at_level(logging.DEBUG), sync_client(server, auth) as client:
        client.get("/api/a")
    mine = [r.getMessage() for r in caplog.records if r.name == "piwik_pro"]
    assert mine == ["fetching access token", "access token refreshed, expires in 1800s"]
    assert SECRET not in caplog.text
    assert "tok-1" not in caplog.text


# --------------------------------------------------------------------------- concurrency


def test_32_threads_share_one_token_request() -> None:
    """1,000 calls from 32 threads on a fresh client make exactly one token request."""
    server = FakeServer(numbered_tokens=True, token_delay=0.05)
    auth = make_auth(time.monotonic)
    barrier = threading.Barrier(32)

    with sync_client(server, auth) as client:

        def work(index: int) -> list[int]:
            if index < 32:
                barrier.wait()
            return [client.get(f"/api/{index}").status_code]

        with ThreadPoolExecutor(max_workers=32) as pool:
            statuses = [s for chunk in pool.map(work, range(1000)) for s in chunk]
    assert statuses == [200] * 1000
    assert auth.token_requests == 1
    assert server.token_requests == 1
    assert len(server.requests) == 1000


async def test_200_tasks_share_one_token_request() -> None:
    """200 concurrent asyncio tasks on a fresh client make exactly one token request."""
    server = FakeServer(numbered_tokens=True)
    auth = make_auth(time.monotonic)
    async with async_client(server, auth) as client:
        responses = await asyncio.gather(*(client.get(f"/api/{i}") for i in range(200)))
    assert [r.status_code for r in responses] == [200] * 200
    assert auth.token_requests == 1
    assert server.token_requests == 1


async def test_concurrent_401s_share_one_refresh() -> None:
    """50 tasks all rejected with the same stale token trigger a single refresh."""
    server = FakeServer(numbered_tokens=True)
    auth = make_auth(time.monotonic)
    async with async_client(server, auth) as client:
        await client.get("/api/warm")
        server.reject.add("tok-1")
        responses = await asyncio.gather(*(client.get(f"/api/{i}") for i in range(50)))
    assert {used_token(r) for r in responses} == {"tok-2"}
    assert auth.token_requests == 2


def test_auth_works_across_event_loops() -> None:
    """The same auth serves clients on two successive event loops."""
    server, auth = FakeServer(numbered_tokens=True), make_auth()

    async def call(path: str) -> int:
        async with async_client(server, auth) as client:
            responses = await asyncio.gather(client.get(path), client.get(path))
            return responses[0].status_code

    assert asyncio.run(call("/api/a")) == 200
    auth.invalidate()
    assert asyncio.run(call("/api/b")) == 200
    assert auth.token_requests == 2


def test_masked_token_request_keeps_everything_but_the_secret() -> None:
    """The masked copy: same method, URL and headers; the client id kept, the secret ``***``."""
    from piwik_pro._auth import masked_token_request

    sent = {"grant_type": "client_credentials", "client_id": "my-id", "client_secret": SECRET}
    headers = {"Accept": "application/json", "User-Agent": "ua/1"}
    request = httpx.Request("POST", "https://e.piwik.pro/auth/token", json=sent, headers=headers)
    masked = masked_token_request(request)
    assert (masked.method, str(masked.url)) == ("POST", "https://e.piwik.pro/auth/token")
    assert json.loads(masked.content) == {
        "grant_type": "client_credentials",
        "client_id": "my-id",
        "client_secret": "***",
    }
    assert masked.headers["Accept"] == "application/json"
    assert masked.headers["User-Agent"] == "ua/1"
    assert masked.headers["Content-Length"] == str(len(masked.content))
    for body in (b"", b"not json", b'{"grant_type": "client_credentials"}'):
        request = httpx.Request("POST", "https://e.piwik.pro/auth/token", content=body)
        assert json.loads(masked_token_request(request).content)["client_id"] == "***"


def test_token_error_keeps_the_servers_answer() -> None:
    """The error of a refused token request keeps the status, headers, body and parsed body."""
    server = FakeServer(token_status=401, token_body={"message": "Invalid client"})
    with sync_client(server, make_auth()) as client, pytest.raises(AuthenticationError) as info:
        client.get("/api/a")
    error = info.value
    assert error.response.headers["content-type"] == "application/json"
    assert json.loads(error.response.content) == {"message": "Invalid client"}
    assert error.body == {"message": "Invalid client"}
