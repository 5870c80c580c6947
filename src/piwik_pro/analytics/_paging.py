"""Paging one query with offset/limit until ``meta.count``: pure state, no I/O.

The sync and async clients run the same loop::

    paging = Paging(query, decoder)
    while (body := paging.next_body()) is not None:
        rows = paging.take(read_page(op, send(body)))

Each window (the whole range, or one day or week of a split range) is paged from
offset 0 until ``offset >= meta.count``, an empty page or a short page.
"""

from __future__ import annotations

import gc
import json
from typing import TYPE_CHECKING, Any

import httpx

from .._errors import status_error_from_response
from .._exchange import apply_request_options, scrubbed, validation_error
from ._query import Query
from ._rows import PageError, RowDecoder

if TYPE_CHECKING:
    from .._operation import Operation
    from .._types import RequestOptions

__all__ = ["Page", "Paging", "read_page", "request_kwargs"]

Page = tuple[list[Any], dict[str, Any]]


class Paging:
    """Which body to send next, and the rows a page adds (capped at ``max_rows``)."""

    def __init__(self, query: Query, decoder: RowDecoder) -> None:
        self.decoder = decoder
        self._bodies = query.bodies()
        self._body: dict[str, Any] | None = next(self._bodies)
        self._page_size = query.page_size
        self._left = query.max_rows
        self._offset = 0
        self._limit = 0
        self.rows_done = 0
        self._earlier = 0  # rows of the windows already finished
        self.expected: int | None = None  # total rows as far as the counts tell so far

    def next_body(self) -> dict[str, Any] | None:
        """The body of the next request, or None when every row has been read."""
        if self._body is None or self._left == 0:
            return None
        self._limit = self._page_size if self._left is None else min(self._page_size, self._left)
        return {**self._body, "offset": self._offset, "limit": self._limit}

    def take(self, page: Page) -> list[dict[str, Any]]:
        """The row dicts of the page just answered; moves to the next page or window."""
        rows, meta = page
        decoder = self.decoder
        if decoder.keys is None:
            decoder.setup(meta.get("columns"), len(rows[0]) if rows else None)
        count = meta.get("count")
        if count is not None:
            self.expected = self._earlier + count
        out = decoder.decode(rows)
        if self._left is not None:
            out = out[: self._left]
            self._left -= len(out)
        self._offset += len(rows)
        self.rows_done += len(out)
        if not rows or len(rows) < self._limit or (count is not None and self._offset >= count):
            self._earlier += self._offset
            self._offset = 0
            self._body = next(self._bodies, None)
        return out


def request_kwargs(
    op: Operation, body: dict[str, Any], prefix: str, options: RequestOptions | None
) -> dict[str, Any]:
    """The httpx ``request()`` keywords of one page request."""
    kwargs: dict[str, Any] = {
        "method": op.method.lower(),
        "url": prefix + op.path,
        "content": json.dumps(body, separators=(",", ":")).encode(),
        "headers": {"Content-Type": "application/json"},
    }
    if options:
        apply_request_options(kwargs, options)
    return kwargs


def read_page(op: Operation, response: httpx.Response) -> Page:
    """``(rows, meta)`` of a 2xx page; raise the status error or a validation error."""
    if not response.is_success:
        raise status_error_from_response(scrubbed(response), operation=op.name)
    try:
        payload = json.loads(response.content)
        data, meta = payload["data"], payload.get("meta") or {}
        if data.__class__ is not list or meta.__class__ is not dict:
            raise PageError("'data' is not a list or 'meta' not an object")
        count = meta.get("count")
        if count is not None and (count.__class__ is not int or count < 0):
            raise PageError(f"meta.count is {count!r}, not a count")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise validation_error(op, scrubbed(response), f"{type(exc).__name__}: {exc}") from exc
    return data, meta


def decoded(op: Operation, response: httpx.Response, paging: Paging) -> list[dict[str, Any]]:
    """The rows of ``response``; a row that does not fit raises a validation error.

    The cyclic garbage collector is paused while a page is parsed and decoded: those
    are hundreds of thousands of new containers, none of them in a cycle, and each
    allocation burst would otherwise trigger collections that walk every live row.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        page = read_page(op, response)
        try:
            return paging.take(page)
        except (PageError, ValueError, TypeError, IndexError) as exc:
            why = f"{type(exc).__name__}: {exc}"
            raise validation_error(op, scrubbed(response), why) from exc
    finally:
        if paused:
            gc.enable()
