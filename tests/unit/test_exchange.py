"""The pure exchange helpers: per-call options, wrapped transport failures, scrubbing."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from piwik_pro import APIConnectionError, APITimeoutError, AuthenticationError
from piwik_pro._auth import TOKEN_OPERATION
from piwik_pro._exchange import (
    apply_request_options,
    delay_after_error,
    delay_after_exception,
    safe_request,
    scrubbed,
    transport_error,
    validation_error,
)
from piwik_pro._operation import Operation
from piwik_pro._retry import RetryPolicy, parse_retry_after, should_retry_exception

from .fakeapi import GET

POLICY = RetryPolicy(max_retries=2)
POST = Operation("things.create", GET.module, "POST", "/things")
API = httpx.Request("POST", "https://example.piwik.pro/things")
TOKEN = httpx.Request("POST", "https://example.piwik.pro/auth/token", json={"client_id": "i"})


def test_per_call_headers_are_added_to_the_operation_headers() -> None:
    """RequestOptions headers join (and may override) the headers the operation sets."""
    kwargs = {"headers": {"Accept": "application/json", "X-A": "1"}}
    apply_request_options(kwargs, {"headers": {"X-A": "2", "X-B": "3"}, "timeout": 5})
    assert kwargs == {
        "headers": {"Accept": "application/json", "X-A": "2", "X-B": "3"},
        "timeout": 5,
    }


def _token_error(status: int, retry_after: str | None) -> AuthenticationError:
    headers = {"Retry-After": retry_after} if retry_after else {}
    response = httpx.Response(status, headers=headers, request=TOKEN)
    return AuthenticationError("no token", response=response, body=None, operation=TOKEN_OPERATION)


def test_a_token_endpoint_429_waits_its_retry_after() -> None:
    """The token endpoint's Retry-After is honoured; without one, backoff applies."""
    assert delay_after_error(POLICY, _token_error(429, "7"), 0, 2) == 7.0
    delay = delay_after_error(POLICY, _token_error(503, None), 0, 2)
    assert delay is not None and 0.25 <= delay <= 0.5
    assert delay_after_error(POLICY, _token_error(400, None), 0, 2) is None
    assert delay_after_error(POLICY, _token_error(429, "7"), 2, 2) is None


def test_only_a_failed_token_request_makes_a_post_retryable() -> None:
    """A read error on an API POST is not retried (it may have been applied); on the token
    request it is, and an error without a request is treated as an API one."""
    assert delay_after_exception(POLICY, POST, httpx.ReadError("x", request=API), 0, 2) is None
    assert delay_after_exception(POLICY, POST, httpx.ReadError("x"), 0, 2) is None
    delay = delay_after_exception(POLICY, POST, httpx.ReadError("x", request=TOKEN), 0, 2)
    assert delay is not None


def test_wrapped_failures_are_judged_by_their_cause() -> None:
    """An APIConnectionError is retried as its cause would be; without a cause it is not."""
    wrapped = APIConnectionError("boom", request=API)
    assert not should_retry_exception(wrapped, "GET", read_only=False)
    try:
        raise wrapped from httpx.ConnectError("refused", request=API)
    except APIConnectionError as caught:
        assert should_retry_exception(caught, "POST", read_only=False)
    plain = httpx.ConnectError("refused", request=API)
    plain.__cause__ = httpx.RemoteProtocolError("x")
    assert should_retry_exception(plain, "POST", read_only=False)


def test_a_naive_http_date_is_read_as_utc() -> None:
    """``-0000`` (no zone information) counts as UTC, like ``GMT``."""
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_retry_after("Fri, 02 Jan 2026 03:04:25 -0000", now=now) == 20.0
    assert parse_retry_after("Fri, 02 Jan 2026 03:04:25 GMT", now=now) == 20.0


def test_requests_without_a_bearer_header_are_safe_already() -> None:
    """safe_request and scrubbed accept requests that carry no Authorization header."""
    request = httpx.Request("GET", "https://example.piwik.pro/x")
    assert safe_request(request) is request
    follow = httpx.Request("GET", "https://example.piwik.pro/y")
    response = httpx.Response(302, headers={"Location": "/y"}, request=request)
    response.next_request = follow
    assert scrubbed(response) is response
    bearer = {"Authorization": "Bearer t"}
    response = httpx.Response(302, request=httpx.Request("GET", "https://e/x", headers=bearer))
    response.next_request = httpx.Request("GET", "https://e/y", headers=bearer)
    scrubbed(response)
    assert "authorization" not in response.request.headers
    assert "authorization" not in response.next_request.headers


@pytest.mark.parametrize(
    "exc",
    [httpx.ConnectError("refused"), httpx.InvalidURL("bad"), httpx.StreamConsumed()],
    ids=["no-request", "not-a-request-error", "stream-error"],
)
def test_a_failure_without_a_request_gets_the_one_that_was_attempted(exc: Exception) -> None:
    """The error's request is built from the call's method and URL when httpx had none."""
    error = transport_error(exc, {"method": "PATCH", "url": "https://example.piwik.pro/api/x"})
    assert (error.request.method, str(error.request.url)) == (
        "PATCH",
        "https://example.piwik.pro/api/x",
    )
    assert str(error).startswith(
        f"Connection error ({type(exc).__name__}): PATCH /api/x on example.piwik.pro: "
    )


def test_a_timeout_becomes_api_timeout_error_with_the_safe_request() -> None:
    """A read timeout on a bearer request: APITimeoutError whose request has no token."""
    request = httpx.Request("GET", "https://e/x", headers={"Authorization": "Bearer t"})
    error = transport_error(httpx.ReadTimeout("slow", request=request), {})
    assert isinstance(error, APITimeoutError)
    assert "authorization" not in error.request.headers


def test_validation_error_names_operation_status_and_expected_types() -> None:
    """The message reads ``<op>: the <status> response does not match A | B: <why>``."""
    op = Operation("things.get", GET.module, "GET", "/things/{id}", success=("Thing", "list"))
    response = httpx.Response(200, json={"x": 1}, request=API)
    error = validation_error(op, response, "KeyError: 'id'")
    assert str(error) == "things.get: the 200 response does not match Thing | list: KeyError: 'id'"
