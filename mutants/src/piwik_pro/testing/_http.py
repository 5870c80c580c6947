"""Transport-neutral request/response values and the error bodies the sandbox sends."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["JSONAPI", "HttpRequest", "HttpResponse", "auth_error", "json_response", "jsonapi_error"]

JSONAPI = "application/vnd.api+json"


@dataclass
class HttpRequest:
    """One request as the HTTP layer received it (``target`` = path and query string)."""

    method: str
    target: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    path: str = field(init=False)
    query: list[tuple[str, str]] = field(init=False)

    def __post_init__(self) -> None:
        parts = urlsplit(self.target)
        self.path = parts.path or "/"
        self.query = parse_qsl(parts.query, keep_blank_values=True)

    def header(self, name: str, default: str = "") -> str:
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), default)

    @property
    def content_type(self) -> str:
        return self.header("content-type").strip().lower()


@dataclass
class HttpResponse:
    """What to send back; ``drop`` closes the connection without answering."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    delay: float = 0.0
    drop: bool = False


def json_response(
    status: int,
    body: Any,
    media_type: str = "application/json",
    headers: Iterable[tuple[str, str]] = (),
) -> HttpResponse:
    data = json.dumps(body, separators=(",", ":")).encode()
    return HttpResponse(status, [("Content-Type", media_type), *headers], data)


def jsonapi_error(
    status: int,
    detail: str,
    *,
    code: str | None = None,
    title: str | None = None,
    source: dict[str, str] | None = None,
    headers: Iterable[tuple[str, str]] = (),
) -> HttpResponse:
    """A JSON:API error document with one error."""
    return jsonapi_errors(
        status, [error_object(status, detail, code=code, title=title, source=source)], headers
    )


def jsonapi_errors(
    status: int, errors: list[dict[str, Any]], headers: Iterable[tuple[str, str]] = ()
) -> HttpResponse:
    return json_response(status, {"errors": errors}, JSONAPI, headers)


def error_object(
    status: int,
    detail: str,
    *,
    code: str | None = None,
    title: str | None = None,
    source: dict[str, str] | None = None,
) -> dict[str, Any]:
    phrase = _phrase(status)
    error: dict[str, Any] = {
        "status": str(status),
        "code": code or phrase.lower().replace(" ", "_"),
        "title": title or phrase,
        "detail": detail,
    }
    if source is not None:
        error["source"] = source
    return error


def auth_error(status: int, message: str) -> HttpResponse:
    """The auth layer's own error shape: ``{"code": 401, "message": "..."}``."""
    headers = [("WWW-Authenticate", 'Bearer realm="piwik-pro-sandbox"')] if status == 401 else []
    return json_response(status, {"code": status, "message": message}, headers=headers)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
