"""The exact words of the errors for calls that got no HTTP response (``_failures``)."""

from __future__ import annotations

import time

import httpx
import pytest

from piwik_pro._body import BodyLimits, DeadlineExceeded
from piwik_pro._failures import (
    _cause,
    _seconds,
    _timeout_why,
    _where,
    closed_error,
    transport_error,
)


class _Client:
    def __init__(self, *, owns_http: bool = True, is_async: bool = False) -> None:
        self._owns_http, self._is_async = owns_http, is_async

    def __repr__(self) -> str:
        return "Client()"


def test_closed_error_words_for_sync_async_and_a_borrowed_http_client() -> None:
    assert str(closed_error(_Client())) == (
        "Client() is closed (by close(), or when its `with` block ended); create a new "
        "client, or make the calls inside its `with` block"
    )
    assert str(closed_error(_Client(is_async=True))) == (
        "Client() is closed (by aclose(), or when its `async with` block ended); create a "
        "new client, or make the calls inside its `async with` block"
    )
    assert str(closed_error(_Client(owns_http=False))) == (
        "Client() cannot send: the httpx client passed as http_client= is closed; keep it "
        "open while this client is in use, or create a new client"
    )


def test_closed_error_defaults_to_an_owned_sync_client() -> None:
    assert "by close()" in str(closed_error(object()))


def test_seconds() -> None:
    assert (_seconds(None), _seconds(2.5), _seconds(60.0)) == ("no limit", "2.5 s", "60 s")


def test_where_names_operation_method_path_and_host_only() -> None:
    request = httpx.Request("GET", "https://user:pw@example.piwik.pro:8443/api/x?secret=1")
    assert _where(request, "users.get") == "users.get (GET /api/x) on example.piwik.pro:8443"
    assert _where(request, None) == "GET /api/x on example.piwik.pro:8443"


def _request(timeout: dict[str, float | None] | None) -> httpx.Request:
    request = httpx.Request("GET", "https://example.piwik.pro/api/x")
    if timeout is not None:
        request.extensions["timeout"] = timeout
    return request


@pytest.mark.parametrize(
    ("kind", "phase", "what"),
    [
        (httpx.ConnectTimeout, "connect", "no connection was established"),
        (httpx.ReadTimeout, "read", "no data arrived"),
        (httpx.WriteTimeout, "write", "the request could not be sent"),
        (httpx.PoolTimeout, "pool", "no connection of the pool became free"),
    ],
)
def test_timeout_why_names_the_phase_and_its_value(
    kind: type[httpx.TimeoutException], phase: str, what: str
) -> None:
    timeouts = {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}
    timeouts[phase] = 7.5
    exc = kind("timed out")
    why = _timeout_why(exc, _request(timeouts), None)
    assert why == f"{what} within the {phase} timeout of 7.5 s ({kind.__name__})"
    assert _timeout_why(exc, _request({phase: None}), None) == (
        f"{what} within the {phase} timeout of no limit ({kind.__name__})"
    )
    assert _timeout_why(exc, _request(None), None) == (
        f"{what} within the {phase} timeout ({kind.__name__})"
    )


def test_timeout_why_for_the_whole_call_deadline() -> None:
    why = "`timeout` bounds the whole call: reads, retries and the waits between them"
    limits = BodyLimits(10, time.monotonic, 0.0, budget=30.0)
    exc = DeadlineExceeded("past")
    assert _timeout_why(exc, _request(None), limits) == (
        f"the call ran past its deadline of 30 s ({why})"
    )
    assert _timeout_why(exc, _request(None), None) == f"the call ran past its deadline ({why})"
    no_budget = BodyLimits(10, time.monotonic, 0.0)
    assert _timeout_why(exc, _request(None), no_budget) == (
        f"the call ran past its deadline ({why})"
    )


def test_timeout_why_of_another_timeout_is_its_class_name() -> None:
    class OddTimeout(httpx.TimeoutException):
        pass

    assert _timeout_why(OddTimeout("x"), _request({"read": 1.0}), None) == "OddTimeout"


def test_cause_keeps_the_first_sentence_short_and_masked() -> None:
    assert _cause(Exception("[Errno 111]  Connection\n refused. Try later."), ()) == (
        "[Errno 111] Connection refused"
    )
    assert _cause(Exception("bad token tok-123 here."), ("tok-123",)) == "bad token *** here"
    long = _cause(Exception("x" * 500), ())
    assert long == "x" * 197 + "..." and len(long) == 200
    exact = _cause(Exception("y" * 200), ())
    assert exact == "y" * 200
    assert _cause(Exception(""), ()) == ""


def test_cause_strips_only_the_final_full_stop() -> None:
    assert _cause(Exception("Limit reached: MAX."), ()) == "Limit reached: MAX"


def test_a_failure_without_words_ends_the_message_at_the_host() -> None:
    request = httpx.Request("GET", "https://example.piwik.pro/api/x")
    error = transport_error(httpx.ConnectError("", request=request), {}, operation="things.get")
    assert (
        str(error)
        == "Connection error (ConnectError): things.get (GET /api/x) on example.piwik.pro."
    )
