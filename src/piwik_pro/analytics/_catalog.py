"""Look-ups in the generated column catalog: columns, transformations, enum values."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import cache
from typing import Literal

from ._generated.catalog import DIMENSIONS, METRICS, TRANSFORMATIONS
from ._model import Dimension, Metric, Transformation

__all__ = [
    "API_NAMES",
    "Api",
    "accepts",
    "all_columns",
    "enum_values",
    "find_column",
    "find_transformation",
    "suggest_columns",
]

#: The five analytics endpoints, by what they accept.
Api = Literal["query", "real_time_query", "sessions", "events", "real_time_events"]
API_NAMES: dict[Api, str] = {
    "query": "the query API",
    "real_time_query": "the real-time query API",
    "sessions": "the raw data API",
    "events": "the raw data API",
    "real_time_events": "the real-time raw data API",
}

_BY_ID: dict[str, Dimension | Metric] = {d.id: d for d in DIMENSIONS}
_BY_ID.update((m.id, m) for m in METRICS)
_SLOTS: tuple[Dimension, ...] = tuple(d for d in DIMENSIONS if d.pattern is not None)
_TRANSFORMATIONS: dict[str, Transformation] = {t.id: t for t in TRANSFORMATIONS}


def all_columns() -> Iterator[Dimension | Metric]:
    """Every documented dimension and metric (slot families once, as ``..._*``)."""
    yield from DIMENSIONS
    yield from METRICS


def find_column(column_id: str) -> Dimension | Metric | None:
    """The catalog entry of ``column_id``; slot columns (``event_custom_dimension_7``) too."""
    found = _BY_ID.get(column_id)
    if found is not None:
        return found
    for family in _SLOTS:
        assert family.pattern is not None
        if family.pattern.fullmatch(column_id):
            return family
    return None


def find_transformation(transformation_id: str) -> Transformation | None:
    return _TRANSFORMATIONS.get(transformation_id)


def suggest_columns(column_id: str, n: int = 3) -> list[str]:
    """The closest documented column ids, best first."""
    return difflib.get_close_matches(column_id, list(_BY_ID), n=n, cutoff=0.6)


def suggest_transformations(transformation_id: str, n: int = 3) -> list[str]:
    return difflib.get_close_matches(transformation_id, list(_TRANSFORMATIONS), n=n, cutoff=0.6)


def accepts(column: Dimension | Metric, api: Api) -> bool:
    """Whether ``api`` accepts ``column`` as documented in the catalog."""
    if api == "query":
        return column.query
    if api == "real_time_query":
        return column.real_time
    if api in ("sessions", "events"):
        return column.raw_data
    return column.raw_data and column.real_time


@cache
def enum_values(table: str) -> dict[int | str, str]:
    """id -> label of one enum table (loaded on first use; empty if the docs have none)."""
    from ._generated.enums import ENUMS

    return dict(ENUMS.get(table, ()))
