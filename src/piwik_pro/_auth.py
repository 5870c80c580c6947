"""Client-credentials authentication as one httpx auth flow, for sync and async clients.

The flow fetches a token when no fresh one is cached, then sends the real request with
``Authorization: Bearer …``. On a 401 from the API's origin for a token that this flow
did not just fetch, it drops that token, fetches one new token and replays the request
once; a second 401 is returned as is. Concurrent threads share one refresh (a
``threading.Lock``); concurrent tasks of one event loop share one (an ``asyncio.Lock``),
and a refresh that fails fails for every caller that waited on it.

All of that is one I/O-free generator, :meth:`ClientCredentialsAuth._flow` (with
:meth:`~ClientCredentialsAuth._token_steps` for the token): it yields steps (take the
refresh lock, fetch this token request, read this response, send this request) and the
sync and async drivers do the I/O, in the same shape. The token helpers
(:meth:`~ClientCredentialsAuth.sync_token`, :meth:`~ClientCredentialsAuth.async_token`)
drive the token steps alone, for ``authenticate()``.

The secret and the token never appear in a ``repr``, a log line or an exception message.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any

import httpx

from ._auth_steps import Acquire, Drain, Fetch, Run, Send, Step
from ._config import TOKEN_REFRESH_MARGIN
from ._errors import APITimeoutError, AuthenticationError, PiwikProError
from ._logging import logger
from ._token import (
    DEADLINE,
    MAX_TOKEN_RESPONSE_BYTES,
    TOKEN_OPERATION,
    TOKEN_PATH,
    AccessToken,
    build_token_request,
    is_fresh,
    is_token_request,
    masked_token_request,
    parse_token_response,
    token_error,
)

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEADLINE",
    "MAX_TOKEN_RESPONSE_BYTES",
    "TOKEN_OPERATION",
    "TOKEN_PATH",
    "AccessToken",
    "ClientCredentialsAuth",
    "build_token_request",
    "is_fresh",
    "is_token_request",
    "lock_wait",
    "masked_token_request",
    "parse_token_response",
]

SyncSender = Callable[[httpx.Request], httpx.Response]
AsyncSender = Callable[[httpx.Request], Awaitable[httpx.Response]]


def _authorized(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["Authorization"] = f"Bearer {token.value}"
    return request


def lock_wait(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def _waited_too_long(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.method, request.url), message)


def _clone(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(type(exc), *exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


# --------------------------------------------------------------------------- the auth flow


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials auth with a shared, self-refreshing token cache.

    Bound to a client with :meth:`bind`, the token request is sent by that client without
    following redirects; unbound (plain httpx use), it is yielded to whichever client runs
    the flow. Either way it inherits the call's timeout, and a failed refresh is delivered
    to every caller that waited on it; the next call then tries afresh.
    """

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
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(client_id={self.client_id!r}, token_url={self.token_url!r})"

    def bind(self, *, send: SyncSender | None = None, asend: AsyncSender | None = None) -> None:
        """Send token requests with ``send``/``asend`` (each returns a read response)."""
        self._send, self._asend = send, asend

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        with self._state_lock:
            self._token = None

    def secrets(self) -> tuple[str, ...]:
        """The values no message or error body may show: the secret and the current token."""
        token = self._token
        return (self._client_secret,) if token is None else (self._client_secret, token.value)

    # -- the flow, without I/O --------------------------------------------------------------

    def _flow(self, request: httpx.Request) -> Generator[Step, Any, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        token, fetched = yield from self._token_steps(request, None)
        response = yield Send(_authorized(request, token))
        if not _should_refresh(request, response, fetched):
            return
        yield Drain(response)  # free the connection before waiting for the refresh
        token, _ = yield from self._token_steps(request, token)
        yield Send(_authorized(request, token))

    def _token_steps(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[Step, Any, tuple[AccessToken, bool]]:
        """A usable token, fetched under the refresh lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        yield Acquire(request)
        token = self._after_wait(seen, rejected)
        if token is not None:
            return token, False
        token_request, started = self._token_request(request), self._clock()
        try:
            response = yield Fetch(token_request)
        except PiwikProError as exc:
            self._fail(exc)
            raise
        return self._store(response, started, token_request), True

    def _usable(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(token, self._clock()):
            return None
        return token

    def _after_wait(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def _store(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def _fail(self, exc: PiwikProError) -> None:
        """Record a failed refresh for the callers waiting on it."""
        with self._state_lock:
            self._failure = exc
            self._generation += 1

    # -- sync driver --------------------------------------------------------------------------

    def _sync_step(self, step: Step, run: Run) -> httpx.Response | PiwikProError | None:
        """Do a step that needs no client running the flow; a failure is returned, to throw."""
        try:
            if isinstance(step, Acquire):
                wait = lock_wait(step.request)
                if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
                    raise _waited_too_long(step.request, wait or 0.0)
                run.hold(self._refresh_lock)
                return None
            if isinstance(step, Drain):
                step.response.read()
                return None
            assert self._send is not None and isinstance(step, Fetch)
            return self._send(step.request)
        except PiwikProError as exc:
            return exc

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        run = Run(self._flow(request))
        try:
            while not run.done:
                step = run.step
                if isinstance(step, Send):
                    run.release()
                    run.resume((yield step.request))
                elif isinstance(step, Fetch) and self._send is None:  # unbound: httpx sends it
                    response = yield step.request
                    response.read()
                    run.resume(response)
                else:
                    run.resume(self._sync_step(step, run))
        finally:
            run.close()

    def sync_token(self, request: httpx.Request) -> AccessToken:
        """A usable token, fetched now if needed (``authenticate()``); needs ``bind(send=)``."""
        if self._send is None:
            raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")
        run = Run(self._token_steps(request, None))
        try:
            while not run.done:
                run.resume(self._sync_step(run.step, run))
        finally:
            run.close()
        token: AccessToken = run.result[0]
        return token

    # -- async driver -------------------------------------------------------------------------

    def _async_lock(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    async def _async_step(self, step: Step, run: Run) -> httpx.Response | PiwikProError | None:
        """The async twin of :meth:`_sync_step`."""
        import asyncio

        try:
            if isinstance(step, Acquire):
                lock, wait = self._async_lock(), lock_wait(step.request)
                try:
                    async with asyncio.timeout(wait):
                        await lock.acquire()
                except TimeoutError:
                    raise _waited_too_long(step.request, wait or 0.0) from None
                run.hold(lock)
                return None
            if isinstance(step, Drain):
                await step.response.aread()
                return None
            assert self._asend is not None and isinstance(step, Fetch)
            return await self._asend(step.request)
        except PiwikProError as exc:
            return exc

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        run = Run(self._flow(request))
        try:
            while not run.done:
                step = run.step
                if isinstance(step, Send):
                    run.release()
                    run.resume((yield step.request))
                elif isinstance(step, Fetch) and self._asend is None:  # unbound: httpx sends it
                    response = yield step.request
                    await response.aread()
                    run.resume(response)
                else:
                    run.resume(await self._async_step(step, run))
        finally:
            run.close()

    async def async_token(self, request: httpx.Request) -> AccessToken:
        """A usable token, fetched now if needed (``authenticate()``); needs ``bind(asend=)``."""
        if self._asend is None:
            raise RuntimeError("async_token() needs an auth bound to a client with bind(asend=...)")
        run = Run(self._token_steps(request, None))
        try:
            while not run.done:
                run.resume(await self._async_step(run.step, run))
        finally:
            run.close()
        token: AccessToken = run.result[0]
        return token


def _should_refresh(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    """The request a response answers, None when none was attached."""
    try:
        return response.request
    except RuntimeError:
        return None
