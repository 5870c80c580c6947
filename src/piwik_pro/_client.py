"""The clients: :class:`PiwikPro` (sync) and :class:`AsyncPiwikPro` (async).

Both share one keep-alive httpx client per instance, authenticate with
:class:`ClientCredentialsAuth`, retry per :mod:`piwik_pro._retry` and turn
every outcome into a parsed model or a :class:`PiwikProError`.  Everything the
two have in common is a pure helper (here or in :mod:`._exchange`); the
classes only do the I/O.

The generated resource classes call ``_call`` (one request),
``_iter_pages`` and ``_iter_items`` (lazy pagination).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from logging import DEBUG
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._auth import TOKEN_PATH, AccessToken, ClientCredentialsAuth
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    credentials_from_env,
    normalize_base_url,
    user_agent,
)
from ._errors import AuthenticationError, ConfigurationError
from ._exchange import (
    HTTPX_ERRORS,
    closed_error,
    delay_after_exception,
    delay_after_response,
    delay_after_token_error,
    max_retries_for,
    parse_outcome,
    prepare_request,
    transport_error,
)
from ._logging import log_request, logger
from ._pagination import first_window, following_offset, page_items, page_params, pagination_of
from ._resources import AsyncAreas, SyncAreas
from ._retry import RetryPolicy
from ._types import RequestOptions

if TYPE_CHECKING:
    from piwik_pro_api.client import AuthenticatedClient

    from ._operation import Operation

__all__ = ["AsyncPiwikPro", "PiwikPro"]


class _BaseClient:
    """Configuration, auth and request building shared by both clients."""

    _base_url: str
    _client_id: str
    _auth: ClientCredentialsAuth
    _policy: RetryPolicy
    _prefix: str
    _low_level: AuthenticatedClient | None

    def _setup(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        self._client_id = client_id
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def _new_low_level(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=self._base_url, token="")

    def _http_settings(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def _use_prefix(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        # A caller's client without a base_url gets absolute URLs from us.
        if http_client is not None and not http_client.base_url.is_absolute_url:
            self._prefix = self._base_url

    @property
    def auth(self) -> ClientCredentialsAuth:
        """The client-credentials auth (token cache) used for every request."""
        return self._auth

    @property
    def base_url(self) -> str:
        """The account URL, e.g. ``https://example.piwik.pro``."""
        return self._base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self._base_url!r}, client_id={self._client_id!r})"

    def _log(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], status, time.perf_counter() - start)


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
    ) -> None:
        self._setup(host, client_id, client_secret, max_retries, retry_policy)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._sleep: Callable[[float], None] = time.sleep

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
        auth = self._auth
        token = auth._usable(None)
        if token is None:
            with auth._refresh_lock:  # the lock the auth flow holds while it fetches
                token = auth._usable(None) or self._fetch_token()
        return token.expires_in

    def _fetch_token(self) -> AccessToken:
        auth = self._auth
        started = auth._clock()
        request = auth._token_request(self._http.build_request("POST", auth.token_url))
        try:
            response = self._http.send(request, auth=None)
        except HTTPX_ERRORS as exc:
            raise transport_error(exc, {"method": "POST", "url": auth.token_url}) from exc
        return auth._store(response, started)

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
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response)

    def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        attempt = 0
        while True:
            start = time.perf_counter()
            try:
                response = self._http.request(**kwargs, auth=None if op.public else self._auth)
            except AuthenticationError as exc:  # the token endpoint failed; nothing was sent
                delay = delay_after_token_error(self._policy, exc, attempt, retries)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def _iter_pages(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
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
        pagination = pagination_of(op)
        while offset is not None:
            query = page_params(pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = following_offset(pagination, page, offset, limit)
            yield page
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

    No I/O happens here.  ``http_client`` takes an :class:`httpx.AsyncClient`.
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
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        self._setup(host, client_id, client_secret, max_retries, retry_policy)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

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

    async def authenticate(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(self)
        auth = self._auth
        token = auth._usable(None)
        if token is None:
            async with auth._async_lock():  # the lock the auth flow holds while it fetches
                token = auth._usable(None) or await self._fetch_token()
        return token.expires_in

    async def _fetch_token(self) -> AccessToken:
        auth = self._auth
        started = auth._clock()
        request = auth._token_request(self._http.build_request("POST", auth.token_url))
        try:
            response = await self._http.send(request, auth=None)
        except HTTPX_ERRORS as exc:
            raise transport_error(exc, {"method": "POST", "url": auth.token_url}) from exc
        return auth._store(response, started)

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
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response)

    async def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        attempt = 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._http.request(
                    **kwargs, auth=None if op.public else self._auth
                )
            except AuthenticationError as exc:  # the token endpoint failed; nothing was sent
                delay = delay_after_token_error(self._policy, exc, attempt, retries)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    def _iter_pages(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
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
        pagination = pagination_of(op)
        while offset is not None:
            query = page_params(pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = following_offset(pagination, page, offset, limit)
            yield page
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
