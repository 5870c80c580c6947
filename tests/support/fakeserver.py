"""One fake Piwik PRO account for the unit tests, and the one way to build a client on it.

``FakeServer`` answers through ``httpx.MockTransport`` (no socket): ``/auth/token`` issues
tokens, every other request is an API call. ``sync_client(server)`` and
``async_client(server)`` build a ``PiwikPro`` / ``AsyncPiwikPro`` on ``HOST`` sending
through it (or through any request handler), with the retry sleeps recorded instead of
slept.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from piwik_pro import AsyncPiwikPro, PiwikPro

__all__ = [
    "EXPIRED",
    "HOST",
    "TOKEN",
    "FakeServer",
    "Handler",
    "Reply",
    "async_client",
    "record_sleeps",
    "sync_client",
]

HOST = "https://example.piwik.pro"
TOKEN = {"access_token": "tok-123", "token_type": "Bearer", "expires_in": 1800}
EXPIRED = {"code": 401, "message": "Expired JWT Token"}
# The least time the async token endpoint takes, so that concurrent tasks meet at one
# token request as they would on a network.
ASYNC_TOKEN_LATENCY = 0.01

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]
Handler = Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]


class FakeServer:
    """A Piwik PRO account: a token endpoint and an API, recording what they get.

    ``/auth/token`` answers ``token_status`` with ``token_body`` when either is set;
    otherwise it issues ``TOKEN`` (``tok-123``) every time, or, with ``numbered_tokens``,
    ``tok-1``, ``tok-2``, … valid for ``expires_in`` seconds. It takes ``token_delay``
    seconds (the async handler at least ``ASYNC_TOKEN_LATENCY``).

    Every other request is an API call (kept in ``requests``, its ``Authorization`` header
    as it arrived in ``seen``). It gets a 401 (``Expired JWT Token``) when its bearer token
    is not one this server issued, is in ``reject``, or ``always_401`` is set; otherwise
    the next of ``replies`` (the last one repeats; an exception is raised, a callable is
    called with the request), or with no replies ``200 {"token": <the token it carried>}``.
    """

    def __init__(
        self,
        *replies: Reply,
        numbered_tokens: bool = False,
        expires_in: object = 1800,
        token_status: int = 200,
        token_body: object | None = None,
        token_delay: float = 0.0,
        reject: set[str] | None = None,
        always_401: bool = False,
    ) -> None:
        self.replies = list(replies)
        self.numbered_tokens = numbered_tokens
        self.expires_in = expires_in
        self.token_status = token_status
        self.token_body = token_body
        self.token_delay = token_delay
        self.reject = set() if reject is None else reject
        self.always_401 = always_401
        self.requests: list[httpx.Request] = []
        # the Authorization header of each API request as it arrived (a replayed request
        # is the same object, its header since replaced)
        self.seen: list[str] = []
        self.token_calls: list[httpx.Request] = []
        self._issued: set[str] = set()
        self._lock = threading.Lock()

    @property
    def token_requests(self) -> int:
        """How many token requests arrived."""
        return len(self.token_calls)

    @property
    def paths(self) -> list[str]:
        """The path of each API request, in order."""
        return [request.url.path for request in self.requests]

    def handler(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` (the ``httpx.MockTransport`` handler of a sync client)."""
        if request.url.path != "/auth/token":
            return self._api(request)
        if self.token_delay:
            time.sleep(self.token_delay)
        return self._token(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        """The handler of an async client: every request yields to the other tasks first."""
        if request.url.path != "/auth/token":
            await asyncio.sleep(0)
            return self._api(request)
        await asyncio.sleep(self.token_delay or ASYNC_TOKEN_LATENCY)
        return self._token(request)

    def _token(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.token_calls.append(request)
            number = len(self.token_calls)
        if self.token_body is not None or self.token_status != 200:
            return httpx.Response(self.token_status, json=self.token_body)
        token = f"tok-{number}" if self.numbered_tokens else str(TOKEN["access_token"])
        with self._lock:
            self._issued.add(token)
        body = {"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token}
        return httpx.Response(200, json=body)

    def _api(self, request: httpx.Request) -> httpx.Response:
        header = request.headers.get("Authorization", "")
        with self._lock:
            self.requests.append(request)
            self.seen.append(header)
            reply = self._reply_to(header.removeprefix("Bearer "))
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):  # a fresh copy: replies are reused
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    def _reply_to(self, token: str) -> Reply:
        if self.always_401 or token in self.reject or token not in self._issued:
            return httpx.Response(401, json=EXPIRED)
        if not self.replies:
            return httpx.Response(200, json={"token": token})
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]


def record_sleeps(client: PiwikPro | AsyncPiwikPro) -> list[float]:
    """Replace the client's retry sleep by a recorder: the delays it asks for, none slept."""
    sleeps: list[float] = []
    if isinstance(client, AsyncPiwikPro):

        async def record(delay: float) -> None:
            sleeps.append(delay)

        client._sleep = record  # type: ignore[method-assign]
    else:
        client._sleep = sleeps.append  # type: ignore[method-assign]
    return sleeps


def sync_client(
    server: FakeServer | Handler,
    *,
    client_id: str = "my-id",
    client_secret: str = "my-secret",
    **options: Any,
) -> tuple[PiwikPro, list[float]]:
    """A client on ``HOST`` sending through ``server`` (a ``FakeServer`` or a request
    handler), ``options`` passed on, and the list its retry sleeps are recorded in."""
    handler = server.handler if isinstance(server, FakeServer) else server
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=HOST)
    client = PiwikPro(HOST, client_id, client_secret, http_client=http, **options)
    return client, record_sleeps(client)


def async_client(
    server: FakeServer | Handler,
    *,
    client_id: str = "my-id",
    client_secret: str = "my-secret",
    **options: Any,
) -> tuple[AsyncPiwikPro, list[float]]:
    """The async twin of :func:`sync_client`."""
    handler = server.async_handler if isinstance(server, FakeServer) else server
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url=HOST)
    client = AsyncPiwikPro(HOST, client_id, client_secret, http_client=http, **options)
    return client, record_sleeps(client)
