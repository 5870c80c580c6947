"""``authenticate()``: fetch or reuse the access token now and report its lifetime."""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from piwik_pro import APIConnectionError, AuthenticationError

from .fakeapi import GET, HOST, TOKEN, FakeServer, async_client, sync_client, thing

OK_THING = httpx.Response(200, json=thing(1))


def test_authenticate_fetches_the_token_and_returns_its_lifetime() -> None:
    """The first call fetches one token and returns expires_in as a float, not the token."""
    server = FakeServer(OK_THING)
    client, _ = sync_client(server)
    lifetime = client.authenticate()
    assert lifetime == 1800.0 and isinstance(lifetime, float)
    assert server.token_requests == 1 and client.auth.token_requests == 1
    assert server.requests == []  # nothing but the token request was sent


def test_authenticate_reuses_the_token_and_calls_reuse_it_too() -> None:
    """A second authenticate() and the following API call reuse the fetched token."""
    server = FakeServer(OK_THING)
    client, _ = sync_client(server)
    client.authenticate()
    assert client.authenticate() == 1800.0
    client._call(GET, {"thing_id": "t1"})
    assert server.token_requests == 1
    assert server.requests[0].headers["Authorization"] == f"Bearer {TOKEN['access_token']}"


def test_authenticate_after_invalidate_fetches_a_new_token() -> None:
    """A dropped token is fetched again."""
    server = FakeServer(OK_THING)
    client, _ = sync_client(server)
    client.authenticate()
    client.auth.invalidate()
    client.authenticate()
    assert server.token_requests == 2


def test_authenticate_sends_the_client_credentials_grant() -> None:
    """The token request is POST /auth/token with the client-credentials JSON body."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=TOKEN)

    client, _ = sync_client(handler)
    client.authenticate()
    (request,) = seen
    assert (request.method, str(request.url)) == ("POST", f"{HOST}/auth/token")
    assert json.loads(request.content)["grant_type"] == "client_credentials"
    assert "Authorization" not in request.headers


def test_refused_credentials_raise_authentication_error_without_secret() -> None:
    """A 401 from the token endpoint is an AuthenticationError that holds no secret."""

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": "bad client credentials"})

    client, _ = sync_client(refuse)
    with pytest.raises(AuthenticationError, match="bad client credentials") as caught:
        client.authenticate()
    assert caught.value.status_code == 401
    assert "my-secret" not in str(caught.value)
    assert b"my-secret" not in caught.value.response.request.content


def test_unreachable_account_raises_api_connection_error_and_releases_the_lock() -> None:
    """A transport failure is an APIConnectionError (no httpx error) and can be retried."""

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client, _ = sync_client(unreachable)
    for _ in range(2):  # the second attempt would deadlock if the lock leaked
        with pytest.raises(APIConnectionError) as caught:
            client.authenticate()
        assert not isinstance(caught.value, httpx.HTTPError)
        assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert client.auth.token_requests == 2


def test_threads_authenticating_at_once_share_one_token_request() -> None:
    """16 threads calling authenticate() together make a single token request."""
    server = FakeServer(OK_THING)
    client, _ = sync_client(server)
    barrier = threading.Barrier(16)

    def work(_: int) -> float:
        barrier.wait()
        return client.authenticate()

    with ThreadPoolExecutor(max_workers=16) as pool:
        assert set(pool.map(work, range(16))) == {1800.0}
    assert server.token_requests == 1


async def test_async_authenticate_fetches_once_and_calls_reuse_it() -> None:
    """The async client's authenticate() fetches one token that later calls reuse."""
    server = FakeServer(OK_THING)
    client, _ = async_client(server)
    assert await client.authenticate() == 1800.0
    assert await client.authenticate() == 1800.0
    await client._call(GET, {"thing_id": "t1"})
    assert server.token_requests == 1 and client.auth.token_requests == 1


async def test_async_tasks_authenticating_at_once_share_one_token_request() -> None:
    """50 tasks calling authenticate() alongside API calls make one token request."""
    server = FakeServer(OK_THING)
    client, _ = async_client(server)
    calls = [client.authenticate() for _ in range(50)]
    calls += [client._call(GET, {"thing_id": "t1"}) for _ in range(50)]
    await asyncio.gather(*calls)
    assert server.token_requests == 1


async def test_async_unreachable_account_raises_api_connection_error() -> None:
    """The async client maps a transport failure to APIConnectionError too."""

    async def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client, _ = async_client(unreachable)
    with pytest.raises(APIConnectionError):
        await client.authenticate()
    await client._http.aclose()
