"""Columns of a query: what the caller passes, resolved against the catalog.

A column is given as its id (``"sessions"``), as the API's own dict
(``{"column_id": "timestamp", "transformation_id": "to_date"}``) or as a
:class:`Column`. Each becomes a :class:`ResolvedColumn`: the catalog entry, the
type of its values, and the *key* it has in the rows.

Row keys: the column id (``"sessions"``); with a transformation, the id and the
transformation joined by ``__`` (``"timestamp__to_date"``); with a goal,
``__goal_<id>`` is appended (``"goal_conversions__goal_3"``). ``Column(...,
name="day")`` picks the key yourself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._catalog import (
    API_NAMES,
    Api,
    accepts,
    find_column,
    find_transformation,
    suggest_columns,
    suggest_transformations,
)
from ._errors import (
    QueryValidationError,
    TransformationError,
    UnknownColumnError,
    UnsupportedColumnError,
)
from ._model import Dimension, Metric, Transformation

__all__ = ["Column", "ColumnLike", "ResolvedColumn", "base_type", "resolve_column"]

_BASE_TYPES = {"hex": "str", "str_nocase": "str", "ipv4": "str", "ipv6": "str", "int(0,1)": "int"}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a query: an id, optionally a transformation or goal, and its row key."""

    column_id: str
    transformation_id: str | None = None
    goal_id: int | None = None
    name: str | None = None

    def to_api(self) -> dict[str, Any]:
        """The column as the API's request dict."""
        body: dict[str, Any] = {"column_id": self.column_id}
        if self.transformation_id is not None:
            body["transformation_id"] = self.transformation_id
        if self.goal_id is not None:
            body["goal_id"] = self.goal_id
        return body

    @property
    def key(self) -> str:
        """The key of this column in the rows (see the module docstring)."""
        if self.name is not None:
            return self.name
        key = self.column_id
        if self.transformation_id is not None:
            key += f"__{self.transformation_id}"
        if self.goal_id is not None:
            key += f"__goal_{self.goal_id}"
        return key


#: What a column may be given as.
ColumnLike = str | Column | Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ResolvedColumn:
    """A column checked against the catalog: its entry, value type and row key."""

    column: Column
    entry: Dimension | Metric
    transformation: Transformation | None
    type: str

    @property
    def key(self) -> str:
        return self.column.key

    @property
    def is_metric(self) -> bool:
        """A metric, or a dimension that a transformation turns into one."""
        if self.transformation is not None:
            return self.transformation.result == "metric"
        return self.entry.kind == "metric"


def base_type(type_: str) -> str:
    """The type a transformation sees: ids of enums, strings of hex/IP columns."""
    if type_.startswith("["):
        return type_.strip("[]").split(",")[0].strip()
    return _BASE_TYPES.get(type_, type_)


def as_column(value: ColumnLike, field: str) -> Column:
    """A :class:`Column` from any of the accepted forms."""
    if isinstance(value, Column):
        return value
    if isinstance(value, str):
        return Column(value)
    if isinstance(value, Mapping):
        unknown = set(value) - {"column_id", "transformation_id", "goal_id", "name"}
        if "column_id" not in value or unknown:
            what = f"unknown keys {sorted(unknown)}" if unknown else "no 'column_id'"
            raise QueryValidationError(f"a column dict with {what}", field=field)
        return Column(
            str(value["column_id"]),
            value.get("transformation_id"),
            value.get("goal_id"),
            value.get("name"),
        )
    raise QueryValidationError(
        f"a column is a column id, a dict or a Column, not {type(value).__name__}", field=field
    )


def resolve_column(value: ColumnLike, api: Api, field: str) -> ResolvedColumn:
    """Check one column against the catalog for ``api``; raise the matching error."""
    column = as_column(value, field)
    entry = find_column(column.column_id)
    if entry is None:
        raise UnknownColumnError(column.column_id, suggest_columns(column.column_id), field=field)
    if not accepts(entry, api):
        raise UnsupportedColumnError(
            f"{column.column_id!r} ({entry.name}) is not available in {API_NAMES[api]}",
            field=field,
        )
    transformation = _transformation(column, entry, field)
    if column.goal_id is not None and (entry.kind != "metric" or isinstance(column.goal_id, bool)):
        raise UnsupportedColumnError(
            f"goal_id={column.goal_id!r}: only goal metrics take an integer goal_id", field=field
        )
    value_type = transformation.output_type(entry.type) if transformation else entry.type
    return ResolvedColumn(column, entry, transformation, value_type)


def _transformation(column: Column, entry: Dimension | Metric, field: str) -> Transformation | None:
    tid = column.transformation_id
    if tid is None:
        return None
    found = find_transformation(tid)
    if found is None:
        hint = suggest_transformations(tid)
        more = f"; did you mean {' or '.join(repr(h) for h in hint)}?" if hint else ""
        raise TransformationError(f"unknown transformation {tid!r}{more}", field=field)
    if entry.kind == "metric":
        raise TransformationError(
            f"{column.column_id!r} is a metric; transformations apply to dimensions only",
            field=field,
        )
    if not found.fits(base_type(entry.type)):
        accepted = ", ".join(found.source_types)
        raise TransformationError(
            f"{tid!r} ({found.name}) takes {accepted} columns; "
            f"{column.column_id!r} is of type {entry.type}",
            field=field,
        )
    return found


def check_kind(column: ResolvedColumn, want: Literal["dimension", "metric"], field: str) -> None:
    """Filters take dimensions; metric filters take metrics (or dimensions made metrics)."""
    if column.is_metric == (want == "metric"):
        return
    made = " (after its transformation)" if column.transformation else ""
    raise UnsupportedColumnError(
        f"{column.column.column_id!r} is a {'metric' if column.is_metric else 'dimension'}{made};"
        f" {'metric_filters' if want == 'metric' else 'filters'} take {want}s",
        field=field,
    )
