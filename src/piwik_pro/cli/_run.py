"""Sending one call through the facade's client and writing what came back.

The command line prints the server's own JSON (not the parsed models), so it
sends through the client's request pipeline (auth, retries, error mapping) and
reads the raw response.  API errors become :class:`APIFailure` (exit status 1,
the message and the JSON:API error document on stderr).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

import click
import httpx

from .._errors import APIStatusError, PiwikProError
from .._exchange import prepare_request, status_error
from .._operation import Operation
from .._pagination import first_window, following_offset, page_items, page_params, pagination_of

if TYPE_CHECKING:
    from .._client import PiwikPro

__all__ = ["APIFailure", "emit", "paginate", "send", "write_response"]

EXIT_API_ERROR = 1


class APIFailure(click.ClickException):
    """An error from the API or the connection: exit 1, details on stderr."""

    exit_code = EXIT_API_ERROR

    def __init__(self, error: PiwikProError) -> None:
        super().__init__(str(error))
        self.error = error

    def show(self, file: IO[Any] | None = None) -> None:
        stream = file if file is not None else sys.stderr
        click.echo(f"piwik-pro: {type(self.error).__name__}: {self.message}", file=stream)
        if isinstance(self.error, APIStatusError) and self.error.body is not None:
            body = self.error.body
            text = json.dumps(body, indent=2) if not isinstance(body, str) else body
            click.echo(text, file=stream)


def send(client: PiwikPro, op: Operation, params: dict[str, Any]) -> httpx.Response:
    """One request for ``op`` with the generated function's ``params``; raise on errors."""
    module, kwargs = prepare_request(op, params, None, None, client._prefix)
    del module
    if "files" in kwargs:  # let httpx write the multipart Content-Type with its own boundary
        kwargs["headers"] = {
            k: v for k, v in kwargs.get("headers", {}).items() if k.lower() != "content-type"
        }
    return request(client, op, kwargs)


def request(client: PiwikPro, op: Operation, kwargs: dict[str, Any]) -> httpx.Response:
    """Send httpx ``kwargs`` with the client's auth and retries; raise on errors."""
    try:
        response = client._send(op, kwargs, client._policy.max_retries)
    except PiwikProError as exc:
        raise APIFailure(exc) from exc
    if not response.is_success:
        raise APIFailure(status_error(op.name, response, client._auth.secrets()))
    return response


def paginate(
    client: PiwikPro, op: Operation, params: dict[str, Any], page_size: int | None
) -> Iterator[Any]:
    """Every item of every page, as parsed JSON, following the operation's pagination."""
    pagination = pagination_of(op)
    offset: int | None
    offset, limit = first_window(pagination, params, page_size)
    while offset is not None:
        response = send(client, op, page_params(pagination, params, offset, limit))
        page = response.json()
        yield from page_items(pagination, page)
        offset = following_offset(pagination, page, offset, limit)


def emit(document: Any) -> None:
    """Write one JSON document on stdout: indented on a terminal, one line otherwise."""
    if sys.stdout.isatty():
        click.echo(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        click.echo(json.dumps(document, separators=(",", ":"), ensure_ascii=False))


def write_response(response: httpx.Response) -> None:
    """The body on stdout: JSON re-emitted, anything else (CSV, JSON lines) as it came."""
    if not response.content:
        return
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        try:
            document = response.json()
        except ValueError:
            pass
        else:
            emit(document)
            return
    sys.stdout.flush()
    sys.stdout.buffer.write(response.content)
    sys.stdout.buffer.flush()
