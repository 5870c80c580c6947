"""The exception tree and the single HTTP status → exception mapping.

::

    PiwikProError
    ├── ConfigurationError          (also a ValueError)
    ├── APIConnectionError          (.request; transport failures)
    │   └── APITimeoutError
    ├── APIResponseValidationError  (.response .body: a 2xx body that does not match the model)
    └── APIStatusError              (.status_code .response .body .errors)
        ├── BadRequestError 400 · AuthenticationError 401 · PermissionDeniedError 403
        ├── NotFoundError 404 · ConflictError 409 · UnprocessableEntityError 422
        ├── RateLimitError 429 (.retry_after: float | None) · InternalServerError/ServerError 5xx

Messages name the status, method, path and operation plus the server's own words; they
never contain request headers or bodies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._logging import redact

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "JsonApiError",
    "NotFoundError",
    "PermissionDeniedError",
    "PiwikProError",
    "RateLimitError",
    "ServerError",
    "UnprocessableEntityError",
    "error_message",
    "parse_errors",
    "read_body",
    "status_error_from_response",
]

_MAX_TEXT = 500


# --------------------------------------------------------------------------- JSON:API errors


@dataclass(frozen=True, slots=True)
class JsonApiError:
    """One error object from an error body (JSON:API or one of the simpler shapes)."""

    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    pointer: str | None = None
    parameter: str | None = None
    meta: Mapping[str, Any] | None = None

    def summary(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None


def _opt_str(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = str(value).strip()
    return text or None


def _error_from_mapping(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def _error_from_item(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = _opt_str(item)
    return JsonApiError(detail=text[:_MAX_TEXT]) if text else None


def _items(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def parse_errors(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


# --------------------------------------------------------------------------- exceptions


class PiwikProError(Exception):
    """Base class of every exception this package raises."""


class ConfigurationError(PiwikProError, ValueError):
    """A client was configured with a missing or malformed value."""


class APIConnectionError(PiwikProError):
    """The request did not get an HTTP response (DNS, connect, read, protocol errors)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


class APIResponseValidationError(PiwikProError):
    """A successful response whose body does not match the documented model."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body


class APIStatusError(PiwikProError):
    """The API answered with an error status; ``.errors`` holds the parsed error objects."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401, or any failed token request (``.status_code`` is the real status)."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests; ``.retry_after`` is the server's wait in seconds, if given."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))


class ServerError(APIStatusError):
    """A 5xx status."""


InternalServerError = ServerError

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# --------------------------------------------------------------------------- mapping


def read_body(response: httpx.Response) -> object | None:
    """The (already read) body as parsed JSON, else as text, else None when empty."""
    content = response.content
    if not content.strip():
        return None
    try:
        parsed: object = response.json()
    except ValueError:
        return response.text
    return parsed


def _server_words(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def error_message(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def status_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def status_error_from_response(
    response: httpx.Response, *, operation: str | None = None
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read."""
    body = read_body(response)
    message = error_message(response, body, operation)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)
