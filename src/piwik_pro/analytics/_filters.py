"""Dimension and metric filters: typed helpers and their checks against the catalog.

A filter is the API's own clause dict (``{"operator": "and", "conditions": [...]}``),
a single condition dict, a list of conditions (joined with ``and``), or built with
:func:`where`, :func:`all_of` and :func:`any_of`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from ._catalog import Api
from ._columns import Column, ResolvedColumn, check_kind, resolve_column
from ._errors import FilterError
from ._model import TypeKind, type_kind

__all__ = ["FilterLike", "all_of", "any_of", "check_filters", "where"]

STRING_OPERATORS = frozenset(
    {"eq", "neq", "contains", "not_contains", "icontains", "not_icontains"}
    | {"starts_with", "ends_with", "matches", "not_matches"}
)
NUMERIC_OPERATORS = frozenset(["eq", "neq", "gt", "gte", "lt", "lte"])
OPERATORS: dict[TypeKind, frozenset[str]] = {
    "string": STRING_OPERATORS,
    "number": NUMERIC_OPERATORS,
    "date": NUMERIC_OPERATORS,
    "boolean": frozenset({"eq", "neq"}),
    "enum": frozenset({"eq", "neq", "empty", "not_empty"}),
}
_NO_VALUE = frozenset({"empty", "not_empty"})

FilterLike = Mapping[str, Any] | Sequence[Mapping[str, Any]]


def where(
    column_id: str,
    operator: str,
    value: Any = None,
    *,
    transformation_id: str | None = None,
    goal_id: int | None = None,
) -> dict[str, Any]:
    """One condition: ``where("browser_name", "eq", "FF")``."""
    condition: dict[str, Any] = {
        "column_id": column_id,
        "condition": {"operator": operator, "value": value},
    }
    if transformation_id is not None:
        condition["transformation_id"] = transformation_id
    if goal_id is not None:
        condition["goal_id"] = goal_id
    return condition


def all_of(*conditions: Mapping[str, Any]) -> dict[str, Any]:
    """Conditions (or nested clauses) that must all hold."""
    return {"operator": "and", "conditions": list(conditions)}


def any_of(*conditions: Mapping[str, Any]) -> dict[str, Any]:
    """Conditions (or nested clauses) of which one must hold."""
    return {"operator": "or", "conditions": list(conditions)}


def as_clause(value: FilterLike, field: str) -> dict[str, Any]:
    """The top-level clause the API wants, from any accepted form."""
    if isinstance(value, Mapping):
        if "conditions" in value:
            return dict(value)
        return all_of(value)
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return all_of(*value)
    raise FilterError(
        f"a filter is a clause dict, a condition dict or a list of them, "
        f"not {type(value).__name__}",
        field=field,
    )


def check_filters(
    value: FilterLike, api: Api, want: Literal["dimension", "metric"], field: str
) -> dict[str, Any]:
    """The clause, checked: every column, operator and value fits the catalog."""
    clause = as_clause(value, field)
    _check_clause(clause, api, want, field)
    return clause


def _check_clause(clause: Mapping[str, Any], api: Api, want: str, field: str) -> None:
    if clause.get("operator") not in ("and", "or"):
        raise FilterError(
            f"a clause's operator is 'and' or 'or', not {clause.get('operator')!r}", field=field
        )
    conditions = clause.get("conditions")
    if not isinstance(conditions, Sequence) or isinstance(conditions, str) or not conditions:
        raise FilterError("a clause needs a non-empty list of conditions", field=field)
    for i, item in enumerate(conditions):
        where_ = f"{field}.conditions[{i}]"
        if not isinstance(item, Mapping):
            raise FilterError(f"a condition is a dict, not {type(item).__name__}", field=where_)
        if "conditions" in item:
            _check_clause(item, api, want, where_)
        else:
            _check_condition(item, api, want, where_)


def _check_condition(item: Mapping[str, Any], api: Api, want: str, field: str) -> None:
    if "column_id" not in item or not isinstance(item.get("condition"), Mapping):
        raise FilterError("a condition needs 'column_id' and a 'condition' dict", field=field)
    spec = Column(str(item["column_id"]), item.get("transformation_id"), item.get("goal_id"))
    column = resolve_column(spec, api, field)
    check_kind(column, "metric" if want == "metric" else "dimension", field)
    condition = item["condition"]
    operator = condition.get("operator")
    allowed = NUMERIC_OPERATORS if want == "metric" else OPERATORS.get(_kind(column))
    if allowed is not None and operator not in allowed:
        raise FilterError(
            f"operator {operator!r} does not fit {spec.column_id!r} (type {column.type}); "
            f"use one of {', '.join(sorted(allowed))}",
            field=field,
        )
    if operator not in _NO_VALUE:
        _check_value(column, condition.get("value"), want, field)


def _kind(column: ResolvedColumn) -> TypeKind:
    return type_kind(column.type)


def _check_value(column: ResolvedColumn, value: Any, want: str, field: str) -> None:
    kind = "number" if want == "metric" else _kind(column)
    expected: tuple[type, ...] | None = {
        "number": (int, float),
        "boolean": (int,),
        "string": (str,),
        "date": (str,),
    }.get(kind)
    if kind == "enum":  # the API matches enum filters by id, e.g. 1 for "Smartphone"
        expected = (int,) if column.type.startswith("[int") else (str,)
    if expected is None or (isinstance(value, expected) and not isinstance(value, bool)):
        return
    names = " or ".join(t.__name__ for t in expected)
    hint = " (enum filters take the id, not the label)" if kind == "enum" else ""
    raise FilterError(
        f"value {value!r} does not fit {column.column.column_id!r} (type {column.type}); "
        f"give a {names}{hint}",
        field=field,
    )
