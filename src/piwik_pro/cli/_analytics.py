"""``piwik-pro analytics export``: query rows streamed into a CSV or Parquet file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .._errors import PiwikProError
from ._params import read_json
from ._run import APIFailure, emit
from ._settings import Settings

__all__ = ["export"]

_FORMATS = {"csv": ".csv", "parquet": ".parquet"}


def _column(text: str) -> dict[str, Any]:
    """``ID`` or ``ID:TRANSFORMATION`` as the API's column dict."""
    column_id, _, transformation = text.partition(":")
    if not column_id:
        raise click.BadParameter(f"{text!r} is not ID or ID:TRANSFORMATION", param_hint="--column")
    column: dict[str, Any] = {"column_id": column_id}
    if transformation:
        column["transformation_id"] = transformation
    return column


def _out_path(out: str, kind: str | None) -> tuple[Path, str]:
    path = Path(out)
    by_suffix = {suffix: name for name, suffix in _FORMATS.items()}.get(path.suffix.lower())
    if kind is None:
        if by_suffix is None:
            raise click.BadParameter(
                "name a .csv or .parquet file, or pass --format", param_hint="--out"
            )
        return path, by_suffix
    if by_suffix not in (None, kind):
        raise click.BadParameter(f"{out!r} is not a .{kind} file", param_hint="--out")
    return (path if by_suffix else path.with_name(path.name + _FORMATS[kind])), kind


@click.command("export")
@click.argument("website_id")
@click.option(
    "--column",
    "columns",
    multiple=True,
    required=True,
    metavar="ID[:TRANSFORMATION]",
    help="A dimension or metric of the catalog, e.g. device_type or timestamp:to_date "
    "(repeatable, in order).",
)
@click.option("--date-from", metavar="YYYY-MM-DD", help="First day (with --date-to).")
@click.option("--date-to", metavar="YYYY-MM-DD", help="Last day (with --date-from).")
@click.option("--relative-date", metavar="NAME", help="Instead of the dates: e.g. last_7_days.")
@click.option("--filters", metavar="JSON|@FILE", help="Dimension filters, as the API takes them.")
@click.option("--metric-filters", metavar="JSON|@FILE", help="Metric filters, likewise.")
@click.option(
    "--source",
    type=click.Choice(["query", "sessions", "events"]),
    default="query",
    show_default=True,
    help="Aggregated query rows, or raw sessions or events.",
)
@click.option("--page-size", type=click.IntRange(min=1), help="Rows per request.")
@click.option("--max-rows", type=click.IntRange(min=1), help="Stop after this many rows.")
@click.option("--format", "kind", type=click.Choice(sorted(_FORMATS)), help="Default: from --out.")
@click.option("--out", required=True, metavar="FILE", help="The .csv or .parquet file to write.")
@click.option(
    "--progress/--no-progress", default=None,
    help="Show rows done out of the total on stderr (default: when stderr is a terminal).",
)  # fmt: skip
@click.pass_obj
def export(settings: Settings, /, website_id: str, columns: tuple[str, ...], **given: Any) -> None:
    """Stream the rows of an analytics query into a CSV or Parquet file.

    The query is checked against the column catalog before anything is sent. Parquet
    needs the parquet extra (pyarrow). Prints {"rows": N, "out": FILE} when done.
    """
    path, kind = _out_path(given.pop("out"), given.pop("kind"))
    query = {key: value for key, value in given.items() if value is not None}
    for key in ("filters", "metric_filters"):
        if key in query:
            query[key] = read_json(query[key], f"--{key.replace('_', '-')}")
    progress = query.pop("progress", None)
    client = settings.client()
    try:
        rows = client.analytics.export(
            path, website_id, [_column(c) for c in columns], progress=progress, **query
        )
    except ImportError as exc:
        raise click.UsageError(
            f"writing {kind} needs the 'parquet' extra: pip install 'piwik-pro[parquet]' ({exc})"
        ) from exc
    except ValueError as exc:  # QueryValidationError is also a ValueError: bad input
        raise click.UsageError(str(exc)) from exc
    except PiwikProError as exc:
        raise APIFailure(exc) from exc
    emit({"rows": rows, "out": str(path)})
