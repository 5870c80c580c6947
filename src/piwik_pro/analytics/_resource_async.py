"""``client.analytics`` of :class:`~piwik_pro.AsyncPiwikPro`: the rows methods, awaited.

The same checks and paging as :mod:`._resource` (shared through :mod:`._paging`);
only the sending is awaited.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._exchange import closed_error, max_retries_for
from .._resources.analytics import AsyncAnalytics
from ._columns import ColumnLike
from ._filters import FilterLike
from ._paging import Paging, decoded, request_kwargs
from ._query import DEFAULT_PAGE_SIZE, DateLike, Query, Split
from ._resource import _OPERATIONS, Row, _query
from ._rows import EnumStyle, RowDecoder

if TYPE_CHECKING:
    from uuid import UUID

    import pandas

    from .._operation import Operation
    from .._types import RequestOptions

__all__ = ["AsyncAnalyticsData"]


class AsyncAnalyticsData(AsyncAnalytics):
    """``client.analytics`` of :class:`~piwik_pro.AsyncPiwikPro`: same methods, awaited."""

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
    ) -> AsyncIterator[Row]:
        """Every row of a query, one dict each: ``async for row in ...``."""
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
    ) -> AsyncIterator[Row]:
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
    ) -> AsyncIterator[Row]:
        """Every raw session, in constant memory."""
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
    ) -> AsyncIterator[Row]:
        """Every raw event, in constant memory."""
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
    ) -> AsyncIterator[Row]:
        """Every real-time raw event between two datetimes."""
        query = _query(
            "real_time_events", website_id, columns, date_from=date_from, date_to=date_to,
            filters=filters, page_size=page_size, max_rows=max_rows,
        )  # fmt: skip
        return self._stream(query, enums, request_options)

    async def to_dataframe(
        self,
        website_id: str | UUID,
        columns: Sequence[ColumnLike],
        *,
        source: Literal["query", "sessions", "events"] = "query",
        enums: EnumStyle = "split",
        **query: Any,
    ) -> pandas.DataFrame:
        """The rows as a DataFrame, dtypes from the catalog (needs the ``pandas`` extra)."""
        from ._frames import to_frame

        options = query.pop("request_options", None)
        built = _query(source, website_id, columns, **query)
        paging = Paging(built, RowDecoder(built.columns, enums))
        rows = [row async for row in self._run(paging, _OPERATIONS[built.api], options)]
        return to_frame(iter(rows), paging.decoder)

    def _stream(
        self, query: Query, enums: EnumStyle, options: RequestOptions | None
    ) -> AsyncIterator[Row]:
        paging = Paging(query, RowDecoder(query.columns, enums))
        return self._run(paging, _OPERATIONS[query.api], options)

    async def _run(
        self, paging: Paging, op: Operation, options: RequestOptions | None
    ) -> AsyncIterator[Row]:
        client = self._client
        retries = max_retries_for(options, client._policy)
        while (body := paging.next_body()) is not None:
            if client._http.is_closed:
                raise closed_error(client)
            kwargs = request_kwargs(op, body, client._prefix, options)
            for row in decoded(op, await client._send(op, kwargs, retries), paging):
                yield row
