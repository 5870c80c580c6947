"""A whole query, checked against the catalog and the API's rules before it is sent.

:func:`build_query` turns the arguments of ``iter_rows`` and friends into a
:class:`Query`: the request body without ``offset``/``limit``, the resolved columns,
the paging settings and the date windows to fetch one after the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal

from ._catalog import API_NAMES, Api
from ._columns import ColumnLike, ResolvedColumn, resolve_column
from ._errors import DateRangeError, LimitError, QueryValidationError
from ._filters import FilterLike, check_filters

__all__ = ["MAX_LIMIT", "DateLike", "Query", "Split", "build_query"]

MAX_LIMIT = 100_000
DEFAULT_PAGE_SIZE = 10_000
_RELATIVE = frozenset({"today", "yesterday", "last_week", "last_month", "last_year"})
_LAST_X_DAYS = re.compile(r"last_([0-9]+)_days")
_RAW = frozenset({"sessions", "events", "real_time_events"})

DateLike = date | datetime | str
Split = Literal["day", "week"]


@dataclass(frozen=True)
class Query:
    """A checked query: ``body`` is sent once per page with ``offset`` and ``limit`` added."""

    api: Api
    body: dict[str, Any]
    columns: tuple[ResolvedColumn, ...]
    page_size: int
    max_rows: int | None
    windows: tuple[tuple[str, str], ...] = field(default=())

    def bodies(self) -> Iterator[dict[str, Any]]:
        """One body per date window (just ``body`` when the range is not split)."""
        if not self.windows:
            yield self.body
            return
        for start, end in self.windows:
            yield {**self.body, "date_from": start, "date_to": end}


def build_query(
    api: Api,
    website_id: str,
    columns: Sequence[ColumnLike],
    *,
    date_from: DateLike | None = None,
    date_to: DateLike | None = None,
    relative_date: str | None = None,
    lookback_window: int | None = None,
    filters: FilterLike | None = None,
    metric_filters: FilterLike | None = None,
    order_by: Sequence[Sequence[Any]] | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_rows: int | None = None,
    split: Split | None = None,
    options: Mapping[str, Any] | None = None,
) -> Query:
    """Check every argument; raise a :class:`QueryValidationError` subclass on the first fault."""
    if not website_id or not isinstance(website_id, str):
        raise QueryValidationError("give the website (app) id as a string", field="website_id")
    resolved = _columns(api, columns)
    body: dict[str, Any] = {
        "website_id": website_id,
        "columns": [c.column.to_api() for c in resolved],
    }
    body.update(_dates(api, date_from, date_to, relative_date, lookback_window))
    if filters is not None:
        body["filters"] = check_filters(filters, api, "dimension", "filters")
    if metric_filters is not None:
        if api in _RAW:
            raise QueryValidationError(f"{API_NAMES[api]} has no metrics", field="metric_filters")
        body["metric_filters"] = check_filters(metric_filters, api, "metric", "metric_filters")
    if order_by is not None:
        body["order_by"] = _order_by(api, order_by, resolved)
    if options:
        body["options"] = dict(options)
    _check_limits(page_size, max_rows)
    windows = _windows(body, split) if split is not None else ()
    return Query(api, body, tuple(resolved), page_size, max_rows, windows)


def _columns(api: Api, columns: Sequence[ColumnLike]) -> list[ResolvedColumn]:
    if isinstance(columns, str | bytes) or not isinstance(columns, Sequence):
        raise QueryValidationError("give the columns as a list", field="columns")
    if not columns and api not in _RAW:
        raise QueryValidationError("a query needs at least one column", field="columns")
    resolved = [resolve_column(c, api, f"columns[{i}]") for i, c in enumerate(columns)]
    seen: dict[str, int] = {}
    for i, column in enumerate(resolved):
        if api in _RAW and column.is_metric:
            raise QueryValidationError(
                f"{column.key!r} is a metric; {API_NAMES[api]} returns dimensions only",
                field=f"columns[{i}]",
            )
        if column.key in seen:
            raise QueryValidationError(
                f"columns[{seen[column.key]}] and columns[{i}] both have the row key "
                f"{column.key!r}; give one a name=",
                field=f"columns[{i}]",
            )
        seen[column.key] = i
    return resolved


def _dates(
    api: Api,
    date_from: DateLike | None,
    date_to: DateLike | None,
    relative: str | None,
    lookback: int | None,
) -> dict[str, Any]:
    if api == "real_time_query":
        if date_from is not None or date_to is not None or relative is not None:
            raise DateRangeError(
                "the real-time query takes lookback_window only", field="date_from"
            )
        if not isinstance(lookback, int) or isinstance(lookback, bool) or lookback < 1:
            raise DateRangeError(
                "give lookback_window, a whole number of minutes >= 1", field="lookback_window"
            )
        return {"lookback_window": lookback}
    if lookback is not None:
        raise DateRangeError(
            f"{API_NAMES[api]} takes dates, not lookback_window", field="lookback_window"
        )
    if relative is not None:
        if date_from is not None or date_to is not None:
            raise DateRangeError(
                "give either relative_date or date_from/date_to, not both", field="relative_date"
            )
        if api == "real_time_events":
            raise DateRangeError(f"{API_NAMES[api]} takes date_from/date_to", field="relative_date")
        return {"relative_date": _relative(relative)}
    if date_from is None or date_to is None:
        missing = "date_from" if date_from is None else "date_to"
        raise DateRangeError(
            "give date_from and date_to, or relative_date (e.g. 'last_7_days')", field=missing
        )
    start, end = _date_value(date_from, "date_from"), _date_value(date_to, "date_to")
    if api == "real_time_events" and not (
        isinstance(start, datetime) and isinstance(end, datetime)
    ):
        raise DateRangeError(f"{API_NAMES[api]} takes datetimes", field="date_from")
    if _sortable(start) > _sortable(end):
        raise DateRangeError(f"date_from {start} is after date_to {end}", field="date_from")
    return {"date_from": _wire(start), "date_to": _wire(end)}


def _relative(value: str) -> str:
    if value in _RELATIVE:
        return value
    found = _LAST_X_DAYS.fullmatch(value) if isinstance(value, str) else None
    if found is None or not 1 <= int(found.group(1)) <= 365:
        choices = ", ".join(sorted(_RELATIVE))
        raise DateRangeError(
            f"relative_date {value!r} is none of {choices} or last_X_days with 1 <= X <= 365",
            field="relative_date",
        )
    return value


def _date_value(value: DateLike, field: str) -> date | datetime:
    if isinstance(value, date):  # datetime is a date too
        return value
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return date.fromisoformat(value)
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise DateRangeError(
        f"{value!r} is not a date, a datetime or an ISO string ('2024-01-31', "
        "'2024-01-31 12:00:00')",
        field=field,
    )


def _sortable(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)


def _wire(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    return value.isoformat()


def _order_by(
    api: Api, order_by: Sequence[Sequence[Any]], columns: list[ResolvedColumn]
) -> list[list[Any]]:
    if api not in ("query", "real_time_query"):
        raise QueryValidationError(f"{API_NAMES[api]} has no order_by", field="order_by")
    keys = {c.key: i for i, c in enumerate(columns)}
    out = []
    for n, item in enumerate(order_by):
        where = f"order_by[{n}]"
        if isinstance(item, str) or len(item) != 2 or item[1] not in ("asc", "desc"):
            raise LimitError("each directive is (column, 'asc' | 'desc')", field=where)
        index = keys.get(item[0]) if isinstance(item[0], str) else item[0]
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(columns):
            raise LimitError(
                f"{item[0]!r} is neither a row key of the columns ({', '.join(keys)}) "
                f"nor an index below {len(columns)}",
                field=where,
            )
        out.append([index, item[1]])
    return out


def _check_limits(page_size: int, max_rows: int | None) -> None:
    if not isinstance(page_size, int) or isinstance(page_size, bool):
        raise LimitError(f"page_size must be an int, not {page_size!r}", field="page_size")
    if not 1 <= page_size <= MAX_LIMIT:
        raise LimitError(
            f"page_size {page_size} is outside 1..{MAX_LIMIT:,} (the API's limit)",
            field="page_size",
        )
    if max_rows is not None and (not isinstance(max_rows, int) or max_rows < 0):
        raise LimitError(
            f"max_rows must be None or an int >= 0, not {max_rows!r}", field="max_rows"
        )


def _windows(body: dict[str, Any], split: Split) -> tuple[tuple[str, str], ...]:
    """Consecutive day or week (Monday to Sunday, clipped) windows covering the range."""
    if split not in ("day", "week"):
        raise DateRangeError(f"split is 'day' or 'week', not {split!r}", field="split")
    start, end = body.get("date_from"), body.get("date_to")
    if start is None or end is None or len(start) != 10 or len(end) != 10:
        raise DateRangeError(
            "split needs date_from and date_to as dates (not times)", field="split"
        )
    day, last = date.fromisoformat(start), date.fromisoformat(end)
    windows = []
    while day <= last:
        stop = day if split == "day" else min(last, day + timedelta(days=6 - day.weekday()))
        windows.append((day.isoformat(), stop.isoformat()))
        day = stop + timedelta(days=1)
    return tuple(windows)
