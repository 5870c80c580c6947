"""Stream rows into CSV (standard library) or Parquet (the ``parquet`` extra), page by page.

Memory stays at one page whatever the row count. On a terminal (or with
``progress=True``) a line on stderr shows the rows written out of ``meta.count``.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ._frames import import_optional
from ._model import type_kind
from ._paging import Paging

__all__ = ["Progress", "export_pages"]

FORMATS = {".csv": "csv", ".parquet": "parquet"}


class Progress:
    """``export: 12,000 / 48,213 rows`` rewritten in place on a terminal."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def update(self, paging: Paging) -> None:
        if self._stream is None:
            return
        total = f" / {paging.expected:,}" if paging.expected is not None else ""
        self._stream.write(f"\rexport: {paging.rows_done:,}{total} rows")
        self._stream.flush()

    def close(self) -> None:
        if self._stream is not None:
            self._stream.write("\n")
            self._stream.flush()


def export_pages(
    path: Path, pages: Iterator[list[dict[str, Any]]], paging: Paging, progress: bool | None
) -> int:
    """Write every page to ``path`` (format from its suffix); return the rows written."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ValueError(f"{path}: export writes .csv or .parquet files, not {path.suffix!r}")
    show = sys.stderr.isatty() if progress is None else progress
    meter = Progress(sys.stderr if show else None)
    writer = _write_parquet if kind == "parquet" else _write_csv
    try:
        return writer(path, pages, paging, meter)
    finally:
        meter.close()


def _write_csv(
    path: Path, pages: Iterator[list[dict[str, Any]]], paging: Paging, meter: Progress
) -> int:
    written = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        header: list[str] | None = None
        for rows in pages:
            if header is None:
                header = paging.decoder.output_keys
                out.writerow(header)
            out.writerows([_csv_value(row[key]) for key in header] for row in rows)
            written += len(rows)
            meter.update(paging)
        if header is None:
            out.writerow(paging.decoder.requested_keys)
    return written


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "|".join(str(v) for v in value)
    return value


def _write_parquet(
    path: Path, pages: Iterator[list[dict[str, Any]]], paging: Paging, meter: Progress
) -> int:
    pa = import_optional("pyarrow", "parquet")
    pq = import_optional("pyarrow.parquet", "parquet")
    written = 0
    writer = None
    try:
        for rows in pages:
            if writer is None:
                schema = _schema(pa, paging, rows)
                writer = pq.ParquetWriter(str(path), schema)
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            written += len(rows)
            meter.update(paging)
        if writer is None:
            pq.write_table(pa.table({key: [] for key in paging.decoder.requested_keys}), str(path))
    finally:
        if writer is not None:
            writer.close()
    return written


def _schema(pa: Any, paging: Paging, rows: list[dict[str, Any]]) -> Any:
    fields = []
    present = set(rows[0]) if rows else set()
    for key, type_ in paging.decoder.types:
        kind = type_kind(type_)
        if kind == "enum" and f"{key}__label" in present:
            fields.append((key, pa.int64() if type_.startswith("[int") else pa.string()))
            fields.append((f"{key}__label", pa.string()))
        else:
            fields.append((key, _arrow_type(pa, type_, rows, key)))
    return pa.schema(fields)


def _arrow_type(pa: Any, type_: str, rows: list[dict[str, Any]], key: str) -> Any:
    kind = type_kind(type_)
    if kind == "number":
        return pa.float64() if type_ == "float" else pa.int64()
    if kind == "boolean":
        return pa.bool_()
    if kind == "date":
        sample = next((r[key] for r in rows if r[key] is not None), None)
        return pa.date32() if sample is not None and type(sample) is date else pa.timestamp("s")
    if kind == "string":
        return pa.string()
    if kind == "enum":  # enums="pair": the label is kept, as the readable half
        return pa.list_(pa.string())
    return pa.list_(pa.string()) if kind == "array" else pa.string()
