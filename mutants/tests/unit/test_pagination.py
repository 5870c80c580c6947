"""Pagination: the pure arithmetic and the lazy sync/async iterators."""

from __future__ import annotations

from typing import Any

import pytest

from piwik_pro._operation import Operation, Pagination
from piwik_pro._pagination import first_window, get_path, next_offset, page_items, page_total
from piwik_pro_api.types import UNSET

from .fakeapi import GET, LIST, LIST_PAGED, FakeServer, async_client, pages, sync_client
from .fakeapi.models import Meta, Thing, ThingPage

OFFSET = Pagination("offset", "offset", "limit")


@pytest.mark.parametrize(
    ("offset", "limit", "returned", "total", "expected"),
    [
        (0, 10, 10, None, 10),  # full page, no total: go on
        (0, 10, 4, None, None),  # short page: stop
        (20, 10, 0, None, None),  # empty page: stop
        (0, 10, 10, 10, None),  # reached the total: stop
        (10, 10, 10, 25, 20),  # below the total: go on
        (0, 10, 5, 25, 5),  # server capped the page size: go on to the total
        (0, 10, 0, 25, None),  # empty page even with a total: stop
    ],
)
def test_next_offset(
    offset: int, limit: int, returned: int, total: int | None, expected: int | None
) -> None:
    """next_offset stops on empty/short pages and at the total."""
    assert next_offset(offset, limit, returned, total) == expected


def test_get_path_tolerates_unset_none_and_mappings() -> None:
    """Dotted paths walk models and dicts; UNSET and None read as missing."""
    page = ThingPage(data=[], meta=Meta(total=3))
    assert get_path(page, "meta.total") == 3
    assert get_path(ThingPage(data=[]), "meta.total") is None
    assert get_path(ThingPage(data=[], meta=Meta()), "meta.total") is None
    assert get_path({"meta": {"total": 5}}, "meta.total") == 5
    assert get_path({"meta": None}, "meta.total") is None
    assert get_path({"meta": {"total": UNSET}}, "meta.total") is None


def test_get_path_reads_additional_properties() -> None:
    """A name missing as an attribute is looked up among additional_properties."""
    meta = Meta.from_dict({"count": 9})
    assert get_path(ThingPage(data=[], meta=meta), "meta.count") == 9


def test_page_readers() -> None:
    """Items default to empty and totals must be integers."""
    assert page_items(OFFSET, {"data": None}) == ()
    assert page_total(OFFSET, {"meta": {"total": "12"}}) == 12
    assert page_total(OFFSET, {"meta": {"total": "many"}}) is None
    assert page_total(Pagination("offset", "o", "l", total=None), {"meta": {"total": 1}}) is None
    with pytest.raises(TypeError, match="not a list"):
        page_items(OFFSET, {"data": "abc"})


def test_first_window() -> None:
    """page_size wins over the caller's limit, which wins over the default."""
    assert first_window(OFFSET, {}, None) == (0, 100)
    assert first_window(OFFSET, {"offset": 30, "limit": 5}, None) == (30, 5)
    assert first_window(OFFSET, {"offset": UNSET, "limit": 5}, 7) == (0, 7)
    with pytest.raises(ValueError, match="page_size"):
        first_window(OFFSET, {}, 0)


def _ids(items: list[Thing]) -> list[str]:
    return [item.id for item in items]


def _queries(server: FakeServer) -> list[dict[str, str]]:
    return [dict(request.url.params) for request in server.requests]


def test_offset_style_stops_at_total() -> None:
    """offset/limit paging walks to meta.total without an extra request."""
    server = FakeServer(pages(5))
    client, _ = sync_client(server)
    items = list(client._iter_items(LIST, {"search": "x"}))
    assert _ids(items) == ["t0", "t1", "t2", "t3", "t4"]
    assert _queries(server) == [{"offset": str(o), "limit": "2", "search": "x"} for o in (0, 2, 4)]


def test_page_style_stops_on_short_page() -> None:
    """page[offset]/page[limit] paging without a total stops on a short page."""
    server = FakeServer(pages(5, report_total=False))
    client, _ = sync_client(server)
    items = list(client._iter_items(LIST_PAGED, {}, page_size=3))
    assert _ids(items) == ["t0", "t1", "t2", "t3", "t4"]
    assert _queries(server) == [
        {"page[offset]": "0", "page[limit]": "3"},
        {"page[offset]": "3", "page[limit]": "3"},
    ]


def test_pages_start_at_callers_offset_and_limit() -> None:
    """The caller's offset and limit in params set the first window."""
    server = FakeServer(pages(10))
    client, _ = sync_client(server)
    result = list(client._iter_pages(LIST, {"offset": 6, "limit": 3}))
    assert [len(page.data) for page in result] == [3, 1]
    assert all(isinstance(page, ThingPage) for page in result)


def test_capped_page_size_keeps_going_to_total() -> None:
    """A server that returns fewer items than asked is paged on to the total."""
    server = FakeServer(pages(5, cap=2))
    client, _ = sync_client(server)
    assert len(list(client._iter_items(LIST, {}, page_size=10))) == 5
    assert len(server.requests) == 3


def test_iteration_is_lazy() -> None:
    """No request is sent until the iterator is advanced, and only as far as needed."""
    server = FakeServer(pages(50))
    client, _ = sync_client(server)
    items = client._iter_items(LIST, {})
    assert server.requests == []
    assert next(items).id == "t0"
    assert len(server.requests) == 1


def test_non_paginated_operation_is_rejected() -> None:
    """Iterating an operation without pagination is a TypeError."""
    client, _ = sync_client(FakeServer(pages(1)))
    with pytest.raises(TypeError, match=r"things\.get"):
        client._iter_items(GET, {})


async def _collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


async def test_async_offset_style_stops_at_total() -> None:
    """The async iterator walks offset/limit pages to meta.total."""
    server = FakeServer(pages(3))
    client, _ = async_client(server)
    assert _ids(await _collect(client._iter_items(LIST, {}))) == ["t0", "t1", "t2"]
    assert len(server.requests) == 2


async def test_async_page_style_stops_on_short_page() -> None:
    """The async iterator stops page[offset] paging on a short page."""
    server = FakeServer(pages(4, report_total=False))
    client, _ = async_client(server)
    result = await _collect(client._iter_pages(LIST_PAGED, {}))
    assert [len(page.data) for page in result] == [2, 2, 0]
    assert _queries(server)[-1] == {"page[offset]": "4", "page[limit]": "2"}


async def test_async_iteration_is_lazy() -> None:
    """The async iterators send nothing until iterated."""
    server = FakeServer(pages(10))
    client, _ = async_client(server)
    items = client._iter_items(LIST, {})
    client._iter_pages(LIST_PAGED, {})
    assert server.requests == []
    assert (await anext(items)).id == "t0"
    assert len(server.requests) == 1
    await items.aclose()  # type: ignore[attr-defined]


def test_operation_pagination_is_data() -> None:
    """Pagination parameters are plain data on the operation."""
    op = Operation("x", LIST.module, "GET", "/x", pagination=Pagination("page", "po", "pl"))
    assert op.pagination is not None and op.pagination.items == "data"
    assert op.pagination.total == "meta.total" and op.pagination.default_limit == 100


def test_page_size_is_clamped_to_the_documented_maximum() -> None:
    """A page_size above the spec's maximum limit is lowered to it (no short-page stop)."""
    from piwik_pro._operation import Pagination
    from piwik_pro._pagination import first_window

    capped = Pagination(style="offset", offset_param="offset", limit_param="limit", max_limit=100)
    assert first_window(capped, {}, 500) == (0, 100)
    assert first_window(capped, {"offset": 40}, 50) == (40, 50)
