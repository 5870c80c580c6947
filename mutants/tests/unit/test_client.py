"""The clients' core: construction, retries, errors and response validation."""

from __future__ import annotations

import logging
import subprocess
import sys

import httpx
import pytest

from piwik_pro import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncPiwikPro,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    PiwikPro,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
)

from .fakeapi import (
    CREATE,
    GET,
    HOST,
    SEARCH,
    UPDATE,
    FakeServer,
    async_client,
    sync_client,
    thing,
)
from .fakeapi.models import Thing

OK_THING = httpx.Response(200, json=thing(1))


def _get(client: PiwikPro, **options: object) -> object:
    return client._call(GET, {"thing_id": "t1"}, request_options=options or None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- construction


def test_construction_does_no_io() -> None:
    """Constructing a client (own or given httpx client) sends nothing."""
    server = FakeServer(OK_THING)
    sync_client(server)
    async_client(server)
    PiwikPro("example.piwik.pro", "id", "secret")
    assert server.requests == [] and server.token_requests == 0


@pytest.mark.parametrize(
    "host", ["example.piwik.pro", "https://example.piwik.pro", "https://example.piwik.pro/"]
)
def test_host_is_normalised(host: str) -> None:
    """Bare host, URL and trailing slash all give the same account URL."""
    client = PiwikPro(host, "id", "secret")
    assert client.base_url == HOST
    assert client.auth is client._auth
    assert client._http.base_url == httpx.URL(HOST)


def test_empty_credentials_are_rejected() -> None:
    """An empty client id or secret is a ConfigurationError."""
    with pytest.raises(ConfigurationError, match="client_secret"):
        PiwikPro(HOST, "id", "")
    with pytest.raises(ConfigurationError, match="client_id"):
        AsyncPiwikPro(HOST, "", "secret")


def test_from_env_names_the_missing_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """from_env raises a ConfigurationError naming the unset variable."""
    monkeypatch.setenv("PIWIK_PRO_HOST", "example.piwik.pro")
    monkeypatch.setenv("PIWIK_PRO_CLIENT_ID", "id")
    monkeypatch.delenv("PIWIK_PRO_CLIENT_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="PIWIK_PRO_CLIENT_SECRET"):
        PiwikPro.from_env()
    with pytest.raises(ConfigurationError, match="PIWIK_PRO_CLIENT_SECRET"):
        AsyncPiwikPro.from_env()


def test_from_env_builds_a_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """from_env reads the three variables and passes the keyword arguments on."""
    monkeypatch.setenv("PIWIK_PRO_HOST", "example.piwik.pro/")
    monkeypatch.setenv("PIWIK_PRO_CLIENT_ID", "env-id")
    monkeypatch.setenv("PIWIK_PRO_CLIENT_SECRET", "env-secret")
    client = PiwikPro.from_env(max_retries=5)
    assert client.base_url == HOST and client._client_id == "env-id"
    assert client._policy.max_retries == 5
    assert isinstance(AsyncPiwikPro.from_env(), AsyncPiwikPro)


def test_repr_shows_host_and_id_but_no_secret() -> None:
    """The repr names host and client id and never the secret."""
    text = repr(PiwikPro(HOST, "my-id", "top-secret"))
    assert text == "PiwikPro(host='https://example.piwik.pro', client_id='my-id')"
    assert "top-secret" not in repr(AsyncPiwikPro(HOST, "my-id", "top-secret"))


def test_retry_policy_wins_over_max_retries() -> None:
    """An explicit RetryPolicy is used as given."""
    policy = RetryPolicy(max_retries=7)
    assert PiwikPro(HOST, "id", "s", retry_policy=policy)._policy is policy


def test_import_is_cheap() -> None:
    """Importing piwik_pro loads neither the generated layer, attrs nor the operations."""
    lazy = "{'piwik_pro_api', 'attr', 'piwik_pro._operation', 'piwik_pro._resource'}"
    code = f"import sys, piwik_pro; print(sorted({lazy} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- closing


def test_context_manager_closes_own_client() -> None:
    """Leaving the with block closes the client's own httpx client."""
    with PiwikPro(HOST, "id", "secret") as client:
        assert not client._http.is_closed
    assert client._http.is_closed


async def test_async_context_manager_closes_own_client() -> None:
    """Leaving the async with block closes the client's own httpx client."""
    async with AsyncPiwikPro(HOST, "id", "secret") as client:
        assert not client._http.is_closed
    assert client._http.is_closed


def test_given_http_client_is_left_open() -> None:
    """close() leaves an httpx client the caller passed in open."""
    client, _ = sync_client(FakeServer(OK_THING))
    client.close()
    assert not client._http.is_closed


def test_low_level_shares_the_httpx_client() -> None:
    """low_level is a generated client bound to the facade's httpx client."""
    from piwik_pro_api.client import AuthenticatedClient

    client, _ = sync_client(FakeServer(OK_THING))
    assert isinstance(client.low_level, AuthenticatedClient)
    assert client.low_level.get_httpx_client() is client._http
    assert client.low_level is client.low_level
    aclient, _ = async_client(FakeServer(OK_THING))
    assert aclient.low_level.get_async_httpx_client() is aclient._http


# --------------------------------------------------------------------------- success


def test_call_returns_the_parsed_model_with_bearer_token() -> None:
    """A 2xx body parses into the success model; the request carries the token."""
    server = FakeServer(OK_THING)
    client, _ = sync_client(server)
    assert _get(client) == Thing(id="t1", name="thing 1")
    assert server.requests[0].headers["Authorization"] == "Bearer tok-123"
    assert server.paths == ["/things/t1"]


def test_bodiless_operation_returns_none() -> None:
    """An operation without success models returns None on 204."""
    client, _ = sync_client(FakeServer(httpx.Response(204)))
    assert client._call(UPDATE, {"thing_id": "t1"}, attributes={"name": "x"}) is None


def test_request_options_add_headers_and_timeout() -> None:
    """Per-call headers are sent and the per-call timeout is applied."""
    server = FakeServer(OK_THING)
    client, _ = sync_client(server)
    _get(client, headers={"X-Trace": "abc"}, timeout=3.0)
    request = server.requests[0]
    assert request.headers["X-Trace"] == "abc"
    assert request.extensions["timeout"]["read"] == 3.0


def test_caller_client_without_base_url_gets_absolute_urls() -> None:
    """A passed-in httpx client without base_url still reaches the account host."""
    server = FakeServer(OK_THING)
    http = httpx.Client(transport=httpx.MockTransport(server.handler))
    client = PiwikPro(HOST, "id", "secret", http_client=http)
    _get(client)
    assert str(server.requests[0].url) == HOST + "/things/t1"


def test_requests_are_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    """Each request is logged at DEBUG with method, path and status only."""
    client, _ = sync_client(FakeServer(OK_THING))
    with caplog.at_level(logging.DEBUG, logger="piwik_pro"):
        _get(client)
    messages = [r.getMessage() for r in caplog.records if r.name == "piwik_pro"]
    assert any(m.startswith("GET /things/t1 -> 200") for m in messages)
    assert not any("tok-123" in m or "my-secret" in m for m in messages)


# --------------------------------------------------------------------------- retries


def test_server_error_is_retried_then_succeeds() -> None:
    """A 503 on a GET is retried with backoff and the retry's body is returned."""
    server = FakeServer(httpx.Response(503), httpx.Response(502), OK_THING)
    client, sleeps = sync_client(server)
    assert isinstance(_get(client), Thing)
    assert len(server.requests) == 3 and len(sleeps) == 2
    assert 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0


def test_rate_limit_honours_retry_after() -> None:
    """A 429 is retried after the Retry-After the server asked for."""
    server = FakeServer(httpx.Response(429, headers={"Retry-After": "7"}), OK_THING)
    client, sleeps = sync_client(server)
    assert isinstance(_get(client), Thing)
    assert sleeps == [7.0]


def test_post_is_not_retried_after_a_response() -> None:
    """A 503 on a non-read-only POST is raised at once."""
    server = FakeServer(httpx.Response(503))
    client, sleeps = sync_client(server)
    with pytest.raises(ServerError):
        client._call(CREATE, {}, attributes={"name": "x"})
    assert len(server.requests) == 1 and sleeps == []


def test_post_is_retried_after_connect_error() -> None:
    """A POST that never reached the server is retried."""
    server = FakeServer(httpx.ConnectError("refused"), httpx.Response(201, json=thing(2)))
    client, sleeps = sync_client(server)
    assert client._call(CREATE, {}, attributes={"name": "x"}) == Thing("t2", "thing 2")
    assert len(server.requests) == 2 and len(sleeps) == 1


def test_read_only_post_is_retried_on_503() -> None:
    """A read-only POST (a query) is retried like a GET."""
    server = FakeServer(httpx.Response(503), httpx.Response(200, json={"data": []}))
    client, _ = sync_client(server)
    client._call(SEARCH, {"body": {"q": 1}})
    assert len(server.requests) == 2


@pytest.mark.parametrize("retries", [0, 1, 4])
def test_max_retries_per_call(retries: int) -> None:
    """request_options max_retries overrides the client's retry count."""
    server = FakeServer(httpx.Response(503))
    client, sleeps = sync_client(server, max_retries=2)
    with pytest.raises(ServerError):
        _get(client, max_retries=retries)
    assert len(server.requests) == retries + 1 and len(sleeps) == retries


def test_client_max_retries_is_used() -> None:
    """The constructor's max_retries bounds the attempts."""
    server = FakeServer(httpx.Response(504))
    client, _ = sync_client(server, max_retries=0)
    with pytest.raises(ServerError):
        _get(client)
    assert len(server.requests) == 1


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_status_maps_to_exception(status: int, error: type[APIStatusError]) -> None:
    """Every error status raises its exception class, naming the operation."""
    body = {"errors": [{"status": str(status), "title": "nope"}]}
    client, _ = sync_client(FakeServer(httpx.Response(status, json=body)), max_retries=0)
    with pytest.raises(error) as info:
        _get(client)
    assert type(info.value) is error
    assert info.value.status_code == status and info.value.operation == "things.get"
    assert info.value.body == body


def test_body_that_does_not_fit_is_a_validation_error() -> None:
    """A 2xx body the model rejects raises APIResponseValidationError with the raw response."""
    response = httpx.Response(200, json={"unexpected": True})
    client, _ = sync_client(FakeServer(response))
    with pytest.raises(APIResponseValidationError) as info:
        _get(client)
    assert info.value.body == {"unexpected": True}
    assert info.value.response.status_code == 200
    assert isinstance(info.value.__cause__, KeyError)


@pytest.mark.parametrize(
    "response",
    [httpx.Response(200, text="<html>"), httpx.Response(202, json=thing(1))],
)
def test_unparseable_or_undocumented_2xx_is_a_validation_error(response: httpx.Response) -> None:
    """Non-JSON bodies and undocumented 2xx statuses are validation errors too."""
    client, _ = sync_client(FakeServer(response))
    with pytest.raises(APIResponseValidationError) as info:
        _get(client)
    assert info.value.response.status_code == response.status_code


def test_read_timeout_becomes_api_timeout_error() -> None:
    """An httpx timeout surfaces as APITimeoutError, chained to the cause."""
    server = FakeServer(httpx.ReadTimeout("slow"))
    client, sleeps = sync_client(server)
    with pytest.raises(APITimeoutError) as info:
        _get(client)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert len(server.requests) == 3 and len(sleeps) == 2
    assert info.value.request.url.path == "/things/t1"


@pytest.mark.parametrize(
    "exc",
    [
        httpx.RemoteProtocolError("bye"),
        httpx.DecodingError("bad gzip"),
        httpx.TooManyRedirects("loop"),
        httpx.UnsupportedProtocol("ftp"),
    ],
)
def test_no_httpx_exception_escapes(exc: Exception) -> None:
    """Every other httpx failure surfaces as APIConnectionError."""
    client, _ = sync_client(FakeServer(exc), max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        _get(client)
    assert info.value.__cause__ is exc
    assert not isinstance(info.value, APITimeoutError)


# --------------------------------------------------------------------------- async


async def test_async_call_retries_and_parses() -> None:
    """The async client retries a 503 (async sleep injected) and parses the model."""
    server = FakeServer(httpx.Response(503), OK_THING)
    client, sleeps = async_client(server)
    assert await client._call(GET, {"thing_id": "t1"}) == Thing("t1", "thing 1")
    assert len(server.requests) == 2 and len(sleeps) == 1


async def test_async_rate_limit_honours_retry_after() -> None:
    """The async client waits for Retry-After too."""
    server = FakeServer(httpx.Response(429, headers={"Retry-After": "2"}), OK_THING)
    client, sleeps = async_client(server)
    await client._call(GET, {"thing_id": "t1"})
    assert sleeps == [2.0]


async def test_async_errors_map_like_sync() -> None:
    """The async client raises the same status and transport errors."""
    client, _ = async_client(FakeServer(httpx.Response(404, json={})))
    with pytest.raises(NotFoundError):
        await client._call(GET, {"thing_id": "t1"})
    client, _ = async_client(FakeServer(httpx.ReadTimeout("slow")), max_retries=0)
    with pytest.raises(APITimeoutError):
        await client._call(GET, {"thing_id": "t1"})


async def test_async_validation_and_bodiless() -> None:
    """The async client validates 2xx bodies and returns None without success models."""
    client, _ = async_client(FakeServer(httpx.Response(200, json=[])))
    with pytest.raises(APIResponseValidationError):
        await client._call(GET, {"thing_id": "t1"})
    client, _ = async_client(FakeServer(httpx.Response(204)))
    assert await client._call(UPDATE, {"thing_id": "t1"}, attributes={"name": "y"}) is None


def test_one_token_serves_many_calls() -> None:
    """The token is fetched once and reused across calls on the shared client."""
    server = FakeServer(OK_THING)
    client, _ = sync_client(server)
    for _ in range(3):
        _get(client)
    assert client.auth.token_requests == 1 == server.token_requests


def test_resource_base_classes_hold_the_client() -> None:
    """Resource classes keep their client in a slot and show it in their repr."""
    from piwik_pro._resource import AsyncAPIResource, SyncAPIResource

    client = PiwikPro(HOST, "id", "secret")
    resource = SyncAPIResource(client)
    assert resource._client is client and "PiwikPro(host=" in repr(resource)
    assert AsyncAPIResource(AsyncPiwikPro(HOST, "id", "secret"))._client is not None
    with pytest.raises(AttributeError):
        resource.other = 1  # type: ignore[attr-defined]
