"""Closed clients and transport failures: a dedicated error, and messages that say what failed."""

from __future__ import annotations

import httpx
import pytest

import piwik_pro
from piwik_pro import APIConnectionError, APITimeoutError, AsyncPiwikPro, PiwikPro, PiwikProError
from piwik_pro._exchange import transport_error

from .fakeapi import GET, HOST, TOKEN

SECRET = "s3cret-value"


def _raising(exc: type[httpx.TransportError], text: str = "boom") -> httpx.MockTransport:
    """A transport answering the token request and failing every API request with ``exc``."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(200, json=TOKEN)
        raise exc(text.replace("{auth}", request.headers.get("Authorization", "")), request=request)

    return httpx.MockTransport(handle)


def _client(transport: httpx.MockTransport, timeout: float | httpx.Timeout = 60) -> PiwikPro:
    http = httpx.Client(transport=transport, base_url=HOST, timeout=timeout)
    return PiwikPro(HOST, "id", SECRET, http_client=http, max_retries=0)


# --------------------------------------------------------------------------- closed clients


def test_a_closed_sync_client_raises_client_closed_error_with_sync_words() -> None:
    """A call after the `with` block: ClientClosedError naming close() and the `with` block."""
    with PiwikPro(HOST, "my-id", SECRET) as client:
        pass
    with pytest.raises(piwik_pro.ClientClosedError) as caught:
        client._call(GET, {"thing_id": "t1"})
    message = str(caught.value)
    assert isinstance(caught.value, PiwikProError)
    assert message == (
        "PiwikPro(host='https://example.piwik.pro', client_id='my-id') is closed (by close(), "
        "or when its `with` block ended); create a new client, or make the calls inside its "
        "`with` block"
    )
    with pytest.raises(piwik_pro.ClientClosedError, match=r"by close\(\)"):
        client.authenticate()


async def test_a_closed_async_client_raises_client_closed_error_with_async_words() -> None:
    """After `async with`: ClientClosedError naming aclose() and the `async with` block."""
    async with AsyncPiwikPro(HOST, "my-id", SECRET) as client:
        pass
    calls = (lambda: client._call(GET, {"thing_id": "t1"}), client.authenticate)
    for call in calls:
        with pytest.raises(piwik_pro.ClientClosedError) as caught:
            await call()
        message = str(caught.value)
        assert "by aclose()" in message and "`async with` block" in message
        assert "close()," not in message.replace("aclose(),", "")


def test_a_closed_http_client_passed_in_is_named() -> None:
    """A caller's own httpx client, closed: the error says that one is closed."""
    http = httpx.Client(base_url=HOST)
    client = PiwikPro(HOST, "id", SECRET, http_client=http)
    http.close()
    with pytest.raises(piwik_pro.ClientClosedError, match="http_client= is closed"):
        client._call(GET, {"thing_id": "t1"})


def test_client_closed_error_is_exported() -> None:
    """ClientClosedError is public: in piwik_pro.__all__ and a PiwikProError."""
    assert "ClientClosedError" in piwik_pro.__all__
    assert issubclass(piwik_pro.ClientClosedError, PiwikProError)


# --------------------------------------------------------------------------- transport errors


def test_a_connection_error_names_operation_method_path_and_host() -> None:
    """A refused connection: the operation, `GET /path`, the host and httpx's words."""
    client = _client(_raising(httpx.ConnectError, "[Errno 111] Connection refused"))
    with client, pytest.raises(APIConnectionError) as caught:
        client._call(GET, {"thing_id": "t1"})
    assert str(caught.value) == (
        "Connection error (ConnectError): things.get (GET /things/t1) on example.piwik.pro: "
        "[Errno 111] Connection refused."
    )


def test_a_connection_error_never_shows_the_token_or_the_secret() -> None:
    """httpx's words are masked: neither the bearer token nor the secret gets through."""
    client = _client(_raising(httpx.ConnectError, f"refused {{auth}} {SECRET}"))
    with client, pytest.raises(APIConnectionError) as caught:
        client._call(GET, {"thing_id": "t1"})
    message = str(caught.value)
    assert TOKEN["access_token"] not in message and SECRET not in message
    assert message.endswith("on example.piwik.pro: refused Bearer *** ***.")


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (httpx.ReadTimeout, "no data arrived within the read timeout of 7 s (ReadTimeout)"),
        (
            httpx.ConnectTimeout,
            "no connection was established within the connect timeout of 3 s (ConnectTimeout)",
        ),
        (httpx.WriteTimeout, "the request could not be sent within the write timeout of 7 s"),
        (httpx.PoolTimeout, "no connection of the pool became free within the pool timeout of 7"),
    ],
)
def test_a_timeout_names_the_phase_and_its_limit(
    exc: type[httpx.TimeoutException], words: str
) -> None:
    """A phase timeout: which phase ran out, its configured value, and what to change."""
    client = _client(_raising(exc), timeout=httpx.Timeout(7, connect=3))
    with client, pytest.raises(APITimeoutError) as caught:
        client._call(GET, {"thing_id": "t1"})
    message = str(caught.value)
    assert message.startswith("Request timed out: things.get (GET /things/t1) on example.piwik.pro")
    assert words in message
    assert "pass a larger timeout=" in message


def test_a_deadline_names_the_whole_call_and_its_budget() -> None:
    """The call's whole deadline ran out while reading: that limit, and its value, are named."""
    now = [100.0]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(200, json=TOKEN)
        now[0] += 30  # the body arrives after the call's 20 s
        return httpx.Response(200, content=iter([b'{"id": "t1", "name": "thing 1"}']))

    client = _client(httpx.MockTransport(handle), timeout=20)
    client._clock = lambda: now[0]
    with client, pytest.raises(APITimeoutError) as caught:
        client._call(GET, {"thing_id": "t1"})
    assert str(caught.value).startswith(
        "Request timed out: things.get (GET /things/t1) on example.piwik.pro: the call ran past "
        "its deadline of 20 s (`timeout` bounds the whole call"
    )


async def test_the_async_client_says_the_same() -> None:
    """The async client's transport errors read exactly as the sync client's."""

    async def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(200, json=TOKEN)
        raise httpx.ReadTimeout("slow", request=request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handle), base_url=HOST, timeout=9)
    async with AsyncPiwikPro(HOST, "id", SECRET, http_client=http, max_retries=0) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client._call(GET, {"thing_id": "t1"})
    assert str(caught.value) == (
        "Request timed out: things.get (GET /things/t1) on example.piwik.pro: no data arrived "
        "within the read timeout of 9 s (ReadTimeout); pass a larger timeout= "
        "(or request_options={'timeout': ...} for one call)."
    )


def test_the_host_keeps_its_port_and_drops_credentials_in_the_url() -> None:
    """`host:port` as sent, IPv6 in brackets; user:password of a URL never shows."""
    for url, where in [
        ("http://user:pw@localhost:8080/api/x", "GET /api/x on localhost:8080"),
        ("http://[::1]:8080/api/x", "GET /api/x on [::1]:8080"),
    ]:
        error = transport_error(httpx.ConnectError("refused"), {"method": "GET", "url": url})
        assert str(error) == f"Connection error (ConnectError): {where}: refused."


def test_a_deadline_passed_before_a_retry_still_names_the_host() -> None:
    """No time left for the retry (no request was built): the message still names the host."""
    now = [100.0]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(200, json=TOKEN)
        now[0] += 5  # the 503 arrives at the deadline: no time for another attempt
        return httpx.Response(503, headers={"Retry-After": "0"})

    http = httpx.Client(transport=httpx.MockTransport(handle), base_url=HOST, timeout=5)
    client = PiwikPro(HOST, "id", SECRET, http_client=http, max_retries=1)
    client._clock = lambda: now[0]
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    with client, pytest.raises(APITimeoutError) as caught:
        client._call(GET, {"thing_id": "t1"})
    assert str(caught.value).startswith(
        "Request timed out: things.get (GET /things/t1) on example.piwik.pro: the call ran past "
        "its deadline of 5 s"
    )
