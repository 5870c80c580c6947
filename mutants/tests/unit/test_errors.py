"""The exception tree, the status → class mapping and error-body parsing."""

from __future__ import annotations

import json

import httpx
import pytest

from piwik_pro._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    JsonApiError,
    NotFoundError,
    PermissionDeniedError,
    PiwikProError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    parse_errors,
    status_error_from_response,
)

URL = "https://example.piwik.pro/api/users/v2/abc?x=1"


def make_response(
    status: int,
    body: object = None,
    *,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
) -> httpx.Response:
    """A read response to ``method URL`` with a JSON or text body."""
    request = httpx.Request(method, URL, headers={"Authorization": "Bearer sekrit-token"})
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


JSONAPI_BODY = {
    "errors": [
        {
            "status": "400",
            "code": "invalid_value",
            "title": "Invalid value",
            "detail": "This value is not a valid email address.",
            "source": {"pointer": "/data/attributes/email", "parameter": "email"},
            "meta": {"hint": 1},
        }
    ]
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_exception_class(status: int, cls: type[APIStatusError]) -> None:
    """Each HTTP error status becomes exactly its exception class."""
    error = status_error_from_response(make_response(status, {"message": "nope"}))
    assert type(error) is cls
    assert error.status_code == status
    assert isinstance(error, APIStatusError)
    assert isinstance(error, PiwikProError)


def test_internal_server_error_is_server_error() -> None:
    """InternalServerError is another name for ServerError."""
    assert InternalServerError is ServerError


def test_configuration_error_is_value_error() -> None:
    """ConfigurationError can be caught as a ValueError."""
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ConfigurationError, PiwikProError)


def test_message_names_status_method_path_operation_and_server_words() -> None:
    """The message reads "404 Not Found for GET /path (op): <title: detail>"."""
    body = {"errors": [{"status": "404", "title": "Not found", "detail": "No such user."}]}
    error = status_error_from_response(make_response(404, body), operation="users.get")
    assert str(error) == (
        "404 Not Found for GET /api/users/v2/abc (users.get): Not found: No such user."
    )
    assert error.operation == "users.get"


def test_message_without_operation_or_body() -> None:
    """An empty body gives just the status line, method and path."""
    error = status_error_from_response(make_response(409))
    assert str(error) == "409 Conflict for GET /api/users/v2/abc"
    assert error.body is None
    assert error.errors == []


def test_message_counts_further_errors() -> None:
    """Several errors: the first is shown and the others are counted."""
    body = {"errors": [{"detail": "first"}, {"detail": "second"}, {"detail": "third"}]}
    error = status_error_from_response(make_response(422, body))
    assert str(error).endswith(": first (+2 more)")
    assert [e.detail for e in error.errors] == ["first", "second", "third"]


def test_message_never_contains_request_headers_or_query() -> None:
    """The Authorization header and the query string stay out of the message."""
    error = status_error_from_response(make_response(400, JSONAPI_BODY))
    assert "sekrit-token" not in str(error)
    assert "x=1" not in str(error)


def test_message_redacts_echoed_secrets() -> None:
    """A server echoing a client_secret in its error text does not leak it."""
    text = 'bad body {"client_secret": "hunter2"}'
    error = status_error_from_response(make_response(400, text=text))
    assert "hunter2" not in str(error)
    assert "***" in str(error)


def test_error_keeps_response_request_and_body() -> None:
    """The exception exposes the response, its request and the parsed body."""
    response = make_response(400, JSONAPI_BODY, method="POST")
    error = status_error_from_response(response)
    assert error.response is response
    assert error.request is response.request
    assert error.body == JSONAPI_BODY
    assert "POST" in str(error)


def test_plain_text_body_is_kept_as_text() -> None:
    """A non-JSON error body is kept as text and quoted in the message."""
    error = status_error_from_response(make_response(502, text="Bad gateway\n"))
    assert error.body == "Bad gateway\n"
    assert str(error).endswith(": Bad gateway")


def test_rate_limit_reads_retry_after() -> None:
    """A 429 carries the Retry-After header in seconds."""
    response = make_response(429, {"message": "slow down"}, headers={"Retry-After": "7"})
    error = status_error_from_response(response)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0


def test_rate_limit_without_retry_after() -> None:
    """A 429 without Retry-After has retry_after None."""
    error = status_error_from_response(make_response(429))
    assert isinstance(error, RateLimitError)
    assert error.retry_after is None


def test_parse_jsonapi_error_reads_every_field() -> None:
    """A JSON:API error object fills status, code, title, detail, pointer, parameter, meta."""
    assert parse_errors(JSONAPI_BODY) == [
        JsonApiError(
            status="400",
            code="invalid_value",
            title="Invalid value",
            detail="This value is not a valid email address.",
            pointer="/data/attributes/email",
            parameter="email",
            meta={"hint": 1},
        )
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"code": 401, "message": "Expired JWT Token"},
            JsonApiError("401", None, None, "Expired JWT Token"),
        ),
        ({"message": "JWT not found"}, JsonApiError(detail="JWT not found")),
        ("access token not authorized", JsonApiError(detail="access token not authorized")),
        (b"JWT not found", JsonApiError(detail="JWT not found")),
        ({"errors": [{"status": 400, "title": "Bad"}]}, JsonApiError(status="400", title="Bad")),
        ({"errors": ["plain message"]}, JsonApiError(detail="plain message")),
        ({"errors": {"detail": "one object"}}, JsonApiError(detail="one object")),
        (
            {"error": "invalid_client", "error_description": "Bad credentials"},
            JsonApiError(code="invalid_client", detail="Bad credentials"),
        ),
        ({"error": {"code": "E1", "message": "nested"}}, JsonApiError(code="E1", detail="nested")),
        (
            {"code": "quota", "message": "Over quota"},
            JsonApiError(code="quota", detail="Over quota"),
        ),
    ],
)
def test_parse_errors_handles_each_shape(body: object, expected: JsonApiError) -> None:
    """Every known error-body shape gives one JsonApiError with the server's words."""
    assert parse_errors(body) == [expected]


@pytest.mark.parametrize(
    "body", [None, "", "   ", {}, [], 42, {"errors": []}, {"errors": [None]}, {"data": {"id": "1"}}]
)
def test_parse_errors_finds_nothing_in_empty_bodies(body: object) -> None:
    """Bodies without error information give an empty list."""
    assert parse_errors(body) == []


def test_parse_errors_never_raises_on_odd_values() -> None:
    """Odd nested values (lists for strings, bad sources) are tolerated."""
    body = {"errors": [{"title": ["x"], "source": "not a mapping", "detail": {"a": 1}, "code": 7}]}
    assert parse_errors(body) == [JsonApiError(code="7")]


def test_parse_errors_truncates_long_text() -> None:
    """A long text body (an HTML page) is collapsed and cut to 500 characters."""
    (error,) = parse_errors("<html>\n" + "x" * 2000)
    assert error.detail is not None
    assert len(error.detail) == 500
    assert "\n" not in error.detail


def test_error_body_that_is_json_but_invalid_utf8_does_not_raise() -> None:
    """An undecodable body still produces an error (as text)."""
    request = httpx.Request("GET", URL)
    response = httpx.Response(500, content=b"\xff\xfe{", request=request)
    error = status_error_from_response(response)
    assert isinstance(error, ServerError)
    assert isinstance(error.body, str)


def test_connection_and_timeout_errors_carry_the_request() -> None:
    """APIConnectionError and APITimeoutError keep the request and a default message."""
    request = httpx.Request("GET", URL)
    connection = APIConnectionError(request=request)
    timeout = APITimeoutError(request)
    assert str(connection) == "Connection error."
    assert connection.request is request
    assert isinstance(timeout, APIConnectionError)
    assert timeout.request is request
    assert "timed out" in str(timeout)


def test_response_validation_error_carries_response_and_body() -> None:
    """APIResponseValidationError keeps the response, its status and the body."""
    response = make_response(200, {"data": 1})
    error = APIResponseValidationError("bad shape", response=response, body={"data": 1})
    assert error.response is response
    assert error.status_code == 200
    assert error.body == {"data": 1}
    assert str(error) == "bad shape"


def test_json_api_error_is_frozen() -> None:
    """JsonApiError values are immutable."""
    error = JsonApiError(detail="x")
    with pytest.raises(AttributeError):
        error.detail = "y"  # type: ignore[misc]


def test_body_round_trips_as_json() -> None:
    """The parsed body equals the JSON that was sent."""
    body = {"errors": [{"detail": "é"}]}
    error = status_error_from_response(make_response(400, body))
    assert json.dumps(error.body) == json.dumps(body)
