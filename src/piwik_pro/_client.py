"""The clients: :class:`PiwikPro` (sync) and :class:`AsyncPiwikPro` (async).

Both share one keep-alive httpx client per instance, authenticate with
:class:`ClientCredentialsAuth`, retry per :mod:`piwik_pro._retry` and turn
every outcome into a parsed model or a :class:`PiwikProError`.  Everything the
two have in common lives in :mod:`._base` or is a pure helper (:mod:`._exchange`,
:mod:`._body`, :mod:`._pagination`); the classes only do the I/O.

The generated resource classes call ``_call`` (one request),
``_iter_pages`` and ``_iter_items`` (lazy pagination).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._base import _BaseClient, _Limits, token_transport_error
from ._body import BodyLimits, aread_body_within, read_body_within
from ._config import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    credentials_from_env,
)
from ._errors import PiwikProError
from ._exchange import (
    HTTPX_ERRORS,
    attempt_kwargs,
    budget,
    closed_error,
    delay_after_error,
    delay_after_exception,
    delay_after_response,
    max_retries_for,
    outcome,
    prepare_request,
    transport_error,
)
from ._pagination import first_window, page_items, page_params, pagination_of
from ._resources import AsyncAreas, SyncAreas
from ._retry import RetryPolicy
from ._types import RequestOptions

if TYPE_CHECKING:
    import asyncio
    import weakref

    from piwik_pro_api.client import AuthenticatedClient

    from ._operation import Operation, ResultT
    from .analytics._resource import AnalyticsData
    from .analytics._resource_async import AsyncAnalyticsData

__all__ = ["AsyncPiwikPro", "PiwikPro"]


class PiwikPro(_BaseClient, SyncAreas):
    """The synchronous Piwik PRO client.

    No I/O happens here: the first request fetches the access token.  Pass
    ``http_client`` to reuse your own :class:`httpx.Client` (auth is still
    applied per request; you keep ownership and close it yourself).
    """

    def __init__(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    @cached_property
    def analytics(self) -> AnalyticsData:
        """``client.analytics``: the generated operations plus rows, DataFrames, exports."""
        from .analytics._resource import AnalyticsData

        return AnalyticsData(self)

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, **kwargs)

    @property
    def low_level(self) -> AuthenticatedClient:
        """The generated layer's client, sharing this client's httpx client.

        Pass it as ``client=`` to any ``piwik_pro_api.api...`` function.  The httpx
        client the facade builds carries the auth; one you passed in is used as
        you configured it.  Closing this object closes the shared connection.
        """
        if self._low_level is None:
            self._low_level = self._new_low_level().set_httpx_client(self._http)
        return self._low_level

    def authenticate(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(self)
        probe = self._http.build_request(**self._probe(self._http.timeout))
        return self._auth.sync_token(probe).expires_in

    def _send_token(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise token_transport_error(exc, request) from exc

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
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return outcome(op, module, response, self._auth.secrets())

    def _attempt(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def _iter_pages(
        self,
        op: Operation[ResultT],
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ResultT]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def _pages(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def _iter_items(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))


class AsyncPiwikPro(_BaseClient, AsyncAreas):
    """The asynchronous Piwik PRO client; same surface as :class:`PiwikPro`.

    No I/O happens here.  ``http_client`` takes an :class:`httpx.AsyncClient`.  A client
    belongs to the event loop it is first used in (its connections do).
    """

    def __init__(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @cached_property
    def analytics(self) -> AsyncAnalyticsData:
        """``client.analytics``: the generated operations plus rows and DataFrames."""
        from .analytics._resource_async import AsyncAnalyticsData

        return AsyncAnalyticsData(self)

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, **kwargs)

    @property
    def low_level(self) -> AuthenticatedClient:
        """The generated layer's client, sharing this client's httpx client.

        Pass it as ``client=`` to any ``piwik_pro_api.api...`` function.  The httpx
        client the facade builds carries the auth; one you passed in is used as
        you configured it.  Closing this object closes the shared connection.
        """
        if self._low_level is None:
            self._low_level = self._new_low_level().set_async_httpx_client(self._http)
        return self._low_level

    def _check_usable(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
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
        probe = self._http.build_request(**self._probe(self._http.timeout))
        token, _ = await self._auth.async_token(probe)
        return token.expires_in

    async def _send_token(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise token_transport_error(exc, request) from exc

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
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return outcome(op, module, response, self._auth.secrets())

    async def _attempt(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    def _iter_pages(
        self,
        op: Operation[ResultT],
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ResultT]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    async def _pages(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def _iter_items(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))
