"""The HTTP/1.1 server (stdlib, keep-alive, one thread per connection) around SandboxApp."""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._app import SandboxApp
from ._http import HttpRequest, HttpResponse

__all__ = ["SandboxServer"]

_log = logging.getLogger("piwik_pro.testing")
_MAX_BODY = 64 * 1024 * 1024


class SandboxServer(ThreadingHTTPServer):
    """Serves one SandboxApp; ``close_connections`` ends idle keep-alive connections."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        app: SandboxApp,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.app = app
        self.sleep = sleep  # how a delay fault waits (injectable for tests)
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{f'[{host}]' if ':' in host else host}:{port}"

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (timed out, dropped) is normal here; anything else is logged."""
        error = sys.exc_info()[1]
        if isinstance(error, BrokenPipeError | ConnectionResetError | ConnectionAbortedError):
            return
        _log.exception("sandbox: error while serving %s", client_address)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            _shutdown(connection)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "PiwikProSandbox/1.0"
    disable_nagle_algorithm = True
    server: SandboxServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def _dispatch(self) -> None:
        body = self._read_body()
        if body is None:
            return
        request = HttpRequest(self.command, self.path, list(self.headers.items()), body)
        response = self.server.app.handle(request)
        if response.delay:
            self.server.sleep(response.delay)
        if response.drop:
            self.close_connection = True
            _shutdown(self.connection)
            return
        self._write(response)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_BODY:
            self.send_error(400, "Bad Content-Length")
            return None
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline().strip():
                    pass
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _write(self, response: HttpResponse) -> None:
        lines = [f"{self.protocol_version} {response.status} {_phrase(response.status)}"]
        lines += [f"Date: {self.date_time_string()}", f"Server: {self.version_string()}"]
        lines += [f"{name}: {value}" for name, value in response.headers]
        body = b"" if self.command == "HEAD" else response.body
        if response.status >= 200 and response.status not in (204, 304):
            lines.append(f"Content-Length: {len(response.body)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + body)
        self.log_request(response.status, len(body))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _dispatch

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("%s %s", self.address_string(), format % args)


def _phrase(status: int) -> str:
    return BaseHTTPRequestHandler.responses.get(status, ("Unknown",))[0]


def _shutdown(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
