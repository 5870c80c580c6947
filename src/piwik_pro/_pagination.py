"""Pure next-page arithmetic, readers for the parsed page models, and the page iterators.

The clients' ``_iter_pages``/``_iter_items`` return :func:`iter_pages`/:func:`aiter_pages`,
which only fetch the pages a :class:`PageCursor` asks for, so both walk them identically.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._errors import PaginationError
from ._types import is_missing

if TYPE_CHECKING:
    from ._operation import Operation, Pagination

__all__ = [
    "PageCursor",
    "PageWalk",
    "aiter_pages",
    "first_window",
    "following_offset",
    "get_path",
    "iter_pages",
    "next_offset",
    "page_items",
    "page_params",
    "page_total",
    "pagination_of",
]

_ABSENT = object()


def next_offset(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if returned >= limit else None


def get_path(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if is_missing(obj) else obj


def _step(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def page_items(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def page_total(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, pagination.total)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def pagination_of(op: Operation) -> Pagination:
    """The operation's pagination, or a TypeError when it does not page."""
    if op.pagination is None:
        raise TypeError(f"{op.name} is not a paginated operation")
    return op.pagination


def first_window(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def page_params(
    pagination: Pagination, params: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """A copy of ``params`` asking for the page at ``offset`` of ``limit`` items."""
    return {**params, pagination.offset_param: offset, pagination.limit_param: limit}


def following_offset(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, page_total(pagination, page))


@dataclass(slots=True)
class PageWalk:
    """One ``iter_*`` walk: the next offset after each page, refusing pages that never end.

    It stops with :class:`PaginationError` when a page repeats the one before (a server
    that ignores the offset; the repeat is not handed out), when the offset would not
    advance, and after ``max_pages`` pages that still ask for more (``check_more``).
    """

    operation: str
    pagination: Pagination
    max_pages: int
    pages: int = 0
    _previous: Sequence[Any] = field(default=(), repr=False)

    def following(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def check_more(self, following: int | None) -> None:
        """After a page was handed out: refuse another past ``max_pages``."""
        if following is not None and self.pages >= self.max_pages:
            raise self._error(
                f"{self.pages:,} pages were read and the server still reports more "
                f"(max_pages={self.max_pages:,}; pass a larger max_pages= to the client)"
            )

    def _error(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(message, operation=self.operation, pages=self.pages)


@dataclass(slots=True)
class PageCursor:
    """Where an ``iter_*`` walk stands: the query of the next page, None after the last.

    The iterators loop ``while (query := cursor.next_query()) is not None`` and hand out
    ``cursor.took(page)`` for each page fetched with ``query``.
    """

    walk: PageWalk
    params: Mapping[str, Any]
    offset: int | None
    limit: int
    _started: bool = field(default=False, repr=False)

    def next_query(self) -> dict[str, Any] | None:
        """The parameters of the next page; None when the last page was handed out."""
        if self._started:  # the caller came back for more: refuse a walk past max_pages
            self.walk.check_more(self.offset)
        self._started = True
        if self.offset is None:
            return None
        return page_params(self.walk.pagination, self.params, self.offset, self.limit)

    def took(self, page: Any) -> Any:
        """Record ``page`` (fetched with the last query) and return it, to be handed out."""
        if self.offset is not None:
            self.offset = self.walk.following(page, self.offset, self.limit)
        return page


def iter_pages(fetch: Callable[[dict[str, Any]], Any], cursor: PageCursor) -> Iterator[Any]:
    """The pages ``fetch(query)`` returns for each query of ``cursor``, lazily."""
    while (query := cursor.next_query()) is not None:
        yield cursor.took(fetch(query))


async def aiter_pages(
    fetch: Callable[[dict[str, Any]], Awaitable[Any]], cursor: PageCursor
) -> AsyncIterator[Any]:
    """The async twin of :func:`iter_pages`."""
    while (query := cursor.next_query()) is not None:
        yield cursor.took(await fetch(query))
