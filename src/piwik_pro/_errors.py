"""The exception tree and the single HTTP status → exception mapping.

::

    PiwikProError
    ├── ConfigurationError          (also a ValueError)
    ├── ClientClosedError           (a call on a closed client)
    ├── APIConnectionError          (.request; transport failures)
    │   └── APITimeoutError
    ├── APIResponseValidationError  (.response .body: a 2xx body that does not match the model)
    ├── ResponseTooLargeError       (.request .status_code .limit: a body past max_response_bytes)
    ├── PaginationError             (.operation .pages: a server whose pages never end)
    └── APIStatusError              (.status_code .response .body .errors)
        ├── BadRequestError 400 · AuthenticationError 401 · PermissionDeniedError 403
        ├── NotFoundError 404 · ConflictError 409 · UnprocessableEntityError 422
        ├── RateLimitError 429 (.retry_after: float | None) · InternalServerError/ServerError 5xx

Messages name the status, method, path and operation plus the server's own words; they
never contain request headers or bodies. Error bodies (``.body``) are kept short, and the
client secret and access tokens the client knows are masked in messages and bodies, even
when a server echoes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._logging import redact
from ._retry_after import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "JsonApiError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PiwikProError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "UnprocessableEntityError",
    "error_body",
    "error_message",
    "mask",
    "parse_errors",
    "read_body",
    "status_error_from_response",
]

_MAX_TEXT = 500
MAX_ERROR_JSON = 64 * 1024
"""Error bodies up to this many bytes are parsed as JSON; longer ones are kept as cut text."""
MAX_ERROR_TEXT = 2_000
"""The most characters of a text error body that ``.body`` keeps."""
_MASK = "***"


# --------------------------------------------------------------------------- masking


def mask(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


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


class ClientClosedError(PiwikProError):
    """A call on a closed client (after `close()`/`aclose()`, or once its `with` block ended)."""


class APIConnectionError(PiwikProError):
    """The request did not get an HTTP response (DNS, connect, read, protocol errors)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(PiwikProError):
    """A successful response whose body does not match the documented model."""

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body


class ResponseTooLargeError(PiwikProError):
    """A response body grew past ``max_response_bytes``; reading stopped there."""

    def __init__(self, message: str, *, request: httpx.Request, status_code: int, limit: int):
        super().__init__(message)
        self.request = request
        self.status_code = status_code
        self.limit = limit


class PaginationError(PiwikProError):
    """An ``iter_*`` walk stopped because the server's pages would never end."""

    def __init__(self, message: str, *, operation: str, pages: int) -> None:
        super().__init__(message)
        self.operation = operation
        self.pages = pages


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
        return decoded(response)
    return parsed


def decoded(response: httpx.Response) -> str:
    """The body as text in its charset, else as UTF-8 (see :func:`decode_text`)."""
    return decode_text(response.content, response.encoding or "utf-8")[0]


def decode_text(content: bytes, encoding: str) -> tuple[str, str]:
    """``content`` as text, what it cannot hold replaced, and the encoding it was read in:
    ``encoding``, else UTF-8 when that codec cannot decode it (a label naming a codec that
    is no text encoding, such as ``hex``, or one refusing the bytes)."""
    try:
        return content.decode(encoding, "replace"), encoding
    except Exception:  # whatever the codec raises, the body stays readable
        return content.decode("utf-8", "replace"), "utf-8"


def error_body(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


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
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)
