"""The clients: :class:`PiwikPro` (sync) and :class:`AsyncPiwikPro` (async).

Both share one keep-alive httpx client per instance, authenticate with
:class:`ClientCredentialsAuth`, retry per :mod:`piwik_pro._retry` and turn
every outcome into a parsed model or a :class:`PiwikProError`.  Everything the
two have in common lives in :mod:`._base` (setup, the I/O-free retry loop
``_retry_loop``, the page cursor) or is a pure helper (:mod:`._exchange`, :mod:`._body`,
:mod:`._pagination`); the classes only do the I/O, in ``async``/``await`` twins.

The generated resource classes call ``_call`` (one request),
``_iter_pages`` and ``_iter_items`` (lazy pagination).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from functools import cached_property, partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self

import httpx

from ._base import _BaseClient
from ._body import aread_body_within, read_body_within
from ._errors import PiwikProError
from ._exchange import HTTPX_ERRORS, max_retries_for, outcome, prepare_request
from ._loop import Attempt, adrive, drive
from ._pagination import aiter_pages, iter_pages, page_items, pagination_of
from ._resources import AsyncAreas, SyncAreas
from ._types import RequestOptions

if TYPE_CHECKING:
    import asyncio
    import weakref

    from ._operation import Operation, ResultT
    from .analytics._resource import AnalyticsData
    from .analytics._resource_async import AsyncAnalyticsData

__all__ = ["AsyncPiwikPro", "PiwikPro"]


class PiwikPro(_BaseClient[httpx.Client], SyncAreas):
    """The synchronous Piwik PRO client.

    No I/O happens here: the first request fetches the access token.  Pass
    ``http_client`` to reuse your own :class:`httpx.Client` (auth is still
    applied per request; you keep ownership and close it yourself).
    """

    _is_async: ClassVar[bool] = False

    def _open(
        self, http_client: httpx.Client | None, timeout: float | httpx.Timeout
    ) -> httpx.Client:
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        return http_client

    @cached_property
    def analytics(self) -> AnalyticsData:
        """``client.analytics``: the generated operations plus rows, DataFrames, exports."""
        from .analytics._resource import AnalyticsData

        return AnalyticsData(self)

    def authenticate(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_open()
        return self._auth.sync_token(self._probe()).expires_in

    def _send_token(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise self._token_transport_error(exc, request) from exc

    def close(self) -> None:
        """Close the httpx client (unless it was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _call(
        self,
        op: Operation[ResultT],
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResultT:
        """One call of ``op`` with the generated function's ``params``: its parsed model.

        ``attributes`` build a JSON:API body's envelope; ``request_options`` override the
        timeout, retries and headers. An error status raises; under ``with_raw_response``
        an :class:`APIResponse` comes back instead of the model.
        """
        self._check_open()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return outcome(op, module, response, self._auth.secrets())

    def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        """Send one call, retrying as the shared loop (:meth:`_retry_loop`) decides."""
        return drive(self._retry_loop(op, kwargs, retries), partial(self._attempt, op), self._sleep)

    def _attempt(self, op: Operation, step: Attempt) -> httpx.Response:
        response = self._http.send(
            self._http.build_request(**step.settings), auth=self._auth_for(op), stream=True
        )
        return read_body_within(response, step.limits)

    def _iter_pages(
        self,
        op: Operation[ResultT],
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ResultT]:
        """The pages of ``op``, lazily, from the caller's offset; ``page_size`` items each."""
        fetch = partial(self._call, op, request_options=request_options)
        return iter_pages(fetch, self._cursor(op, params, page_size))

    def _iter_items(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        """The items of every page of ``op``, lazily (see :meth:`_iter_pages`)."""
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))


class AsyncPiwikPro(_BaseClient[httpx.AsyncClient], AsyncAreas):
    """The asynchronous Piwik PRO client; same surface as :class:`PiwikPro`.

    No I/O happens here.  ``http_client`` takes an :class:`httpx.AsyncClient`.  A client
    belongs to the event loop it is first used in (its connections do).
    """

    _is_async: ClassVar[bool] = True

    def _open(
        self, http_client: httpx.AsyncClient | None, timeout: float | httpx.Timeout
    ) -> httpx.AsyncClient:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        return http_client

    @cached_property
    def analytics(self) -> AsyncAnalyticsData:
        """``client.analytics``: the generated operations plus rows and DataFrames."""
        from .analytics._resource_async import AsyncAnalyticsData

        return AsyncAnalyticsData(self)

    def _check_usable(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        self._check_open()
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    async def authenticate(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_usable()
        return (await self._auth.async_token(self._probe())).expires_in

    async def _send_token(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise self._token_transport_error(exc, request) from exc

    async def aclose(self) -> None:
        """Close the httpx client (unless it was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _call(
        self,
        op: Operation[ResultT],
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ResultT:
        """One call of ``op`` with the generated function's ``params``: its parsed model.

        As :meth:`PiwikPro._call`, awaited; the client must be used in one event loop.
        """
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return outcome(op, module, response, self._auth.secrets())

    async def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        """Send one call, retrying as the shared loop (:meth:`_retry_loop`) decides."""
        flow = self._retry_loop(op, kwargs, retries)
        return await adrive(flow, partial(self._attempt, op), self._sleep)

    async def _attempt(self, op: Operation, step: Attempt) -> httpx.Response:
        response = await self._http.send(
            self._http.build_request(**step.settings), auth=self._auth_for(op), stream=True
        )
        return await aread_body_within(response, step.limits)

    def _iter_pages(
        self,
        op: Operation[ResultT],
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ResultT]:
        """The pages of ``op``, lazily, from the caller's offset; ``page_size`` items each."""
        fetch = partial(self._call, op, request_options=request_options)
        return aiter_pages(fetch, self._cursor(op, params, page_size))

    def _iter_items(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        """The items of every page of ``op``, lazily (see :meth:`_iter_pages`)."""
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))
