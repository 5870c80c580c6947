"""No exception a caller can catch holds the client secret or the access token."""

from __future__ import annotations

import json

import httpx
import pytest

from piwik_pro import APIConnectionError, APIResponseValidationError, NotFoundError, PiwikPro
from support.fakeserver import Handler, sync_client

SECRET = "s3cr3t-value-for-tests"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl"
USER_ID = "62603e6a-6c24-4bbe-99b7-a456777f4d60"


def _client(handler: Handler) -> PiwikPro:
    client, _ = sync_client(handler, client_secret=SECRET, max_retries=0)
    return client


def _token(request: httpx.Request) -> httpx.Response:
    body = {"token_type": "Bearer", "expires_in": 1800, "access_token": TOKEN}
    return httpx.Response(200, json=body)


def _leaks(error: BaseException) -> list[str]:
    """Every place reachable from the error (and its cause) that shows a secret."""
    found = []
    for exc in (error, error.__cause__):
        if exc is None:
            continue
        texts = [str(exc), repr(exc), repr(vars(exc))]
        for name in ("request", "response"):
            value = getattr(exc, "_request" if name == "request" else name, None) or getattr(
                exc, name, None
            )
            if isinstance(value, httpx.Response):
                texts += [str(dict(value.request.headers)), value.request.content.decode()]
                texts += [h.content.decode() for h in value.history]
            if isinstance(value, httpx.Request):
                texts += [str(dict(value.headers)), value.content.decode()]
        found += [t for t in texts if SECRET in t or TOKEN in t]
    return found


def test_status_error_request_has_no_bearer_token() -> None:
    """A 404's error keeps its request, but without the Authorization header or history."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return _token(request)
        return httpx.Response(404, json={"errors": [{"status": "404", "title": "Not found"}]})

    with _client(handler) as client, pytest.raises(NotFoundError) as info:
        client.users.get(USER_ID)
    assert info.value.request.url.path == f"/api/users/v2/{USER_ID}"
    assert "authorization" not in info.value.request.headers
    assert _leaks(info.value) == []


def test_validation_error_response_has_no_bearer_token() -> None:
    """A 2xx body that does not fit raises a validation error holding no token."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return _token(request)
        return httpx.Response(200, json={"data": "not-an-object"})

    client = _client(handler)
    with client, pytest.raises(APIResponseValidationError) as info:
        client.users.get(USER_ID)
    assert _leaks(info.value) == []


def test_transport_failure_on_token_request_masks_the_secret() -> None:
    """A connection failure while fetching the token leaves the secret out of the error."""

    def handler(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content)["client_secret"] == SECRET
        raise httpx.ConnectError("refused", request=request)

    client = _client(handler)
    with client, pytest.raises(APIConnectionError) as info:
        client.users.get(USER_ID)
    assert info.value.request.url.path == "/auth/token"
    assert _leaks(info.value) == []


def test_transport_failure_on_api_request_drops_the_token() -> None:
    """A connection failure on an API call leaves the bearer token out of the error."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return _token(request)
        raise httpx.ReadError("reset", request=request)

    client = _client(handler)
    with client, pytest.raises(APIConnectionError) as info:
        client.users.get(USER_ID)
    assert _leaks(info.value) == []


def test_call_after_close_raises_a_clear_error() -> None:
    """Calling a closed client raises PiwikProError saying so, not httpx's RuntimeError."""
    from piwik_pro import PiwikProError

    with PiwikPro("example.piwik.pro", "client-id", SECRET) as client:
        pass
    with pytest.raises(PiwikProError, match="is closed"):
        client.users.get(USER_ID)


def test_redirect_error_prepared_follow_up_has_no_bearer_token() -> None:
    """A 3xx error's prepared follow-up request (next_request) carries no bearer token."""
    from piwik_pro import APIStatusError

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return _token(request)
        return httpx.Response(308, headers={"Location": "/api/users/v2/moved"})

    client = _client(handler)
    with client, pytest.raises(APIStatusError) as info:
        client.users.get(USER_ID)
    follow_up = info.value.response.next_request
    assert follow_up is not None and "authorization" not in follow_up.headers


def test_authenticate_after_close_raises_a_clear_error() -> None:
    """authenticate() on a closed client raises PiwikProError, not httpx's RuntimeError."""
    from piwik_pro import PiwikProError

    client = PiwikPro("example.piwik.pro", "client-id", SECRET)
    client.close()
    with pytest.raises(PiwikProError, match="is closed"):
        client.authenticate()
