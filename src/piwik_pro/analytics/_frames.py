"""Rows into a pandas DataFrame with dtypes from the catalog (the ``pandas`` extra).

=================  ==========================================================
catalog type       dtype
=================  ==========================================================
``int``            ``int64`` (``Int64`` when a value is missing)
``float``          ``float64``
``int(0,1)``       ``boolean``
``date``           ``datetime64``
enum, ``str``      ``string`` (enum ids of ``[int, str]`` columns: ``Int64``)
arrays, pairs      ``object``
=================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._model import type_kind
from ._rows import RowDecoder

if TYPE_CHECKING:
    import pandas

__all__ = ["dtype_for", "import_optional", "to_frame"]


def import_optional(module: str, extra: str) -> Any:
    """Import an optional dependency, or say which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is needed for this; install it with `pip install 'piwik-pro[{extra}]'`"
        ) from exc


def dtype_for(type_: str, values: list[Any], label: bool = False) -> str:
    """The pandas dtype for a column of catalog type ``type_`` holding ``values``."""
    kind = type_kind(type_)
    if label:
        return "string"
    if kind == "number":
        if type_ == "float":
            return "float64"
        return "Int64" if None in values else "int64"
    if kind == "boolean":
        return "boolean"
    if kind == "date":
        return "datetime64[ns]"
    if kind == "string":
        return "string"
    return "object"


def to_frame(rows: Iterator[dict[str, Any]], decoder: RowDecoder) -> pandas.DataFrame:
    """Every row of ``rows`` as one DataFrame; typed per the decoder's column types."""
    pd = import_optional("pandas", "pandas")
    columns: dict[str, list[Any]] = {}
    for row in rows:
        if not columns:
            columns = {key: [] for key in row}
        for key, value in row.items():
            columns[key].append(value)
    if decoder.keys is None:  # no page was fetched (max_rows=0)
        empty: pandas.DataFrame = pd.DataFrame({key: [] for key in decoder.requested_keys})
        return empty
    data = {}
    for key, type_ in decoder.types:
        for name, is_label in _names(key, type_, columns):
            values = columns.get(name, [])
            data[name] = _series(pd, values, _dtype(type_, values, is_label))
    frame: pandas.DataFrame = pd.DataFrame(data)
    return frame


def _names(key: str, type_: str, columns: Iterable[str]) -> list[tuple[str, bool]]:
    label = f"{key}__label"
    if type_kind(type_) == "enum" and label in columns:
        return [(key, False), (label, True)]
    return [(key, False)]


def _dtype(type_: str, values: list[Any], is_label: bool) -> str:
    if type_kind(type_) == "enum" and not is_label:
        if values and isinstance(next((v for v in values if v is not None), None), tuple):
            return "object"  # enums="pair"
        return "Int64" if type_.startswith("[int") else "string"
    return dtype_for(type_, values, is_label)


def _series(pd: Any, values: list[Any], dtype: str) -> Any:
    if dtype == "datetime64[ns]":
        return pd.to_datetime(pd.Series(values, dtype="object"))
    return pd.Series(values, dtype=dtype)
