"""A small stub Piwik PRO server on 127.0.0.1 for tests that need a real socket.

It is not the sandbox: it knows nothing of the spec. It answers the client-credentials
token request (optionally slowly, counting every one) and serves seeded JSON:API
collections page by page the way the API documents paging: ``offset``/``limit`` or
``page[offset]``/``page[limit]`` query parameters, ``{"data": [...], "meta": {"total": n}}``
(``meta.total`` left out for collections seeded without one). Every request it gets is
kept, so a test can check the exact windows a client asked for.

``failures`` is a queue of ``(status, Retry-After)`` answers given to the next API
requests before normal service; ``reject`` answers every API request with 401.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from support.serving import serving

__all__ = ["Collection", "Seen", "StubServer", "running"]

TOKEN = "stub-token"
OFFSET_NAMES = ("offset", "page[offset]")
LIMIT_NAMES = ("limit", "page[limit]")


@dataclass
class Collection:
    """Seeded items served at one path; ``envelope`` holds the other top-level members."""

    items: list[dict[str, Any]]
    envelope: dict[str, Any] = field(default_factory=dict)
    with_total: bool = True


@dataclass(frozen=True)
class Seen:
    """One request the stub got."""

    method: str
    path: str
    query: dict[str, str]
    authorization: str | None


@dataclass
class StubServer:
    """The state behind the stub: collections, token delay, what it saw."""

    token_delay: float = 0.0
    expires_in: int = 1800
    collections: dict[str, Collection] = field(default_factory=dict)
    failures: list[tuple[int, str | None]] = field(default_factory=list)
    reject: bool = False
    seen: list[Seen] = field(default_factory=list)
    token_requests: int = 0
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)
            if seen.path == "/auth/token":
                self.token_requests += 1

    def api_requests(self) -> list[Seen]:
        """Every request except the token exchange, in arrival order."""
        with self._lock:
            return [s for s in self.seen if s.path != "/auth/token"]

    def answer(
        self, method: str, target: str, authorization: str | None
    ) -> tuple[int, Any, dict[str, str]]:
        """The status, JSON body and extra headers for one request."""
        url = urlsplit(target)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        self.record(Seen(method, url.path, query, authorization))
        if url.path == "/auth/token":
            if self.token_delay:
                time.sleep(self.token_delay)  # a slow token endpoint, not a measurement
            token = {"token_type": "Bearer", "expires_in": self.expires_in, "access_token": TOKEN}
            return 200, token, {}
        if self.reject or authorization != f"Bearer {TOKEN}":
            return 401, _error(401, "Unauthorized"), {}
        with self._lock:
            failure = self.failures.pop(0) if self.failures else None
        if failure is not None:
            status, retry_after = failure
            return status, _error(status, "scripted"), {"Retry-After": retry_after or ""}
        collection = self.collections.get(url.path)
        if collection is None or method != "GET":
            return 404, _error(404, f"no collection at {url.path}"), {}
        return (*_page(collection, query), {})


def _error(status: int, title: str) -> dict[str, Any]:
    return {"errors": [{"status": str(status), "title": title}]}


def _page(collection: Collection, query: dict[str, str]) -> tuple[int, Any]:
    offsets = [query[n] for n in OFFSET_NAMES if n in query]
    limits = [query[n] for n in LIMIT_NAMES if n in query]
    try:
        offset = int(offsets[0]) if offsets else 0
        limit = int(limits[0]) if limits else 10
    except ValueError:
        return 400, _error(400, "offset and limit are integers")
    body: dict[str, Any] = {
        **collection.envelope,
        "data": collection.items[offset : offset + limit],
    }
    if collection.with_total:
        body["meta"] = {**body.get("meta", {}), "total": len(collection.items)}
    else:
        body.pop("meta", None)
    return 200, body


def _handler(state: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            authorization = self.headers.get("Authorization")
            status, body, headers = state.answer(self.command, self.path, authorization)
            payload = json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers.items():
                if value:
                    self.send_header(name, value)
            self.send_header("Content-Type", "application/vnd.api+json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def running(state: StubServer | None = None) -> Iterator[StubServer]:
    """Serve ``state`` on a free port of 127.0.0.1 for the duration of the block."""
    state = state or StubServer()
    with serving(_handler(state)) as url:
        state.url = url
        yield state
