"""What both clients share: configuration, auth, time and size limits, request building.

:class:`_BaseClient` holds the settings and the pure per-call decisions the sync and the
async client (in :mod:`._client`) both use; the subclasses only do the I/O.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from logging import DEBUG
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import ClientCredentialsAuth
from ._body import BodyLimits
from ._config import check_transport_security, normalize_base_url, user_agent
from ._errors import ConfigurationError, PiwikProError
from ._exchange import attempt_kwargs, call_limits, transport_error
from ._logging import log_request, logger
from ._pagination import PageWalk, pagination_of
from ._retry import RetryPolicy
from ._token import DEADLINE, MAX_TOKEN_RESPONSE_BYTES, TOKEN_PATH

if TYPE_CHECKING:
    from piwik_pro_api.client import AuthenticatedClient

    from ._operation import Operation

__all__ = ["_BaseClient", "_Limits", "token_transport_error"]


@dataclass(frozen=True, slots=True)
class _Limits:
    """The hardening settings both constructors take."""

    max_response_bytes: int
    max_pages: int
    allow_insecure_http: bool


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def token_transport_error(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"method": request.method, "url": str(request.url)})


class _BaseClient:
    """Configuration, auth and request building shared by both clients."""

    _base_url: str
    _client_id: str
    _auth: ClientCredentialsAuth
    _policy: RetryPolicy
    _prefix: str
    _low_level: AuthenticatedClient | None

    _max_response_bytes: int
    _max_pages: int

    def _setup(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def _now(self) -> float:
        """The clock of deadlines and token lifetimes (``_clock``, replaceable in tests)."""
        return self._clock()

    def _limits(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, self._clock, self._max_response_bytes)

    def _token_limits(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, self._now, request.extensions.get(DEADLINE))

    def _probe(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def _auth_for(self, op: Operation) -> ClientCredentialsAuth | None:
        """No auth (and no token fetched) for an operation the spec declares public."""
        return None if op.public else self._auth

    def _walk(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, pagination_of(op), self._max_pages)

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
