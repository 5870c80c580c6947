"""Rows across pages over sockets: every row once, in order, through faults, sync and async."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest

from piwik_pro import BadRequestError, PiwikPro
from piwik_pro.testing import Sandbox

from .conftest import FAST_RETRIES, QUERY_PATH, WEBSITE, page_requests

DATES = {"date_from": "2024-01-01", "date_to": "2024-01-31"}
COLUMNS = ["user_id", "sessions", {"column_id": "timestamp", "transformation_id": "to_date"}]


def numbers(rows: list[dict[str, Any]], key: str = "user_id") -> list[int]:
    """Row i of the sandbox has "<column_id> i" in its string dimensions."""
    return [int(row[key].rsplit(" ", 1)[1]) for row in rows]


@pytest.mark.parametrize(
    ("total", "page_size", "pages"), [(2503, 1000, 3), (3000, 1000, 3), (7, 100, 1)]
)
def test_exactly_meta_count_rows_none_twice_in_order(
    sandbox: Sandbox, client: PiwikPro, total: int, page_size: int, pages: int
) -> None:
    """meta.count rows arrive, 0..count-1 in order, one request per page and none more."""
    sandbox.analytics.total_rows = total
    rows = list(client.analytics.iter_rows(WEBSITE, COLUMNS, page_size=page_size, **DATES))
    assert numbers(rows) == list(range(total))
    assert page_requests(sandbox) == [200] * pages


def test_rows_are_typed_by_the_catalog(sandbox: Sandbox, client: PiwikPro) -> None:
    """Metrics are ints, to_date gives dates, enums (id, label) pairs or split in two keys."""
    sandbox.analytics.total_rows = 2
    columns = [*COLUMNS, "device_type"]
    pair = list(client.analytics.iter_rows(WEBSITE, columns, **DATES))
    assert pair[1] == {
        "user_id": "user_id 1",
        "sessions": 8,
        "timestamp__to_date": date(2024, 1, 2),
        "device_type": (1, "Smartphone"),
    }
    split = list(client.analytics.iter_rows(WEBSITE, columns, enums="split", **DATES))
    assert (split[1]["device_type"], split[1]["device_type__label"]) == (1, "Smartphone")


@pytest.mark.parametrize("statuses", [(429, 503), (503,), (429,)])
def test_429_and_503_mid_paging_lose_and_repeat_nothing(
    sandbox: Sandbox, client: PiwikPro, statuses: tuple[int, ...]
) -> None:
    """Faults on the second page are retried; the rows are exactly 0..count-1."""
    sandbox.analytics.total_rows = 250
    rows_iter = client.analytics.iter_rows(WEBSITE, COLUMNS, page_size=100, **DATES)
    first = [next(rows_iter) for _ in range(100)]  # page one read, page two not yet asked
    for status in statuses:
        sandbox.faults.add(status=status, retry_after="0", path_prefix=QUERY_PATH)
    rows = first + list(rows_iter)
    assert numbers(rows) == list(range(250))
    assert page_requests(sandbox) == [200, *statuses, 200, 200]


def test_max_rows_stops_early_and_asks_only_what_it_needs(
    sandbox: Sandbox, client: PiwikPro
) -> None:
    """max_rows caps the rows and shrinks the last limit; no request beyond it."""
    sandbox.analytics.total_rows = 1000
    rows = list(client.analytics.iter_rows(WEBSITE, COLUMNS, page_size=100, max_rows=250, **DATES))
    assert numbers(rows) == list(range(250))
    assert page_requests(sandbox) == [200, 200, 200]


def test_split_by_week_sends_one_paged_query_per_week(sandbox: Sandbox, client: PiwikPro) -> None:
    """A 10-day range split by week is two windows (Mon-Sun, clipped), each paged to its count."""
    sandbox.analytics.total_rows = 150
    rows = list(
        client.analytics.iter_rows(
            WEBSITE,
            COLUMNS,
            page_size=100,
            split="week",
            date_from="2024-01-03",
            date_to="2024-01-12",
        )
    )
    assert numbers(rows) == list(range(150)) * 2
    days = [row["timestamp__to_date"] for row in rows]
    assert days[0] == date(2024, 1, 3) and days[150] == date(2024, 1, 8)  # second window's start
    assert page_requests(sandbox) == [200] * 4


def test_raw_sessions_carry_the_default_columns_first(sandbox: Sandbox, client: PiwikPro) -> None:
    """meta.columns puts session_id, visitor_id, timestamp first; ids become ints."""
    sandbox.analytics.total_rows = 1205
    rows = list(
        client.analytics.iter_sessions(
            WEBSITE, ["resolution", "device_type"], page_size=500, **DATES
        )
    )
    assert len(rows) == 1205
    assert list(rows[0]) == ["session_id", "visitor_id", "timestamp", "resolution", "device_type"]
    assert [row["session_id"] for row in rows] == list(range(1_000_000, 1_001_205))
    assert rows[1]["timestamp"] == datetime(2024, 1, 1, 0, 1)
    assert page_requests(sandbox, "/api/analytics/v1/sessions/") == [200] * 3


def test_raw_events_stream_lazily(sandbox: Sandbox, client: PiwikPro) -> None:
    """iter_events asks for a page only when the previous one is used up."""
    sandbox.analytics.total_rows = 300
    events: Iterator[dict[str, Any]] = client.analytics.iter_events(
        WEBSITE, ["event_type"], page_size=100, **DATES
    )
    path = "/api/analytics/v1/events/"
    assert page_requests(sandbox, path) == []
    first = next(events)
    assert list(first)[:4] == ["session_id", "event_id", "visitor_id", "timestamp"]
    assert page_requests(sandbox, path) == [200]
    assert sum(1 for _ in events) == 299
    assert page_requests(sandbox, path) == [200] * 3


def test_a_refused_query_raises_the_typed_status_error(sandbox: Sandbox, client: PiwikPro) -> None:
    """A 400 from the service is a BadRequestError naming the operation."""
    sandbox.faults.add(status=400, path_prefix=QUERY_PATH)
    with pytest.raises(BadRequestError, match=r"analytics\.query"):
        list(client.analytics.iter_rows(WEBSITE, COLUMNS, **DATES))


async def test_async_rows_across_pages_through_faults(sandbox: Sandbox) -> None:
    """The async client yields the same rows, once each, in order, through a 429 and a 503."""
    sandbox.analytics.total_rows = 2503
    sandbox.faults.add(status=429, retry_after="0", path_prefix=QUERY_PATH)
    sandbox.faults.add(status=503, path_prefix=QUERY_PATH)
    async with sandbox.async_client(retry_policy=FAST_RETRIES) as client:
        rows = [
            row
            async for row in client.analytics.iter_rows(WEBSITE, COLUMNS, page_size=1000, **DATES)
        ]
        frame = await client.analytics.to_dataframe(WEBSITE, COLUMNS, page_size=1000, **DATES)
    assert numbers(rows) == list(range(2503))
    assert len(frame) == 2503 and str(frame["sessions"].dtype) == "int64"


def test_relative_last_x_days_reaches_the_service(sandbox: Sandbox, client: PiwikPro) -> None:
    """relative_date="last_7_days" is sent as is and accepted (the spec's enum listed 'X')."""
    sandbox.analytics.total_rows = 3
    rows = list(client.analytics.iter_rows(WEBSITE, COLUMNS, relative_date="last_7_days"))
    assert numbers(rows) == [0, 1, 2] and page_requests(sandbox) == [200]


async def test_async_real_time_and_raw_readers(sandbox: Sandbox) -> None:
    """Real-time rows, real-time events and raw sessions page the same way on the async client."""
    sandbox.analytics.total_rows = 130
    async with sandbox.async_client(retry_policy=FAST_RETRIES) as client:
        analytics = client.analytics
        live = [
            r
            async for r in analytics.iter_real_time_rows(
                WEBSITE, ["user_id", "events"], lookback_window=30, page_size=50
            )
        ]
        events = [
            r
            async for r in analytics.iter_real_time_events(
                WEBSITE,
                ["resolution"],
                date_from=datetime(2024, 1, 1, 12),
                date_to=datetime(2024, 1, 1, 13),
                page_size=100,
            )
        ]
        sessions = [
            r async for r in analytics.iter_sessions(WEBSITE, ["user_id"], page_size=100, **DATES)
        ]
    assert numbers(live) == list(range(130))
    assert list(events[0]) == ["timestamp", "resolution"] and len(events) == 130
    assert numbers(sessions) == list(range(130))
    assert page_requests(sandbox, "/api/analytics/v1/real-time-query/") == [200] * 3
    assert page_requests(sandbox, "/api/analytics/v1/real-time-events/") == [200] * 2
