"""Client-credentials authentication as one httpx auth flow, for sync and async clients.

The flow yields the token request through the same client when no fresh token is cached,
then the real request with ``Authorization: Bearer …``. On a 401 for a token that this
flow did not just fetch, it drops that token, fetches one new token and replays the
request once; a second 401 is returned as is. Concurrent threads share one refresh
(a ``threading.Lock``); concurrent tasks of one event loop share one (an ``asyncio.Lock``).

The secret and the token never appear in a ``repr``, a log line or an exception message.
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from ._config import TOKEN_REFRESH_MARGIN
from ._errors import AuthenticationError, error_message, read_body
from ._logging import logger

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AccessToken",
    "ClientCredentialsAuth",
    "build_token_request",
    "is_fresh",
    "is_token_request",
    "masked_token_request",
    "parse_token_response",
]

TOKEN_OPERATION = "auth.token"
TOKEN_PATH = "/auth/token"
DEFAULT_EXPIRES_IN = 300.0
"""Lifetime assumed when a token response has no usable ``expires_in``."""


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A bearer token and the clock time after which it is refreshed."""

    value: str = field(repr=False)
    refresh_at: float
    expires_in: float


# --------------------------------------------------------------------------- pure helpers


def is_token_request(request: httpx.Request) -> bool:
    """Whether ``request`` is the client-credentials token request."""
    return request.url.path.endswith(TOKEN_PATH)


def build_token_request(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def _expires_in(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def _token_error(response: httpx.Response, body: object | None, why: str) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked, so
    that no attribute of the exception holds it.
    """
    message = f"{why}: {error_message(response, body, TOKEN_OPERATION)}"
    masked = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=response.content,
        request=masked_token_request(response.request),
    )
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def masked_token_request(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def parse_token_response(response: httpx.Response, *, now: float, margin: float) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a token."""
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token")
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token")
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token.strip(), refresh_at=refresh_at, expires_in=expires_in)


def is_fresh(token: AccessToken | None, now: float) -> bool:
    """Whether ``token`` may still be used at clock time ``now``."""
    return token is not None and now < token.refresh_at


def _authorized(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["Authorization"] = f"Bearer {token.value}"
    return request


# --------------------------------------------------------------------------- the auth flow


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials auth with a shared, self-refreshing token cache."""

    requires_request_body = True  # a request replayed after a 401 must be re-sendable

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(client_id={self.client_id!r}, token_url={self.token_url!r})"

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        with self._state_lock:
            self._token = None

    # -- shared helpers -------------------------------------------------------------------

    def _usable(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(token, self._clock()):
            return None
        return token

    def _drop(self, rejected: AccessToken | None) -> None:
        """Forget ``rejected``, but only if it is still the cached token."""
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        return build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )

    def _store(self, response: httpx.Response, started: float) -> AccessToken:
        """Parse a read token response and cache the token it holds."""
        token = parse_token_response(response, now=started, margin=self._margin)
        with self._state_lock:
            self._token = token
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def _async_lock(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    # -- sync -----------------------------------------------------------------------------

    def _sync_token(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        with self._refresh_lock:
            self._drop(rejected)
            token = self._usable(rejected)
            if token is not None:
                return token, False
            started = self._clock()
            response = yield self._token_request(request)
            response.read()
            return self._store(response, started), True

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if response.status_code != 401 or fetched:
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    # -- async ----------------------------------------------------------------------------

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None:
                async with self._async_lock():
                    self._drop(rejected)
                    token = self._usable(rejected)
                    if token is None:
                        started = self._clock()
                        token_response = yield self._token_request(request)
                        await token_response.aread()
                        token, fetched = self._store(token_response, started), True
            response = yield _authorized(request, token)
            if response.status_code != 401 or fetched:
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token
