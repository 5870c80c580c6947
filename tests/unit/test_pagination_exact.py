"""The pagination helpers on their own: every stop condition and message, exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from piwik_pro import PaginationError
from piwik_pro._operation import Operation, Pagination
from piwik_pro._pagination import (
    PageWalk,
    first_window,
    following_offset,
    get_path,
    next_offset,
    page_items,
    page_params,
    page_total,
    pagination_of,
)
from piwik_pro_api.types import UNSET

PAGES = Pagination(style="offset", offset_param="offset", limit_param="limit")


@dataclass
class Model:
    data: Any = None
    meta: Any = None
    additional_properties: dict[str, Any] = field(default_factory=dict)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((0, 10, 0, None), None),
        ((0, 10, 0, 50), None),
        ((0, 10, -1, None), None),
        ((0, 10, 10, None), 10),
        ((0, 10, 9, None), None),
        ((0, 10, 11, None), 11),
        ((0, 10, 5, 50), 5),
        ((40, 10, 10, 50), None),
        ((39, 10, 10, 50), 49),
        ((0, 10, 1, 1), None),
        ((0, 1, 1, None), 1),
    ],
)
def test_next_offset(args: tuple[int, int, int, int | None], expected: int | None) -> None:
    assert next_offset(*args) == expected


def test_get_path_follows_keys_attributes_and_additional_properties() -> None:
    page = Model(data=[1], meta={"total": 3}, additional_properties={"links": {"next": "n"}})
    assert get_path(page, "data") == [1]
    assert get_path(page, "meta.total") == 3
    assert get_path(page, "links.next") == "n"
    assert get_path(page, "links.none") is None
    assert get_path(page, "missing.deeper") is None
    assert get_path(Model(meta=UNSET), "meta.total") is None
    assert get_path(Model(data=UNSET), "data") is None
    assert get_path(object(), "x") is None
    assert get_path({"a": {"b": 0}}, "a.b") == 0


def test_page_items() -> None:
    assert page_items(PAGES, Model(data=[1, 2])) == [1, 2]
    assert page_items(PAGES, Model(data=(1,))) == (1,)
    assert page_items(PAGES, Model()) == ()
    for bad in ("ab", b"ab", {"a": 1}, 3):
        with pytest.raises(TypeError) as raised:
            page_items(PAGES, Model(data=bad))
        assert str(raised.value) == f"page items at 'data' are not a list: {type(bad)!r}"


def test_page_total() -> None:
    assert page_total(PAGES, Model(meta={"total": 7})) == 7
    assert page_total(PAGES, Model(meta={"total": "8"})) == 8
    assert page_total(PAGES, Model(meta={"total": 0})) == 0
    assert page_total(PAGES, Model(meta={"total": True})) is None
    assert page_total(PAGES, Model(meta={"total": "many"})) is None
    assert page_total(PAGES, Model(meta={"total": [1]})) is None
    assert page_total(PAGES, Model(meta={})) is None
    no_total = Pagination(style="offset", offset_param="o", limit_param="l", total=None)
    assert page_total(no_total, Model(meta={"total": 7})) is None


def test_pagination_of() -> None:
    paged = Operation("a.list", "m", "GET", "/a", pagination=PAGES)
    assert pagination_of(paged) is PAGES
    with pytest.raises(TypeError) as raised:
        pagination_of(Operation("a.get", "m", "GET", "/a"))
    assert str(raised.value) == "a.get is not a paginated operation"


def test_first_window() -> None:
    assert first_window(PAGES, {}, None) == (0, 100)
    assert first_window(PAGES, {"offset": UNSET, "limit": UNSET}, None) == (0, 100)
    assert first_window(PAGES, {"offset": "20", "limit": "5"}, None) == (20, 5)
    assert first_window(PAGES, {"offset": 20, "limit": 5}, 7) == (20, 7)
    capped = Pagination(style="page", offset_param="o", limit_param="l", max_limit=50)
    assert first_window(capped, {}, 80) == (0, 50)
    assert first_window(capped, {}, 50) == (0, 50)
    assert first_window(capped, {}, 30) == (0, 30)
    assert first_window(PAGES, {}, 1) == (0, 1)
    for size in (0, -1):
        with pytest.raises(ValueError) as raised:
            first_window(PAGES, {}, size)
        assert str(raised.value) == f"page_size must be positive, got {size}"


def test_page_params_copies() -> None:
    params = {"offset": 0, "limit": 10, "sort": "name"}
    assert page_params(PAGES, params, 30, 15) == {"offset": 30, "limit": 15, "sort": "name"}
    assert params == {"offset": 0, "limit": 10, "sort": "name"}


def test_following_offset() -> None:
    assert following_offset(PAGES, Model(data=[1, 2], meta={"total": 5}), 0, 2) == 2
    assert following_offset(PAGES, Model(data=[1], meta={"total": 5}), 4, 2) is None


def test_walk_stops_at_the_end_and_counts_pages() -> None:
    walk = PageWalk("a.list", PAGES, max_pages=10)
    assert walk.following(Model(data=[1, 2], meta={"total": 3}), 0, 2) == 2
    assert walk.following(Model(data=[3], meta={"total": 3}), 2, 2) is None
    assert walk.pages == 2


def test_walk_refuses_a_repeated_page() -> None:
    walk = PageWalk("a.list", PAGES, max_pages=10)
    walk.following(Model(data=[1, 2]), 0, 2)
    with pytest.raises(PaginationError) as raised:
        walk.following(Model(data=(1, 2)), 2, 2)
    assert str(raised.value) == (
        "a.list: stopped paging: page 2 (offset 2) repeats the previous page item for item: "
        "the server ignores the 'offset' parameter."
    )
    assert (raised.value.operation, raised.value.pages) == ("a.list", 2)


def test_walk_accepts_pages_that_only_start_alike() -> None:
    walk = PageWalk("a.list", PAGES, max_pages=10)
    walk.following(Model(data=[1, 2]), 0, 2)
    assert walk.following(Model(data=[1, 3]), 2, 2) == 4
    assert walk.following(Model(data=[1, 3, 4]), 4, 2) == 7
    empty = PageWalk("a.list", PAGES, max_pages=10)
    assert empty.following(Model(data=[]), 0, 2) is None
    assert empty.following(Model(data=[]), 0, 2) is None


def test_check_more_after_max_pages() -> None:
    walk = PageWalk("a.list", PAGES, max_pages=2)
    walk.following(Model(data=[1]), 0, 1)
    walk.check_more(1)
    walk.following(Model(data=[2]), 1, 1)
    walk.check_more(None)
    with pytest.raises(PaginationError) as raised:
        walk.check_more(2)
    assert str(raised.value) == (
        "a.list: stopped paging: 2 pages were read and the server still reports more "
        "(max_pages=2; pass a larger max_pages= to the client)."
    )
    big = PageWalk("b.list", PAGES, max_pages=1000, pages=1000)
    with pytest.raises(PaginationError, match=r"1,000 pages were read .*max_pages=1,000;"):
        big.check_more(5)
