"""What both clients share: setup, auth, limits, the retry loop, pagination, request building.

:class:`_BaseClient` holds the settings and every per-call decision of the sync and the
async client (in :mod:`._client`). The retry loop is one I/O-free generator,
:meth:`_BaseClient._retry_loop`, that both drive (:mod:`._loop`), as httpx drives an
``Auth.auth_flow``: it yields an :class:`~._loop.Attempt` (send this, read it within these
limits) or a wait in seconds, and is sent the response or thrown the failure. The
subclasses only do the I/O (send, read, sleep) in ``async``/``await`` twins.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from logging import DEBUG
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx

from ._auth import ClientCredentialsAuth
from ._body import BodyLimits
from ._config import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    check_transport_security,
    credentials_from_env,
    normalize_base_url,
    user_agent,
)
from ._errors import ConfigurationError, PiwikProError
from ._exchange import (
    HTTPX_ERRORS,
    attempt_kwargs,
    budget,
    call_limits,
    closed_error,
    delay_after_error,
    delay_after_exception,
    delay_after_response,
    transport_error,
)
from ._logging import log_request, logger
from ._loop import Attempt, Exchange
from ._pagination import PageCursor, PageWalk, first_window, pagination_of
from ._retry import RetryPolicy
from ._token import DEADLINE, MAX_TOKEN_RESPONSE_BYTES, TOKEN_OPERATION, TOKEN_PATH

if TYPE_CHECKING:
    from piwik_pro_api.client import AuthenticatedClient

    from ._operation import Operation

__all__ = ["HttpT", "_BaseClient"]


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[HttpT]):
    """Configuration, auth, the retry loop and pagination shared by both clients.

    ``HttpT`` is the httpx client class: :class:`httpx.Client` for the sync client,
    :class:`httpx.AsyncClient` for the async one.
    """

    _is_async: ClassVar[bool]

    def __init__(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: HttpT | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", max_response_bytes)
        self._max_pages = _positive("max_pages", max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        policy = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        self._policy = policy
        self._low_level: AuthenticatedClient | None = None
        # A caller's client without a base_url gets absolute URLs from us.
        absolute = http_client is not None and http_client.base_url.is_absolute_url
        self._prefix = "" if http_client is None or absolute else self._base_url
        self._owns_http = http_client is None
        self._http: HttpT = self._open(http_client, timeout)

    def _open(self, http_client: HttpT | None, timeout: float | httpx.Timeout) -> HttpT:
        """The httpx client to use (``http_client`` or a new one); bind the auth's sender."""
        raise NotImplementedError

    def _http_settings(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        """The keywords of the httpx client we build: account URL, auth, User-Agent, timeout."""
        headers = {"User-Agent": user_agent()}
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": headers,
            "timeout": timeout,
        }

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
            low_level = self._new_low_level()
            if isinstance(self._http, httpx.AsyncClient):
                self._low_level = low_level.set_async_httpx_client(self._http)
            else:
                self._low_level = low_level.set_httpx_client(self._http)
        return self._low_level

    def _new_low_level(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=self._base_url, token="")

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

    # -- per call ---------------------------------------------------------------------------

    def _now(self) -> float:
        """The clock of deadlines and token lifetimes (``_clock``, replaceable in tests)."""
        return self._clock()

    def _check_open(self) -> None:
        """Refuse a call once the client (or the httpx client it was given) is closed."""
        if self._http.is_closed:
            raise closed_error(self)

    def _limits(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, self._clock, self._max_response_bytes)

    def _token_limits(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, self._now, request.extensions.get(DEADLINE))

    def _transport_error(
        self, exc: Exception, kwargs: dict[str, Any], operation: str, limits: BodyLimits
    ) -> PiwikProError:
        """The error for a call that failed in transport, naming the host; no secret in it."""
        attempted = {"method": kwargs["method"], "url": self._http.base_url.join(kwargs["url"])}
        secrets = self._auth.secrets()
        return transport_error(exc, attempted, operation=operation, limits=limits, secrets=secrets)

    def _token_transport_error(self, exc: Exception, request: httpx.Request) -> PiwikProError:
        """The error for a token request that failed in transport; no secret in it."""
        kwargs = {"method": request.method, "url": str(request.url)}
        return self._transport_error(exc, kwargs, TOKEN_OPERATION, self._token_limits(request))

    def _probe(self) -> httpx.Request:
        """The request standing for ``authenticate()``: the token URL, the call's limits."""
        timeout = self._http.timeout
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        settings = attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))
        return self._http.build_request(**settings)

    def _auth_for(self, op: Operation) -> ClientCredentialsAuth | None:
        """No auth (and no token fetched) for an operation the spec declares public."""
        return None if op.public else self._auth

    def _log(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], status, time.perf_counter() - start)

    def _retry_loop(self, op: Operation, kwargs: dict[str, Any], retries: int) -> Exchange:
        """The retry loop of one call, without I/O; both clients' ``_send`` drive it.

        Yields an :class:`Attempt` to send (its response is sent back, its failure thrown
        in) or a wait in seconds (resumed with ``next()`` after sleeping). Returns the
        response to keep; raises the error to give up with, already a :class:`PiwikProError`.
        """
        timeout = self._http.timeout
        limits, attempt = self._limits(kwargs, timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = yield Attempt(attempt_kwargs(kwargs, timeout, limits, attempt), limits)
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
                    raise self._transport_error(exc, kwargs, op.name, limits) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            yield delay
            attempt += 1

    def _cursor(self, op: Operation, params: dict[str, Any], page_size: int | None) -> PageCursor:
        """Where an ``iter_*`` walk starts; a bad ``page_size`` or operation fails here, at once."""
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return PageCursor(PageWalk(op.name, pagination, self._max_pages), params, offset, limit)
