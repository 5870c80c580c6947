"""A small hostile HTTP/1.1 server on 127.0.0.1: each test decides what every request gets.

``Hostile(route)`` serves in a background thread; ``route(seen, reply)`` runs for each
request with what arrived (:class:`Seen`) and a :class:`Reply` to answer with (JSON,
chunked bodies sent piece by piece, or nothing at all until an event is set). Every
request is recorded in ``server.seen``; ``server.release`` is set on close so that no
handler outlives the test. Loops are bounded by the tests that drive them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from support.serving import serving

__all__ = ["SECRET", "Hostile", "Reply", "Seen", "token_body"]

CLIENT_ID = "hostile-id"
SECRET = "s3cret-VALUE-9f2c"


def token_body(number: int) -> dict[str, Any]:
    """A well-formed token response issuing ``tok-<number>``."""
    return {"token_type": "Bearer", "expires_in": 1800, "access_token": f"tok-{number}"}


@dataclass(frozen=True)
class Seen:
    """One request as it arrived."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def target(self) -> str:
        """The path without its query (also when a proxy got the absolute URL)."""
        return urlsplit(self.path).path


class Reply:
    """Ways to answer one request; each writes to the socket directly."""

    def __init__(self, handler: BaseHTTPRequestHandler, server: Hostile) -> None:
        self._h = handler
        self.server = server

    def json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.raw(status, data, {"Content-Type": "application/json", **(headers or {})})

    def raw(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
        self._h.send_response(status)
        for name, value in (headers or {}).items():
            self._h.send_header(name, value)
        self._h.send_header("Content-Length", str(len(data)))
        self._h.end_headers()
        self._h.wfile.write(data)

    def chunked(self, status: int, chunks: Iterable[bytes], content_type: str) -> int:
        """Send ``chunks`` one by one; return how many went out before the client left."""
        self._h.send_response(status)
        self._h.send_header("Content-Type", content_type)
        self._h.send_header("Transfer-Encoding", "chunked")
        self._h.end_headers()
        sent = 0
        try:
            for chunk in chunks:
                self._h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self._h.wfile.flush()
                sent += 1
            self._h.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self._h.close_connection = True
        return sent

    def hang(self, then: Callable[[], None] | None = None, at_most: float = 10.0) -> None:
        """Answer nothing until the server is released (bounded), then run ``then``."""
        self.server.release.wait(at_most)
        if then is not None:
            try:
                then()
            except (BrokenPipeError, ConnectionResetError):
                self._h.close_connection = True


Route = Callable[[Seen, Reply], None]


@dataclass
class Hostile:
    """The server; ``url`` is ``http://127.0.0.1:<port>``; use it as a context manager."""

    route: Route
    seen: list[Seen] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = field(default="", init=False)

    def __post_init__(self) -> None:
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, dict(self.headers.items()), body)
                with hostile.lock:
                    hostile.seen.append(seen)
                hostile.route(seen, Reply(self, hostile))

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

        self._handler = Handler
        self._serving = ExitStack()

    def count(self, target: str) -> int:
        """How many requests arrived for the path ``target`` (query ignored)."""
        with self.lock:
            return sum(1 for seen in self.seen if seen.target == target)

    def __enter__(self) -> Hostile:
        self.url = self._serving.enter_context(serving(self._handler))
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._serving.close()
