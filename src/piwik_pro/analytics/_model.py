"""The catalog's record types: one dimension, metric or transformation each.

The records themselves are generated (``_generated/catalog.py``) from the
documentation's column tables; these classes only give them a shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Dimension", "Metric", "Transformation", "TypeKind", "type_kind"]

#: How a column's documented type behaves in filters and rows.
TypeKind = Literal["string", "number", "boolean", "enum", "date", "array", "other"]

_KINDS: dict[str, TypeKind] = {
    "str": "string",
    "str_nocase": "string",
    "hex": "string",
    "ipv4": "string",
    "ipv6": "string",
    "int": "number",
    "float": "number",
    "int(0,1)": "boolean",
    "date": "date",
    "datetime": "date",
}


def type_kind(type_: str) -> TypeKind:
    """How a type behaves: ``"[int, str]"`` is an enum, ``"int"`` a number, ``"array"`` an array."""
    if type_.startswith("["):
        return "enum"
    if type_.startswith("array"):
        return "array"
    return _KINDS.get(type_, "other")


def _slot_pattern(column_id: str) -> re.Pattern[str] | None:
    """``event_custom_dimension_*`` stands for every slot number."""
    if "*" not in column_id:
        return None
    return re.compile(re.escape(column_id).replace(r"\*", r"[1-9][0-9]*"))


@dataclass(frozen=True, slots=True)
class Dimension:
    """A dimension: what the docs say about it, and which APIs accept it."""

    id: str
    name: str
    scopes: tuple[str, ...]
    real_time: bool
    query: bool
    raw_data: bool
    type: str
    database_type: str
    nullable: bool
    enum: str | None = None
    notes: str = ""
    pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", _slot_pattern(self.id))

    kind: Literal["dimension"] = field(default="dimension", init=False)

    @property
    def type_kind(self) -> TypeKind:
        return type_kind(self.type)


@dataclass(frozen=True, slots=True)
class Metric:
    """A metric (query API only; ``real_time`` also in the real-time query API)."""

    id: str
    name: str
    scopes: tuple[str, ...]
    real_time: bool
    type: str
    notes: str = ""
    kind: Literal["metric"] = field(default="metric", init=False)

    query: bool = field(default=True, init=False)
    raw_data: bool = field(default=False, init=False)
    nullable: bool = field(default=False, init=False)
    enum: None = field(default=None, init=False)

    @property
    def type_kind(self) -> TypeKind:
        return type_kind(self.type)


@dataclass(frozen=True, slots=True)
class Transformation:
    """A transformation: of which source types, into a dimension or a metric of which type.

    ``result_type`` None means the result has the type of the transformed column.
    """

    id: str
    name: str
    result: Literal["dimension", "metric"]
    source_types: tuple[str, ...]
    result_type: str | None

    def fits(self, column_type: str) -> bool:
        return column_type in self.source_types

    def output_type(self, column_type: str) -> str:
        return self.result_type if self.result_type is not None else column_type
