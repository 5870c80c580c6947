"""A stub Piwik PRO on 127.0.0.1 answering with given bodies: an independent reference.

It knows nothing of the repaired spec: each route answers the body a test hands it
(the documented examples), and every request is recorded as it arrived on the wire
(method, raw path with query string, body), so a test sees what the client really sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from support.serving import serving

TOKEN = {"access_token": "stub-token", "token_type": "Bearer", "expires_in": 1800}


@dataclass
class Seen:
    """One request as the stub received it."""

    method: str
    target: str
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""


@dataclass
class Stub:
    """Routes ``(method, path) -> (status, JSON body, content type)`` and the requests seen."""

    url: str = ""
    routes: dict[tuple[str, str], tuple[int, Any, str]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    default: tuple[int, Any, str] | None = None
    """The answer to a request no route names (None: a 404)."""

    def answer(
        self, method: str, path: str, body: Any, status: int = 200, media: str = "application/json"
    ) -> None:
        self.routes[(method.upper(), path)] = (status, body, media)

    def calls(self) -> list[Seen]:
        """The requests other than token requests."""
        return [s for s in self.seen if s.path != "/auth/token"]


def _handler(stub: Stub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(self.command, self.path, body)
            stub.seen.append(seen)
            if seen.path == "/auth/token":
                status, payload, media = 200, TOKEN, "application/json"
            else:
                route = (self.command, seen.path)
                no_route = (404, {"errors": [{"status": "404", "title": "no stub route"}]}, "")
                status, payload, media = stub.routes.get(route, stub.default or no_route)
            data = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", media or "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the tests read ``stub.seen``."""

    return Handler


@contextmanager
def serve() -> Iterator[Stub]:
    """A running stub on an ephemeral 127.0.0.1 port, shut down afterwards."""
    stub = Stub()
    with serving(_handler(stub)) as url:
        stub.url = url
        yield stub
