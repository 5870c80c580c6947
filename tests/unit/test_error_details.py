"""The exact words and fields of errors: summaries, status codes in bodies, messages."""

from __future__ import annotations

import httpx
import pytest

from piwik_pro import (
    APIResponseValidationError,
    APITimeoutError,
    RateLimitError,
)
from piwik_pro._errors import JsonApiError, error_message, parse_errors

REQUEST = httpx.Request("GET", "https://example.piwik.pro/api/x?page=2")


@pytest.mark.parametrize(
    ("error", "summary"),
    [
        (JsonApiError(title="Invalid", detail="email is taken"), "Invalid: email is taken"),
        (JsonApiError(title="Invalid"), "Invalid"),
        (JsonApiError(detail="email is taken"), "email is taken"),
        (JsonApiError(title="Same", detail="Same"), "Same"),
        (JsonApiError(code="E42"), "E42"),
        (
            JsonApiError(detail="bad", pointer="/data/attributes/email"),
            "bad [/data/attributes/email]",
        ),
        (JsonApiError(detail="bad", parameter="limit"), "bad [limit]"),
        (JsonApiError(detail="bad", pointer="/data", parameter="limit"), "bad [/data]"),
        (JsonApiError(), None),
    ],
)
def test_summary_joins_title_detail_and_where(error: JsonApiError, summary: str | None) -> None:
    """``title: detail`` (one of them when equal or alone), then the pointer or parameter."""
    assert error.summary() == summary


@pytest.mark.parametrize(
    ("code", "status", "kept_code"),
    [
        (100, "100", None),
        (401, "401", None),
        (599, "599", None),
        (600, None, "600"),
        (99, None, "99"),
    ],
)
def test_an_http_status_in_code_is_read_as_the_status(
    code: int, status: str | None, kept_code: str | None
) -> None:
    """``{"code": 401, "message": ...}``: an integer code in 100..599 is the HTTP status."""
    (error,) = parse_errors({"errors": [{"code": code, "message": "Expired JWT Token"}]})
    assert (error.status, error.code, error.detail) == (status, kept_code, "Expired JWT Token")


def test_property_path_and_meta_are_read() -> None:
    """``property_path`` stands for the parameter; a non-mapping ``meta`` is dropped."""
    (with_path, bad_meta, good_meta) = parse_errors(
        {
            "errors": [
                {"detail": "d", "property_path": "email"},
                {"detail": "d", "meta": "not a mapping"},
                {"detail": "d", "meta": {"k": 1}},
            ]
        }
    )
    assert with_path.parameter == "email"
    assert bad_meta.meta is None
    assert good_meta.meta == {"k": 1}


def test_undecodable_text_bodies_are_read_with_replacement() -> None:
    """A non-UTF-8 byte body becomes its text with replacement characters, spaces squeezed."""
    assert parse_errors(b"\xffbad   gateway\n") == [JsonApiError(detail="\ufffdbad gateway")]


def test_a_list_body_keeps_only_real_errors() -> None:
    """A top-level list: strings and objects are errors; None, empty ones and numbers' zero not."""
    found = parse_errors([None, "", "plain words", {"title": "T"}, {}])
    assert [e.summary() for e in found] == ["plain words", "T"]


def test_timeout_and_validation_errors_carry_their_request() -> None:
    """APITimeoutError says it timed out; a validation error keeps the response's request."""
    timeout = APITimeoutError(REQUEST)
    assert str(timeout) == "Request timed out."
    assert timeout.request is REQUEST
    response = httpx.Response(200, json={}, request=REQUEST)
    invalid = APIResponseValidationError("does not fit", response=response, body={})
    assert invalid.request is REQUEST
    assert str(invalid) == "does not fit"


def test_rate_limit_error_keeps_message_and_retry_after() -> None:
    """RateLimitError: the message as given, Retry-After in seconds."""
    response = httpx.Response(429, headers={"Retry-After": "7"}, request=REQUEST)
    error = RateLimitError("slow down", response=response, body=None)
    assert str(error) == "slow down"
    assert error.retry_after == 7.0


def _response(status: int, reason: bytes | None = None) -> httpx.Response:
    extensions = {} if reason is None else {"reason_phrase": reason}
    return httpx.Response(status, request=REQUEST, extensions=extensions)


@pytest.mark.parametrize(
    ("response", "body", "message"),
    [
        (_response(404), None, "404 Not Found for GET /api/x (users.get)"),
        (_response(404, b"Gone Fishing"), None, "404 Gone Fishing for GET /api/x (users.get)"),
        (_response(404, b""), None, "404 Not Found for GET /api/x (users.get)"),
        (_response(599, b""), None, "599 for GET /api/x (users.get)"),
        (
            _response(422),
            {"errors": [{"detail": "one"}, {"detail": "two"}]},
            "422 Unprocessable Entity for GET /api/x (users.get): one (+1 more)",
        ),
        (
            _response(422),
            {"errors": [{"detail": "a"}, {"detail": "b"}, {"detail": "c"}]},
            "422 Unprocessable Entity for GET /api/x (users.get): a (+2 more)",
        ),
    ],
)
def test_error_message_names_status_reason_request_and_server_words(
    response: httpx.Response, body: object, message: str
) -> None:
    """The server's own reason phrase wins; an empty one falls back to the standard one."""
    assert error_message(response, body, "users.get") == message
