"""Analytics data: the column catalog, checked queries, rows across pages, DataFrames, exports.

The methods live on ``client.analytics`` (``iter_rows``, ``iter_sessions``,
``iter_events``, ``to_dataframe``, ``export``); this package holds what they are
built from::

    from piwik_pro.analytics import Column, column_info, where

    column_info("sessions")        # Metric(id='sessions', name='Sessions', ...)
    Column("timestamp", "to_date", name="day")
    where("browser_name", "eq", "FF")

The catalog (every documented dimension, metric and transformation with its scopes,
APIs, type, nullability and enum values) is generated from Piwik PRO's documentation
by ``make regen``; ``DimensionId``, ``MetricId`` and ``TransformationId`` are its ids
as ``Literal`` types.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._catalog import all_columns, enum_values, find_column, find_transformation
from ._columns import Column, ColumnLike
from ._errors import (
    DateRangeError,
    FilterError,
    LimitError,
    QueryValidationError,
    TransformationError,
    UnknownColumnError,
    UnsupportedColumnError,
)
from ._filters import all_of, any_of, where
from ._generated.catalog import TRANSFORMATIONS, DimensionId, MetricId, TransformationId
from ._model import Dimension, Metric, Transformation

__all__ = [
    "Column",
    "ColumnLike",
    "DateRangeError",
    "Dimension",
    "DimensionId",
    "FilterError",
    "LimitError",
    "Metric",
    "MetricId",
    "QueryValidationError",
    "Transformation",
    "TransformationError",
    "TransformationId",
    "UnknownColumnError",
    "UnsupportedColumnError",
    "all_of",
    "any_of",
    "column_info",
    "columns",
    "enum_labels",
    "transformations",
    "where",
]


def columns() -> Iterator[Dimension | Metric]:
    """Every documented dimension and metric."""
    return all_columns()


def column_info(column_id: DimensionId | MetricId | str) -> Dimension | Metric:
    """The catalog entry of a column; :class:`UnknownColumnError` with suggestions if none."""
    from ._catalog import suggest_columns

    found = find_column(column_id)
    if found is None:
        raise UnknownColumnError(column_id, suggest_columns(column_id), field="column_id")
    return found


def transformations() -> tuple[Transformation, ...]:
    """Every documented transformation."""
    return TRANSFORMATIONS


def enum_labels(column_id: DimensionId | str) -> dict[int | str, str]:
    """id -> label of an enum column (empty when the docs publish no table for it)."""
    entry = column_info(column_id)
    return dict(enum_values(entry.enum)) if entry.enum else {}


del find_transformation
