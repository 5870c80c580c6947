"""Error bodies at their limits, secrets masked where the exception is built, and the
attributes of the size error: the edges the end-to-end error tests do not reach."""

from __future__ import annotations

import json

import httpx

from piwik_pro import ResponseTooLargeError
from piwik_pro._errors import (
    MAX_ERROR_JSON,
    MAX_ERROR_TEXT,
    error_body,
    mask,
    status_error_from_response,
)

SECRET = "s3cr3t-value-for-tests"


def _response(
    status: int, content: bytes, content_type: str = "application/json"
) -> httpx.Response:
    request = httpx.Request("GET", "https://example.piwik.pro/api/users/v2")
    headers = {"Content-Type": content_type}
    return httpx.Response(status, content=content, headers=headers, request=request)


def test_the_exception_masks_the_secrets_it_is_given() -> None:
    body = {"errors": [{"title": "Bad", "detail": f"client_secret {SECRET} is wrong"}]}
    response = _response(400, json.dumps(body).encode())
    error = status_error_from_response(response, operation="users.list", secrets=[SECRET])
    assert SECRET not in str(error)
    assert SECRET not in json.dumps(error.body)
    assert "client_secret *** is wrong" in str(error)
    assert error.body == {"errors": [{"title": "Bad", "detail": "client_secret *** is wrong"}]}
    assert error_body(response, [SECRET]) == error.body


def test_json_up_to_the_limit_is_parsed_and_longer_bodies_are_cut() -> None:
    value = "x" * (MAX_ERROR_JSON - len(b'{"detail": ""}'))
    exact = json.dumps({"detail": value}).encode()
    assert len(exact) == MAX_ERROR_JSON
    assert error_body(_response(500, exact)) == {"detail": value}
    longer = json.dumps({"detail": value + "y"}).encode()
    cut = error_body(_response(500, longer))
    assert isinstance(cut, str)
    assert cut == f"{longer[:MAX_ERROR_TEXT].decode()}... [cut: {len(longer):,} bytes in all]"


def test_a_cut_body_with_broken_utf8_is_read_with_replacements() -> None:
    content = b"\xff" + b"a" * MAX_ERROR_JSON
    cut = error_body(_response(500, content, "text/plain"))
    assert isinstance(cut, str)
    assert cut.startswith("\ufffd" + "a" * (MAX_ERROR_TEXT - 1) + "... [cut: ")


def test_text_up_to_the_limit_is_kept_and_longer_text_is_cut() -> None:
    exact = "e" * MAX_ERROR_TEXT
    assert error_body(_response(502, exact.encode(), "text/plain")) == exact
    longer = exact + "f"
    cut = error_body(_response(502, longer.encode(), "text/plain"))
    assert cut == f"{exact}... [cut: {MAX_ERROR_TEXT + 1:,} characters in all]"


def test_an_empty_secret_masks_nothing() -> None:
    assert mask("abc", ["", "b"]) == "a***c"
    assert mask({"k": ["abc"]}, [""]) == {"k": ["abc"]}


def test_the_size_error_keeps_its_status_and_limit() -> None:
    request = httpx.Request("GET", "https://example.piwik.pro/x")
    error = ResponseTooLargeError("too large", request=request, status_code=200, limit=1024)
    assert (error.status_code, error.limit, error.request) == (200, 1024, request)
    assert str(error) == "too large"


def test_the_message_masks_a_secret_outside_the_body() -> None:
    request = httpx.Request("GET", f"https://example.piwik.pro/api/users/{SECRET}")
    response = httpx.Response(404, content=b"", request=request)
    error = status_error_from_response(response, operation="users.get", secrets=[SECRET])
    assert str(error) == "404 Not Found for GET /api/users/*** (users.get)"
