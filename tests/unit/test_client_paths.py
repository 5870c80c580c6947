"""Paths through both clients that only one of them was tested on, and their exact words."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from piwik_pro import APIConnectionError, AsyncPiwikPro, PiwikPro, PiwikProError, ServerError

from .fakeapi import GET, HOST, LIST, TOKEN, UPDATE, FakeServer, async_client, pages, sync_client

OK_THING = httpx.Response(200, json={"id": "t1", "name": "thing 1"})
ENV = {"PIWIK_PRO_HOST": HOST, "PIWIK_PRO_CLIENT_ID": "id", "PIWIK_PRO_CLIENT_SECRET": "s"}


def test_the_low_level_client_points_at_the_account() -> None:
    """``low_level`` is bound to the account's base URL."""
    client, _ = sync_client(FakeServer(OK_THING))
    assert str(client.low_level._base_url) == HOST


def test_a_closed_client_names_itself() -> None:
    """Calls and authenticate() on a closed client say which client is closed."""
    client = PiwikPro(HOST, "my-id", "secret")
    client.close()
    with pytest.raises(PiwikProError, match=r"PiwikPro\(host='https://example.piwik.pro'"):
        client.authenticate()


async def test_a_closed_async_client_names_itself() -> None:
    """The async client says the same, for calls and authenticate()."""
    client = AsyncPiwikPro(HOST, "my-id", "secret")
    await client.aclose()
    expected = r"AsyncPiwikPro\(host='https://example.piwik.pro'"
    with pytest.raises(PiwikProError, match=expected):
        await client.authenticate()
    with pytest.raises(PiwikProError, match=expected):
        await client._call(GET, {"thing_id": "t1"})


def _failing_token(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


def test_an_unreachable_token_endpoint_is_a_connection_error() -> None:
    """authenticate() against a refused connection: APIConnectionError naming the cause."""
    client, _ = sync_client(_failing_token, max_retries=0)
    with client, pytest.raises(APIConnectionError) as caught:
        client.authenticate()
    assert str(caught.value) == (
        "Connection error (ConnectError): auth.token (POST /auth/token) on example.piwik.pro: "
        "refused."
    )
    assert caught.value.request.url.path == "/auth/token"


async def test_an_unreachable_token_endpoint_is_a_connection_error_async() -> None:
    """The async authenticate() reports the same."""

    async def failing(request: httpx.Request) -> httpx.Response:
        return _failing_token(request)

    client, _ = async_client(failing, max_retries=0)
    async with client:
        with pytest.raises(APIConnectionError) as caught:
            await client.authenticate()
    assert str(caught.value) == (
        "Connection error (ConnectError): auth.token (POST /auth/token) on example.piwik.pro: "
        "refused."
    )


def test_request_options_reach_every_page() -> None:
    """Per-call headers given to an iterator are sent with each page request."""
    server = FakeServer(pages(5))
    client, _ = sync_client(server)
    options = {"headers": {"X-Trace": "abc"}}
    items = list(client._iter_items(LIST, {}, page_size=2, request_options=options))  # type: ignore[arg-type]
    assert len(items) == 5
    assert [r.headers.get("X-Trace") for r in server.requests] == ["abc"] * 3
    server.requests.clear()
    pages_seen = list(client._iter_pages(LIST, {}, page_size=2, request_options=options))  # type: ignore[arg-type]
    assert len(pages_seen) == 3
    assert [r.headers.get("X-Trace") for r in server.requests] == ["abc"] * 3


async def test_request_options_reach_every_page_async() -> None:
    """The async iterators send the per-call headers with each page request too."""
    server = FakeServer(pages(5))
    client, _ = async_client(server)
    options = {"headers": {"X-Trace": "abc"}}
    items = [i async for i in client._iter_items(LIST, {}, page_size=2, request_options=options)]  # type: ignore[arg-type]
    assert len(items) == 5
    got = [p async for p in client._iter_pages(LIST, {}, page_size=2, request_options=options)]  # type: ignore[arg-type]
    assert len(got) == 3
    assert [r.headers.get("X-Trace") for r in server.requests] == ["abc"] * 6


async def test_async_from_env_passes_the_options_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """AsyncPiwikPro.from_env(**kwargs) hands the keyword arguments to the client."""
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    async with AsyncPiwikPro.from_env(max_retries=5) as client:
        assert client._policy.max_retries == 5


async def test_async_keyword_attributes_build_the_envelope() -> None:
    """An async call with keyword attributes sends the JSON:API envelope."""
    server = FakeServer(httpx.Response(204))
    client, _ = async_client(server)
    await client._call(UPDATE, {"thing_id": 7}, attributes={"name": "n", "color": "red"})
    sent = json.loads(server.requests[0].content)
    assert sent == {
        "data": {"type": "thing", "id": "7", "attributes": {"name": "n", "color": "red"}}
    }


async def test_async_request_options_and_per_call_retries() -> None:
    """Async per-call headers are sent, and a per-call max_retries=0 stops after one try."""
    server = FakeServer(httpx.Response(503))
    client, sleeps = async_client(server, max_retries=3)
    options = {"headers": {"X-Trace": "abc"}, "max_retries": 0}
    with pytest.raises(ServerError):
        await client._call(GET, {"thing_id": "t1"}, request_options=options)  # type: ignore[arg-type]
    assert [r.headers["X-Trace"] for r in server.requests] == ["abc"]
    assert sleeps == []


async def test_async_caller_client_gets_auth_and_absolute_urls() -> None:
    """A passed-in AsyncClient without base_url still reaches the host, with the bearer."""
    server = FakeServer(OK_THING)
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.async_handler))
    async with AsyncPiwikPro(HOST, "id", "secret", http_client=http) as client:
        await client._call(GET, {"thing_id": "t1"})
    request = server.requests[0]
    assert str(request.url) == HOST + "/things/t1"
    assert request.headers["Authorization"] == f"Bearer {TOKEN['access_token']}"


async def test_async_token_endpoint_503_is_retried() -> None:
    """A 503 from the token endpoint is waited out (backoff) and the call then succeeds."""
    answers = [httpx.Response(503), httpx.Response(200, json=TOKEN)]
    seen: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/auth/token":
            return answers.pop(0)
        return httpx.Response(200, json={"id": "t1", "name": "thing 1"})

    client, sleeps = async_client(handler, max_retries=2)
    await client._call(GET, {"thing_id": "t1"})
    assert seen == ["/auth/token", "/auth/token", "/things/t1"]
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.5


async def test_async_requests_and_failures_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    """At DEBUG the async client logs each exchange, and a transport failure as no response."""
    server = FakeServer(OK_THING, httpx.ConnectError("refused"))
    client, _ = async_client(server, max_retries=0)
    with caplog.at_level(logging.DEBUG, logger="piwik_pro"):
        await client._call(GET, {"thing_id": "t1"})
        with pytest.raises(APIConnectionError):
            await client._call(GET, {"thing_id": "t1"})
    messages = [r.getMessage() for r in caplog.records if r.name == "piwik_pro"]
    assert any(m.startswith("GET /things/t1 -> 200 in ") for m in messages)
    assert any(m.startswith("GET /things/t1 -> no response in ") for m in messages)


def test_resources_show_their_client() -> None:
    """A resource's repr names its class and its client."""
    from piwik_pro._resource import AsyncAPIResource, SyncAPIResource

    client, aclient = PiwikPro(HOST, "id", "s"), AsyncPiwikPro(HOST, "id", "s")
    assert repr(SyncAPIResource(client)) == f"<SyncAPIResource of {client!r}>"
    assert repr(AsyncAPIResource(aclient)) == f"<AsyncAPIResource of {aclient!r}>"


def test_the_packaged_spec_is_the_committed_document() -> None:
    """spec_resource() is piwik_pro/openapi.json, an OpenAPI 3 document with paths."""
    from pathlib import Path

    import piwik_pro
    from piwik_pro._openapi import spec_resource

    resource = spec_resource()
    assert Path(str(resource)) == Path(piwik_pro.__file__).parent / "openapi.json"
    document = json.loads(resource.read_text())
    assert document["openapi"].startswith("3.") and document["paths"]
