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

from collections.abc import Sequence
from typing import Any, Literal

from ._catalog import find_column
from ._columns import ResolvedColumn
from ._model import type_kind
from ._rowfunc import choose, compile_row, robust

__all__ = ["EnumStyle", "PageError", "RowDecoder"]

EnumStyle = Literal["pair", "split"]


class PageError(ValueError):
    """A page that does not have the documented shape; the message says what is off."""


_KINDS = ("int", "float", "date", "boolean", "enum")


def _kind(type_: str) -> str | None:
    """The converter family of a catalog type (None: values are kept as sent)."""
    kind = type_kind(type_)
    if kind == "number":
        return "float" if type_ == "float" else "int"
    return kind if kind in _KINDS else None


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
        self.output_keys: list[str] = []  # the keys of the dicts, labels after their ids

    def setup(self, meta_columns: Sequence[str] | None, width: int | None) -> None:
        """Fix the row layout from the first page's ``meta.columns`` (or the request)."""
        pairs = _layout(self._columns, meta_columns)
        if width is not None and width != len(pairs):
            raise PageError(f"rows have {width} values, the query has {len(pairs)} columns")
        self.keys = [key for key, _ in pairs]
        self._types = [type_ for _, type_ in pairs]
        split = self._enums == "split"
        self._kinds = [
            "split" if split and kind == "enum" else kind
            for kind in (_kind(type_) for type_ in self._types)
        ]
        self.output_keys = [
            k
            for key, kind in zip(self.keys, self._kinds, strict=True)
            for k in ((key, f"{key}__label") if kind == "split" else (key,))
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
        """The dicts of one page's rows (see :mod:`._rowfunc` for how they are built)."""
        keys = self.keys
        assert keys is not None
        if not rows:
            return []
        width = len(keys)
        if set(map(type, rows)) != {list} or set(map(len, rows)) != {width}:
            bad = next(r for r in rows if r.__class__ is not list or len(r) != width)
            raise PageError(f"a row is not an array of {width} values: {bad!r:.200}")
        first = rows[0]
        chosen = tuple(choose(kind, first[i]) for i, kind in enumerate(self._kinds))
        try:
            return list(map(compile_row(tuple(keys), chosen), rows))
        except (ValueError, TypeError):  # a value in another form than the first row's
            return list(map(compile_row(tuple(keys), robust(self._kinds)), rows))


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
