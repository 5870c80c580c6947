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
from itertools import repeat
from operator import itemgetter
from datetime import date, datetime
from typing import Any, Literal

from ._catalog import find_column
from ._columns import ResolvedColumn
from ._model import type_kind

__all__ = ["EnumStyle", "PageError", "RowDecoder", "convert_column"]

EnumStyle = Literal["pair", "split"]
Converter = Callable[[Any], Any]


class PageError(ValueError):
    """A page that does not have the documented shape; the message says what is off."""


def _to_date(value: Any) -> Any:
    if value.__class__ is not str:
        return value
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def _number(cast: Converter) -> Callable[[Any], Converter | None]:
    """Numbers arrive as JSON numbers, except uint64 ids, which come as strings."""
    return lambda sample: cast if sample.__class__ is str else None


def _date(sample: Any) -> Converter | None:
    if sample.__class__ is not str:
        return None
    return date.fromisoformat if len(sample) == 10 else datetime.fromisoformat


#: kind -> (the fast whole-column conversion, chosen from a sample value; per value, slow)
_CHOOSERS: dict[str, Callable[[Any], Converter | None]] = {
    "int": _number(int),
    "float": _number(float),
    "date": _date,
    "boolean": lambda sample: bool,
    "enum": lambda sample: tuple,
}
_SLOW: dict[str, Converter] = {"date": _to_date}


def _kind(type_: str) -> str | None:
    kind = type_kind(type_)
    if kind == "number":
        return "float" if type_ == "float" else "int"
    return kind if kind in _CHOOSERS else None


def convert_column(kind: str, values: Sequence[Any]) -> Sequence[Any]:
    """Every value of one column converted (``None`` kept), in one C-level pass if it can."""
    sample = next((v for v in values if v is not None), None)
    if sample is None:
        return values
    fast = _CHOOSERS[kind](sample)
    if fast is None:
        return values
    if None not in values:
        try:
            return list(map(fast, values))
        except (ValueError, TypeError):
            pass  # mixed forms (dates and datetimes): value by value below
    slow = _SLOW.get(kind, fast)
    return [None if v is None else slow(v) for v in values]


class RowDecoder:
    """Turns the array rows of pages into dicts; built once per query, fixed on page one."""

    def __init__(self, columns: Sequence[ResolvedColumn], enums: EnumStyle = "pair") -> None:
        if enums not in ("pair", "split"):
            raise ValueError(f"enums is 'pair' or 'split', not {enums!r}")
        self._columns = list(columns)
        self._enums = enums
        self.keys: list[str] | None = None
        self._types: list[str] = []
        self._kinds: list[str | None] = []
        self._split: list[bool] = []
        self.output_keys: list[str] = []  # the keys of the dicts, labels after their ids

    def setup(self, meta_columns: Sequence[str] | None, width: int | None) -> None:
        """Fix the row layout from the first page's ``meta.columns`` (or the request)."""
        pairs = _layout(self._columns, meta_columns)
        if width is not None and width != len(pairs):
            raise PageError(f"rows have {width} values, the query has {len(pairs)} columns")
        self.keys = [key for key, _ in pairs]
        self._types = [type_ for _, type_ in pairs]
        self._kinds = [_kind(type_) for type_ in self._types]
        split = self._enums == "split"
        self._split = [split and kind == "enum" for kind in self._kinds]
        self.output_keys = [
            k
            for key, is_split in zip(self.keys, self._split, strict=True)
            for k in ((key, f"{key}__label") if is_split else (key,))
        ]

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
        """The dicts of one page's rows, built column by column in C-level passes."""
        keys = self.keys
        assert keys is not None
        if not rows:
            return []
        width = len(keys)
        if set(map(type, rows)) != {list} or set(map(len, rows)) != {width}:
            bad = next(r for r in rows if r.__class__ is not list or len(r) != width)
            raise PageError(f"a row is not an array of {width} values: {bad!r:.200}")
        if not any(self._kinds):
            return list(map(dict, map(zip, repeat(keys), rows)))
        columns: list[Sequence[Any]] = []
        for values, kind, is_split in zip(zip(*rows), self._kinds, self._split, strict=True):
            if is_split:
                columns.extend(_split(values))
            else:
                columns.append(convert_column(kind, values) if kind else values)
        return list(map(dict, map(zip, repeat(self.output_keys), zip(*columns))))


def _split(values: Sequence[Any]) -> tuple[Sequence[Any], Sequence[Any]]:
    """An enum column as its ids and its labels (both None where the value is null)."""
    if None not in values:
        return list(map(itemgetter(0), values)), list(map(itemgetter(1), values))
    ids = [None if v is None else v[0] for v in values]
    return ids, [None if v is None else v[1] for v in values]


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
