"""One compiled function per row layout: an array row in, its typed dict out.

Building a row's dict with one dict display (``{"day": c0(r[0]), "sessions": r[1]}``)
in a function made for the layout is about twice as fast as ``dict(zip(keys, row))``
plus per-column conversions, and analytics results run to millions of rows. The
source is built only from ``repr()`` of the row keys and position numbers; the
converters are passed in by name, never as text.

Converters are picked from a sample row (the first of a page): an int column whose
values come as JSON numbers needs none, one whose values come as strings (the uint64
ids of the raw data APIs) gets ``int``; a date column gets ``date.fromisoformat`` or
``datetime.fromisoformat`` by the sample's length. Should a later value not fit (a
date among datetimes), the page is decoded again with the converters that look at
every value (:data:`ROBUST`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

__all__ = ["ROBUST", "RowFunction", "choose", "compile_row"]

Converter = Callable[[Any], Any]
RowFunction = Callable[[list[Any]], dict[str, Any]]


def _to_int(value: Any) -> Any:
    return int(value) if value.__class__ is str else value


def _to_float(value: Any) -> Any:
    return float(value) if value.__class__ is str else value


def _to_date(value: Any) -> Any:
    if value.__class__ is not str:
        return value
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


#: kind -> the converter that handles every form a value of that kind may come in
ROBUST: dict[str, Converter] = {
    "int": _to_int,
    "float": _to_float,
    "date": _to_date,
    "boolean": bool,
    "enum": tuple,
}


def choose(kind: str | None, sample: Any) -> str | None:
    """The name of the converter for a column of ``kind`` whose first value is ``sample``."""
    if kind is None or kind == "split":
        return kind
    if sample is None:
        return f"robust_{kind}"
    if kind in ("int", "float"):
        return kind if sample.__class__ is str else None
    if kind == "date":
        if sample.__class__ is not str:
            return None
        return "date" if len(sample) == 10 else "datetime"
    return kind  # boolean, enum


_FAST: dict[str, Converter] = {
    "int": int,
    "float": float,
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    "boolean": bool,
    "enum": tuple,
    **{f"robust_{kind}": convert for kind, convert in ROBUST.items()},
}


@cache
def compile_row(keys: tuple[str, ...], converters: tuple[str | None, ...]) -> RowFunction:
    """The function turning a row (list) into its dict, for one layout and converter set.

    ``converters[i]`` names the converter of position ``i`` (None: keep the value;
    ``"split"``: an enum pair becomes ``key`` -> id and ``key__label`` -> label).
    """
    parts = []
    for i, (key, name) in enumerate(zip(keys, converters, strict=True)):
        if name is None:
            parts.append(f"{key!r}: r[{i}]")
        elif name == "split":
            parts.append(f"{key!r}: None if (v{i} := r[{i}]) is None else v{i}[0]")
            parts.append(f"{key + '__label'!r}: None if v{i} is None else v{i}[1]")
        else:
            parts.append(f"{key!r}: None if (v{i} := r[{i}]) is None else c_{name}(v{i})")
    namespace = {f"c_{name}": convert for name, convert in _FAST.items()}
    function: RowFunction = eval(f"lambda r: {{{', '.join(parts)}}}", namespace)
    return function


def robust(kinds: Sequence[str | None]) -> tuple[str | None, ...]:
    """Converter names that accept every form of value, for a page that broke the fast ones."""
    return tuple(k if k in (None, "split") else f"robust_{k}" for k in kinds)
