"""``client.analytics`` with rows: the generated area plus iter_rows, to_dataframe, export.

:class:`AnalyticsData` extends the generated ``Analytics`` resource class (and
:class:`~._resource_async.AsyncAnalyticsData` the async one); the clients hand them
out as ``client.analytics``. Every method checks its query against the catalog first
(raising a :class:`~piwik_pro.analytics.QueryValidationError` before any request),
then pages through the API, one request per ``page_size`` rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .._exchange import closed_error, max_retries_for
from .._resources.analytics import (
    _ANALYTICS_EVENTS,
    _ANALYTICS_QUERY,
    _ANALYTICS_REAL_TIME_EVENTS,
    _ANALYTICS_REAL_TIME_QUERY,
    _ANALYTICS_SESSIONS,
    Analytics,
)
from ._catalog import Api
from ._columns import ColumnLike
from ._filters import FilterLike
from ._paging import Paging, decoded, request_kwargs
from ._query import DEFAULT_PAGE_SIZE, DateLike, Query, Split, build_query
from ._rows import EnumStyle, RowDecoder

if TYPE_CHECKING:
    from uuid import UUID

    import pandas

    from .._operation import Operation
    from .._types import RequestOptions

__all__ = ["AnalyticsData"]

Row = dict[str, Any]
OnPage = Callable[[Paging], None]
_OPERATIONS: dict[Api, Operation] = {
    "query": _ANALYTICS_QUERY,
    "real_time_query": _ANALYTICS_REAL_TIME_QUERY,
    "sessions": _ANALYTICS_SESSIONS,
    "events": _ANALYTICS_EVENTS,
    "real_time_events": _ANALYTICS_REAL_TIME_EVENTS,
}


def _query(api: Api, website_id: str | UUID, columns: Sequence[ColumnLike], **kw: Any) -> Query:
    return build_query(api, str(website_id), columns, **kw)


class AnalyticsData(Analytics):
    """``client.analytics``: the generated operations plus rows, DataFrames and exports."""

    __slots__ = ()

    def iter_rows(
        self,
        website_id: str | UUID,
        columns: Sequence[ColumnLike],
        *,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        relative_date: str | None = None,
        filters: FilterLike | None = None,
        metric_filters: FilterLike | None = None,
        order_by: Sequence[Sequence[Any]] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_rows: int | None = None,
        split: Split | None = None,
        enums: EnumStyle = "pair",
        options: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Row]:
        """Every row of a query (``POST /api/analytics/v1/query/``), one dict each, lazily.

        ``split="day"``/``"week"`` sends one query per day or week of the range.
        """
        query = _query(
            "query", website_id, columns, date_from=date_from, date_to=date_to,
            relative_date=relative_date, filters=filters, metric_filters=metric_filters,
            order_by=order_by, page_size=page_size, max_rows=max_rows, split=split,
            options=options,
        )  # fmt: skip
        return self._stream(query, enums, request_options)

    def iter_real_time_rows(
        self,
        website_id: str | UUID,
        columns: Sequence[ColumnLike],
        *,
        lookback_window: int,
        filters: FilterLike | None = None,
        metric_filters: FilterLike | None = None,
        order_by: Sequence[Sequence[Any]] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_rows: int | None = None,
        enums: EnumStyle = "pair",
        request_options: RequestOptions | None = None,
    ) -> Iterator[Row]:
        """Every row of a real-time query over the last ``lookback_window`` minutes."""
        query = _query(
            "real_time_query", website_id, columns, lookback_window=lookback_window,
            filters=filters, metric_filters=metric_filters, order_by=order_by,
            page_size=page_size, max_rows=max_rows,
        )  # fmt: skip
        return self._stream(query, enums, request_options)

    def iter_sessions(
        self,
        website_id: str | UUID,
        columns: Sequence[ColumnLike] = (),
        *,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        relative_date: str | None = None,
        filters: FilterLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_rows: int | None = None,
        split: Split | None = None,
        enums: EnumStyle = "pair",
        request_options: RequestOptions | None = None,
    ) -> Iterator[Row]:
        """Every raw session (``POST /api/analytics/v1/sessions/``), in constant memory.

        Rows also hold the default columns (``session_id``, ``visitor_id``, ``timestamp``).
        """
        query = _query(
            "sessions", website_id, columns, date_from=date_from, date_to=date_to,
            relative_date=relative_date, filters=filters, page_size=page_size,
            max_rows=max_rows, split=split,
        )  # fmt: skip
        return self._stream(query, enums, request_options)

    def iter_events(
        self,
        website_id: str | UUID,
        columns: Sequence[ColumnLike] = (),
        *,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        relative_date: str | None = None,
        filters: FilterLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_rows: int | None = None,
        split: Split | None = None,
        enums: EnumStyle = "pair",
        request_options: RequestOptions | None = None,
    ) -> Iterator[Row]:
        """Every raw event (``POST /api/analytics/v1/events/``), in constant memory."""
        query = _query(
            "events", website_id, columns, date_from=date_from, date_to=date_to,
            relative_date=relative_date, filters=filters, page_size=page_size,
            max_rows=max_rows, split=split,
        )  # fmt: skip
        return self._stream(query, enums, request_options)

    def iter_real_time_events(
        self,
        website_id: str | UUID,
        columns: Sequence[ColumnLike] = (),
        *,
        date_from: DateLike,
        date_to: DateLike,
        filters: FilterLike | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_rows: int | None = None,
        enums: EnumStyle = "pair",
        request_options: RequestOptions | None = None,
    ) -> Iterator[Row]:
        """Every real-time raw event between two datetimes."""
        query = _query(
            "real_time_events", website_id, columns, date_from=date_from, date_to=date_to,
            filters=filters, page_size=page_size, max_rows=max_rows,
        )  # fmt: skip
        return self._stream(query, enums, request_options)

    def to_dataframe(
        self,
        website_id: str | UUID,
        columns: Sequence[ColumnLike],
        *,
        source: Literal["query", "sessions", "events"] = "query",
        enums: EnumStyle = "split",
        **query: Any,
    ) -> pandas.DataFrame:
        """The rows of ``iter_rows`` (or ``iter_sessions``/``iter_events``) as a DataFrame.

        Same arguments; columns get dtypes from the catalog (needs the ``pandas`` extra).
        """
        from ._frames import to_frame

        paging = self._paging(source, website_id, columns, enums, query)
        return to_frame(self._run(*paging), paging[0].decoder)

    def export(
        self,
        path: str | Path,
        website_id: str | UUID,
        columns: Sequence[ColumnLike],
        *,
        source: Literal["query", "sessions", "events"] = "query",
        progress: bool | None = None,
        **query: Any,
    ) -> int:
        """Stream the rows into a ``.csv`` or ``.parquet`` file; return the row count.

        Parquet needs the ``parquet`` extra (pyarrow). ``progress`` (default: when
        stderr is a terminal) shows rows done out of ``meta.count``.
        """
        from ._export import export_pages

        paging = self._paging(source, website_id, columns, query.pop("enums", "split"), query)
        return export_pages(Path(path), self._run_pages(*paging), paging[0], progress)

    # --------------------------------------------------------------- internals

    def _paging(
        self,
        source: str,
        website_id: str | UUID,
        columns: Sequence[ColumnLike],
        enums: EnumStyle,
        query: dict[str, Any],
    ) -> tuple[Paging, Operation, RequestOptions | None]:
        if source not in ("query", "sessions", "events"):
            raise ValueError(f"source is 'query', 'sessions' or 'events', not {source!r}")
        options = query.pop("request_options", None)
        built = _query(source, website_id, columns, **query)  # type: ignore[arg-type]
        paging = Paging(built, RowDecoder(built.columns, enums))
        return paging, _OPERATIONS[built.api], options

    def _stream(
        self, query: Query, enums: EnumStyle, options: RequestOptions | None
    ) -> Iterator[Row]:
        paging = Paging(query, RowDecoder(query.columns, enums))
        return self._run(paging, _OPERATIONS[query.api], options)

    def _run(self, paging: Paging, op: Operation, options: RequestOptions | None) -> Iterator[Row]:
        return chain.from_iterable(self._run_pages(paging, op, options))  # no frame per row

    def _run_pages(
        self, paging: Paging, op: Operation, options: RequestOptions | None
    ) -> Iterator[list[Row]]:
        client = self._client
        retries = max_retries_for(options, client._policy)
        while (body := paging.next_body()) is not None:
            if client._http.is_closed:
                raise closed_error(client)
            kwargs = request_kwargs(op, body, client._prefix, options)
            yield decoded(op, client._send(op, kwargs, retries), paging)
