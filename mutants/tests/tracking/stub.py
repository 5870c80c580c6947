"""An independent Tracking API stub on 127.0.0.1, scripted per request.

It knows only the documented protocol (``data_collection/api/tracking_api.yaml``):
``GET /ppms.php?...`` carries one hit, ``POST /ppms.php`` a JSON body
``{"requests": ["?idsite=...", ...]}``; both are answered 202. Partial failures follow
Piwik PRO's log importer: a JSON body ``{"status": "error", "tracked": N}``, of which
only the first N hits were recorded.

Each request takes the next entry of ``script`` (then 202 for all):
``("status", 503)``, ``("status", 429, "7")`` (with Retry-After), ``("reset",)``
(RST before any answer, nothing recorded), ``("partial", 5, 503)`` (record 5, answer
503 with ``tracked: 5``), ``("hold",)`` (wait for ``release`` before answering).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit


class StubTrackingServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, script: Iterable[tuple[Any, ...]] = ()) -> None:
        self.script = list(script)
        self.hits: list[dict[str, str]] = []
        self.requests = 0
        self.lock = threading.Lock()
        self.arrived = threading.Event()
        self.release = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def next_action(self) -> tuple[Any, ...]:
        with self.lock:
            self.requests += 1
            return self.script.pop(0) if self.script else ("ok",)

    def record(self, queries: list[str]) -> None:
        with self.lock:
            self.hits.extend(dict(parse_qsl(q.lstrip("?"))) for q in queries)

    def by_visitor(self) -> dict[str, list[str]]:
        """Visitor id → the ``action_name`` of each of its hits, in arrival order."""
        out: dict[str, list[str]] = {}
        for hit in self.hits:
            out.setdefault(hit.get("_id", ""), []).append(hit.get("action_name", ""))
        return out

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: StubTrackingServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._answer(["?" + urlsplit(self.path).query])

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            queries = json.loads(body)["requests"]
        except (ValueError, KeyError, TypeError):
            self._send(400, b'{"status":"error","message":"bad bulk body"}')
            return
        self._answer([str(q) for q in queries])

    def _answer(self, queries: list[str]) -> None:
        if urlsplit(self.path).path != "/ppms.php":
            self._send(404, b"")
            return
        action = self.server.next_action()
        self.server.arrived.set()
        kind = action[0]
        if kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if kind == "hold":
            self.server.release.wait(10)
        if kind == "status":
            headers = {"Retry-After": action[2]} if len(action) > 2 else {}
            self._send(action[1], b'{"status":"error"}', headers)
            return
        if kind == "partial":
            tracked, status = action[1], action[2]
            self.server.record(queries[:tracked])
            body = json.dumps({"status": "error", "tracked": tracked}).encode()
            self._send(status, body)
            return
        self.server.record(queries)
        self._send(202, b"")

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
