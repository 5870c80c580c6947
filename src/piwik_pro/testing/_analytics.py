"""The sandbox's answers to the five analytics query endpoints.

Rows are arrays in the documented shape (``{"data": [[...]], "meta": {"count": N}}``;
the raw data endpoints put their default columns first and list them in
``meta.columns``), built for the requested columns from their catalog types, with
``offset`` and ``limit`` honoured. Row ``i`` is the same on every request, so paging
can be checked: string dimensions read ``"<column_id> <i>"``, integer ones ``i``.
``sandbox.analytics.total_rows`` sets ``meta.count`` (default 250).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from piwik_pro.analytics._catalog import enum_values, find_column, find_transformation
from piwik_pro.analytics._model import type_kind

__all__ = ["ANALYTICS_PATHS", "AnalyticsRows"]

ANALYTICS_PATHS: Mapping[str, str] = {
    "/api/analytics/v1/query/": "query",
    "/api/analytics/v1/real-time-query/": "real_time_query",
    "/api/analytics/v1/sessions/": "sessions",
    "/api/analytics/v1/events/": "events",
    "/api/analytics/v1/real-time-events/": "real_time_events",
}
_DEFAULTS: Mapping[str, tuple[str, ...]] = {
    "sessions": ("session_id", "visitor_id", "timestamp"),
    "events": ("session_id", "event_id", "visitor_id", "timestamp"),
    "real_time_events": ("timestamp",),
}
_ORIGIN = datetime(2024, 1, 1)
Value = Callable[[int], Any]


class AnalyticsRows:
    """Builds the pages of the analytics endpoints; ``total_rows`` is ``meta.count``."""

    def __init__(self, total_rows: int = 250) -> None:
        self.total_rows = total_rows

    def answer(self, api: str, payload: Any) -> dict[str, Any]:
        """The 200 body for one validated request ``payload``."""
        body = payload if isinstance(payload, dict) else {}
        requested = [c for c in body.get("columns") or [] if isinstance(c, dict)]
        ids = [str(c.get("column_id")) for c in requested]
        defaults = [d for d in _DEFAULTS.get(api, ()) if d not in ids]
        start = _start(body)
        makers = [_maker(_default_type(d), d, None, start) for d in defaults]
        makers += [_column_maker(c, start) for c in requested]
        offset, limit = int(body.get("offset") or 0), int(body.get("limit") or 100)
        end = min(self.total_rows, offset + limit)
        rows = [[make(i) for make in makers] for i in range(offset, end)]
        meta: dict[str, Any] = {"count": self.total_rows}
        if api in _DEFAULTS:
            meta = {"columns": [*defaults, *ids], "count": self.total_rows}
        return {"data": rows, "meta": meta}


def _start(body: Mapping[str, Any]) -> datetime:
    text = body.get("date_from")
    if isinstance(text, str):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    return _ORIGIN


def _default_type(column_id: str) -> str:
    entry = find_column(column_id)
    return entry.type if entry is not None else "str"


def _column_maker(column: Mapping[str, Any], start: datetime) -> Value:
    column_id = str(column.get("column_id"))
    entry = find_column(column_id)
    type_ = entry.type if entry is not None else "str"
    transformation = find_transformation(str(column.get("transformation_id") or ""))
    if entry is not None and entry.kind == "metric":
        return _metric(type_)
    if transformation is not None:
        if transformation.result == "metric":
            return _metric(transformation.output_type(type_))
        return _maker(transformation.output_type(type_), column_id, transformation.id, start)
    nullable = entry is not None and entry.nullable
    make = _maker(type_, column_id, None, start, entry.enum if entry else None)
    return (lambda i: None if i % 10 == 9 else make(i)) if nullable else make


def _metric(type_: str) -> Value:
    if type_ == "float":
        return lambda i: round(i * 1.25, 2)
    return lambda i: (i * 7) % 1000 + 1


def _maker(
    type_: str, column_id: str, transformation: str | None, start: datetime, enum: str | None = None
) -> Value:
    kind = type_kind(type_)
    if kind == "date":
        return _dates(type_, column_id, transformation, start)
    if kind == "enum":
        return _enum(type_, enum)
    if kind == "number":
        if column_id in ("session_id", "event_id"):  # documented as strings (uint64)
            return lambda i: str(1_000_000 + i)
        return (lambda i: i + 0.5) if type_ == "float" else (lambda i: i)
    if kind == "boolean":
        return lambda i: i % 2
    if kind == "array":
        return lambda i: []
    if type_ == "hex":
        return lambda i: f"{i:016x}"
    if type_ == "ipv4":
        return lambda i: f"10.0.{i // 256 % 256}.{i % 256}"
    return lambda i: f"{column_id} {i}"


def _dates(type_: str, column_id: str, transformation: str | None, start: datetime) -> Value:
    if transformation is None and column_id == "timestamp":  # raw data: one row a minute
        return lambda i: (start + timedelta(minutes=i)).isoformat(timespec="seconds")
    if type_ == "datetime":
        return lambda i: (start + timedelta(hours=i)).isoformat(sep=" ", timespec="seconds")
    first = start.date()
    return lambda i: (first + timedelta(days=i)).isoformat()


def _enum(type_: str, table: str | None) -> Value:
    values = list(enum_values(table).items()) if table else []
    if values:
        return lambda i: list(values[i % len(values)])
    if type_.startswith("[int"):
        return lambda i: [i, f"label {i}"]
    return lambda i: [f"id{i}", f"label {i}"]
