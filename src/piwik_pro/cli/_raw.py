"""``piwik-pro api METHOD PATH``: a raw call with the client's auth, retries and errors."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import click

from .._operation import Operation, Pagination
from .._pagination import first_window, following_offset, page_items, page_params
from ._params import RawJson, read_json
from ._registry import match_path
from ._run import emit, request, write_response
from ._settings import Settings

__all__ = ["api"]

_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
_WIRE = {"offset": ("offset", "limit"), "page": ("page[offset]", "page[limit]")}


def _media_type(op: Operation | None) -> str | None:
    """The Content-Type the generated function sends for ``op``'s body, if it has one."""
    if op is None:
        return None
    function = op.load()._get_kwargs
    params = inspect.signature(function).parameters
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, p in params.items():
        if p.kind is p.POSITIONAL_OR_KEYWORD:
            args.append("x")
        elif name == "body":
            kwargs["body"] = RawJson({})
    try:
        built = function(*args, **kwargs)
    except Exception:  # a required query argument it cannot build without: no guess
        return None
    value = built.get("headers", {}).get("Content-Type")
    return str(value) if value else None


def _headers(pairs: tuple[str, ...]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for text in pairs:
        name, sep, value = text.partition(":")
        if not sep or not name.strip():
            raise click.BadParameter(f"{text!r} is not 'Name: value'", param_hint="--header")
        headers[name.strip()] = value.strip()
    return headers


@click.command("api")
@click.argument("method", type=click.Choice(_METHODS, case_sensitive=False))
@click.argument("path")
@click.option("--data", metavar="JSON|@FILE|-", help="JSON request body: text, @file or -.")
@click.option("-H", "--header", "headers", multiple=True, help="'Name: value' (repeatable).")
@click.option(
    "--paginate", is_flag=True, help="Follow offset/limit paging; print one JSON list of items."
)
@click.pass_obj
def api(
    settings: Settings,
    method: str,
    path: str,
    data: str | None,
    headers: tuple[str, ...],
    paginate: bool,
) -> None:
    """Send METHOD PATH to the account (e.g. ``api GET /api/users/v2?limit=5``).

    The Content-Type of a body is the one the operation at PATH documents
    (application/json when PATH is not a known operation); -H overrides it.
    """
    method = method.upper()
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or not path.startswith("/"):
        raise click.BadParameter(
            "give the path on the account, like /api/users/v2", param_hint="PATH"
        )
    known = match_path(method, parts.path)
    op = Operation(
        name=known.name if known else f"{method} {parts.path}",
        module="",
        method=method,
        path=parts.path,
        read_only=known.read_only if known else False,
    )
    kwargs: dict[str, Any] = {"method": method, "url": parts.path}
    extra = _headers(headers)
    if data is not None:
        kwargs["json"] = read_json(data, "--data")
        media = _media_type(known) or "application/json"
        extra = {"Content-Type": media, **extra}
    kwargs["headers"] = extra
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    client = settings.client()
    kwargs["url"] = client._prefix + parts.path
    if not paginate:
        if query:
            kwargs["url"] += "?" + urlencode(query)
        write_response(request(client, op, kwargs))
        return
    if known is None or known.pagination is None:
        raise click.UsageError(f"{method} {parts.path} is not an operation that pages")
    emit(list(_pages(client, op, kwargs, query, known.pagination)))


def _pages(
    client: Any, op: Operation, kwargs: dict[str, Any], query: dict[str, str], paging: Pagination
) -> Any:
    offset_name, limit_name = _WIRE[paging.style]
    wire = dataclasses.replace(paging, offset_param=offset_name, limit_param=limit_name)
    offset: int | None
    try:
        offset, limit = first_window(wire, query, None)
    except ValueError as exc:
        raise click.BadParameter(
            f"the paging query is not a number: {exc}", param_hint="PATH"
        ) from exc
    base = kwargs["url"]
    while offset is not None:
        page_query = page_params(wire, query, offset, limit)
        page = request(client, op, {**kwargs, "url": f"{base}?{urlencode(page_query)}"}).json()
        yield from page_items(wire, page)
        offset = following_offset(wire, page, offset, limit)
