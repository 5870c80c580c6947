"""Rows of a page: arrays of values in, one dict per row out, values typed by the catalog.

The API answers ``{"data": [[...], ...], "meta": {"count": N, "columns": [...]}}``: each
row an array in column order. The query APIs give the requested columns in the order
asked; the raw data APIs put their default columns (timestamp and ids) first and say
so in ``meta.columns``. :class:`RowDecoder` maps positions to row keys and converts:

- ``int``/``float`` columns: numbers (ids sent as strings become ints);
- ``date``: ``date`` for ``"2024-01-31"``, ``datetime`` for a value with a time;
- ``int(0,1)``: ``bool``; enums (``[id, label]``): a ``(id, label)`` tuple, or with
  ``enums="split"`` the id under the column's key and the label under ``<key>__label``;
- everything else (strings, hex ids, arrays): as sent. ``null`` stays ``None``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Literal

from ._catalog import find_column
from ._columns import ResolvedColumn
from ._model import type_kind

__all__ = ["EnumStyle", "PageError", "RowDecoder", "converter_for"]

EnumStyle = Literal["pair", "split"]
Converter = Callable[[Any], Any]


class PageError(ValueError):
    """A page that does not have the documented shape; the message says what is off."""


def _to_int(value: Any) -> Any:
    return int(value) if value.__class__ is str else value


def _to_float(value: Any) -> Any:
    return float(value) if value.__class__ is str else value


def _to_date(value: Any) -> Any:
    if value.__class__ is not str:
        return value
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def _to_bool(value: Any) -> Any:
    return bool(value) if value.__class__ is int else value


def _to_pair(value: Any) -> Any:
    return tuple(value) if value.__class__ is list else value


_CONVERTERS: dict[str, Converter] = {
    "number_int": _to_int,
    "number_float": _to_float,
    "date": _to_date,
    "boolean": _to_bool,
}


def converter_for(type_: str) -> Converter | None:
    """How to convert a value of catalog type ``type_`` (None: keep it as sent)."""
    kind = type_kind(type_)
    if kind == "number":
        return _CONVERTERS["number_float" if type_ == "float" else "number_int"]
    if kind == "enum":
        return _to_pair
    return _CONVERTERS.get(kind)


class RowDecoder:
    """Turns the array rows of pages into dicts; built once per query, fixed on page one."""

    def __init__(self, columns: Sequence[ResolvedColumn], enums: EnumStyle = "pair") -> None:
        if enums not in ("pair", "split"):
            raise ValueError(f"enums is 'pair' or 'split', not {enums!r}")
        self._columns = list(columns)
        self._enums = enums
        self.keys: list[str] | None = None
        self._types: list[str] = []
        self._plan: list[tuple[int, str, Converter]] = []
        self._splits: list[tuple[str, str]] = []
        self.output_keys: list[str] = []  # the keys of the dicts, labels after their ids

    def setup(self, meta_columns: Sequence[str] | None, width: int | None) -> None:
        """Fix the row layout from the first page's ``meta.columns`` (or the request)."""
        pairs = _layout(self._columns, meta_columns)
        if width is not None and width != len(pairs):
            raise PageError(f"rows have {width} values, the query has {len(pairs)} columns")
        self.keys = [key for key, _ in pairs]
        self._types = [type_ for _, type_ in pairs]
        plan = []
        for i, (key, type_) in enumerate(pairs):
            convert = converter_for(type_)
            if self._enums == "split" and type_kind(type_) == "enum":
                self._splits.append((key, f"{key}__label"))
            elif convert is not None:
                plan.append((i, key, convert))
        self._plan = plan
        labels = dict(self._splits)
        self.output_keys = [k for key in self.keys for k in (key, labels.get(key)) if k]

    @property
    def requested_keys(self) -> list[str]:
        """The row keys of the requested columns (before any page is seen)."""
        return [c.key for c in self._columns]

    @property
    def types(self) -> list[tuple[str, str]]:
        """(row key, catalog type) of every column, in row order (after :meth:`setup`)."""
        assert self.keys is not None
        return list(zip(self.keys, self._types, strict=True))

    def decode(self, rows: list[Any]) -> list[dict[str, Any]]:
        """The dicts of one page's rows."""
        keys, plan, splits = self.keys, self._plan, self._splits
        assert keys is not None
        width = len(keys)
        out = []
        for row in rows:
            if row.__class__ is not list or len(row) != width:
                raise PageError(f"a row is not an array of {width} values: {row!r:.200}")
            item = dict(zip(keys, row, strict=True))
            for i, key, convert in plan:
                value = row[i]
                if value is not None:
                    item[key] = convert(value)
            if splits:
                for key, label in splits:
                    value = item[key]
                    item[key], item[label] = (value[0], value[1]) if value else (None, None)
                item = {key: item[key] for key in self.output_keys}
            out.append(item)
        return out


def _layout(
    columns: Sequence[ResolvedColumn], meta_columns: Sequence[str] | None
) -> list[tuple[str, str]]:
    """(key, type) per row position: as ``meta.columns`` names them, else as requested."""
    requested = [(c.key, c.type) for c in columns]
    if meta_columns is None:
        return requested
    matched = _by_id(columns, meta_columns)
    if matched is not None:
        return matched
    if len(meta_columns) == len(requested):  # labels that are not ids (column_format="name")
        return requested
    raise PageError(f"meta.columns {list(meta_columns)} do not hold the requested columns")


def _by_id(
    columns: Sequence[ResolvedColumn], meta_columns: Sequence[str]
) -> list[tuple[str, str]] | None:
    """Positions matched by column id; extra ids are the raw data APIs' default columns."""
    unused = list(columns)
    pairs = []
    for column_id in meta_columns:
        match = next((c for c in unused if c.column.column_id == column_id), None)
        if match is not None:
            unused.remove(match)
            pairs.append((match.key, match.type))
            continue
        entry = find_column(column_id)
        if entry is None:
            return None
        pairs.append((column_id, entry.type))
    return None if unused else pairs
