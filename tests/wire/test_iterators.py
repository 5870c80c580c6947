"""Every generated ``iter_*`` / ``iter_*_pages`` method, end to end over a socket.

For each of the paginated operations the stub server (``stub.py``, not the sandbox)
serves five seeded items, shaped like the operation's documented response, at the
operation's path. The sync and the async client iterate with ``page_size=2``; the test
checks the exact items in order (by their seeded ids), the page sizes, the path, and
the exact offset/limit windows asked for on the wire: (0, 2), (2, 2), (4, 2).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from piwik_pro import AsyncPiwikPro, PiwikPro
from recording.calls import Call, Operation, build_call, operations

from .seeds import SPEC, collection_of, path_of
from .stub import LIMIT_NAMES, OFFSET_NAMES, StubServer, running

PAGE = 2
WINDOWS = [(0, PAGE), (2, PAGE), (4, PAGE)]


def _paginated() -> list[Operation]:
    """The operations whose list method has iterators (``iter_<name>`` and ``iter_<name>_pages``).

    ``analytics.iter_sessions``/``iter_events`` are the row readers of the raw data
    operations, not generated list iterators: they have no ``_pages`` twin.
    """
    client = PiwikPro("https://example.piwik.pro", "id", "secret")
    found = []
    for op in operations(SPEC):
        *area, method = op.name.split(".")
        owner: Any = client
        for part in area:
            owner = getattr(owner, part)
        if hasattr(owner, f"iter_{method}") and hasattr(owner, f"iter_{method}_pages"):
            found.append(op)
    return found


PAGINATED = _paginated()
IDS = [op.name for op in PAGINATED]


def test_every_paginated_operation_is_covered() -> None:
    """All 26 paginated operations have both iterators, and each is exercised below."""
    assert len(PAGINATED) == 26


def _target(client: Any, name: str, suffix: str) -> Any:
    *area, method = name.split(".")
    owner = client
    for part in area:
        owner = getattr(owner, part)
    return getattr(owner, f"iter_{method}{suffix}")


def _windows(stub: StubServer, path: str) -> list[tuple[int, int]]:
    seen = stub.api_requests()
    assert {s.path for s in seen} == {path}
    windows = []
    for request in seen:
        offset = [int(request.query[n]) for n in OFFSET_NAMES if n in request.query]
        limit = [int(request.query[n]) for n in LIMIT_NAMES if n in request.query]
        assert len(offset) == len(limit) == 1, request.query
        windows.append((offset[0], limit[0]))
    return windows


@pytest.fixture(params=PAGINATED, ids=IDS)
def seeded(request: pytest.FixtureRequest) -> Iterator[tuple[Call, StubServer, list[str]]]:
    """A stub serving the operation's five seeded items; the call; the seeded ids."""
    op: Operation = request.param
    call = build_call(SPEC, op)
    collection = collection_of(op)
    with running(StubServer(collections={path_of(call): collection})) as stub:
        yield call, stub, [item["id"] for item in collection.items]


def _id(item: Any) -> str:
    return str(item.to_dict()["id"])


def test_iter_items_sync(seeded: tuple[Call, StubServer, list[str]]) -> None:
    """``iter_<name>`` yields exactly the seeded items, two per request."""
    call, stub, ids = seeded
    with PiwikPro(stub.url, "id", "secret", max_retries=0) as client:
        items = list(_target(client, call.name, "")(*call.args, **call.kwargs, page_size=PAGE))
    assert [_id(item) for item in items] == ids
    assert _windows(stub, path_of(call)) == WINDOWS


def test_iter_pages_sync(seeded: tuple[Call, StubServer, list[str]]) -> None:
    """``iter_<name>_pages`` yields pages of 2, 2 and 1 seeded items."""
    call, stub, ids = seeded
    with PiwikPro(stub.url, "id", "secret", max_retries=0) as client:
        pages = _target(client, call.name, "_pages")(*call.args, **call.kwargs, page_size=PAGE)
        got = [[_id(item) for item in page.data] for page in pages]
    assert got == [ids[0:2], ids[2:4], ids[4:5]]
    assert _windows(stub, path_of(call)) == WINDOWS


def test_iter_items_async(seeded: tuple[Call, StubServer, list[str]]) -> None:
    """The async ``iter_<name>`` yields exactly the seeded items, two per request."""
    call, stub, ids = seeded

    async def collect() -> list[Any]:
        async with AsyncPiwikPro(stub.url, "id", "secret", max_retries=0) as client:
            method = _target(client, call.name, "")
            return [item async for item in method(*call.args, **call.kwargs, page_size=PAGE)]

    assert [_id(item) for item in asyncio.run(collect())] == ids
    assert _windows(stub, path_of(call)) == WINDOWS


def test_iter_pages_async(seeded: tuple[Call, StubServer, list[str]]) -> None:
    """The async ``iter_<name>_pages`` yields pages of 2, 2 and 1 seeded items."""
    call, stub, ids = seeded

    async def collect() -> list[list[str]]:
        async with AsyncPiwikPro(stub.url, "id", "secret", max_retries=0) as client:
            method = _target(client, call.name, "_pages")
            pages = method(*call.args, **call.kwargs, page_size=PAGE)
            return [[_id(item) for item in page.data] async for page in pages]

    assert asyncio.run(collect()) == [ids[0:2], ids[2:4], ids[4:5]]
    assert _windows(stub, path_of(call)) == WINDOWS
