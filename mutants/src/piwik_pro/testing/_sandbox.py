"""The public :class:`Sandbox`: a local stand-in for a Piwik PRO account."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from ._app import RequestRecord, SandboxApp, compile_spec
from ._auth import TokenAuthority
from ._faults import Faults
from ._server import SandboxServer
from ._spec import load_spec
from ._tracking import TrackingLog

if TYPE_CHECKING:
    from piwik_pro import AsyncPiwikPro, PiwikPro

__all__ = ["Sandbox"]


class Sandbox:
    """A local HTTP server that answers like a Piwik PRO account, from the OpenAPI spec.

    Use it as a context manager (or call :meth:`start`/:meth:`stop`)::

        with Sandbox() as sandbox:
            client = sandbox.client()
            ...

    ``token_lifetime`` may be fractional; the server enforces it exactly, while the
    token response's ``expires_in`` is the lifetime rounded up to whole seconds.
    ``clock`` (seconds, default ``time.time``) is what token expiry is measured by and
    ``sleep`` (default ``time.sleep``) is how a delay fault waits: tests can pass a fake
    clock and a recorder instead of waiting.
    """

    def __init__(
        self,
        spec: dict[str, Any] | None = None,
        *,
        client_id: str = "sandbox-client-id",
        client_secret: str = "sandbox-client-secret",
        token_lifetime: float = 1800,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._compiled = compile_spec(spec if spec is not None else load_spec())
        self._authority = TokenAuthority(client_id, client_secret, token_lifetime, clock=clock)
        self._sleep = sleep
        self._secret = client_secret
        self.faults = Faults()
        self._app = SandboxApp(self._compiled, self._authority, self.faults)
        self._address = (host, port)
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self._server.url if self._server else "not started"
        return f"Sandbox({where}, client_id={self.client_id!r})"

    @property
    def spec(self) -> dict[str, Any]:
        """The OpenAPI document being served (read-only)."""
        return self._compiled.spec

    @property
    def client_id(self) -> str:
        return self._authority.client_id

    @property
    def client_secret(self) -> str:
        return self._secret

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:53127`` (the sandbox must be started)."""
        if self._server is None:
            raise RuntimeError("the sandbox is not running; call start() or use `with`")
        return self._server.url

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> Self:
        """Bind the port and serve in a background thread."""
        if self._server is None:
            server = SandboxServer(self._address, self._app, sleep=self._sleep)
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"piwik-pro-sandbox-{server.server_address[1]}",
                daemon=True,
            )
            thread.start()
            self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and close open connections."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.close_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def client(self, **kwargs: Any) -> PiwikPro:
        """A ``piwik_pro.PiwikPro`` client configured for this sandbox."""
        from piwik_pro import PiwikPro

        return PiwikPro(self.url, self.client_id, self.client_secret, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncPiwikPro:
        """A ``piwik_pro.AsyncPiwikPro`` client configured for this sandbox."""
        from piwik_pro import AsyncPiwikPro

        return AsyncPiwikPro(self.url, self.client_id, self.client_secret, **kwargs)

    @property
    def tracking(self) -> TrackingLog:
        """Tracking API hits received, per site and visitor; ``fail_partially(...)``."""
        return self._app.tracking

    @property
    def token_requests(self) -> int:
        """How many requests reached ``POST /auth/token``."""
        return self._app.recorder.token_requests

    @property
    def requests(self) -> list[RequestRecord]:
        """(method, path, status) of every request so far (status 0: connection dropped)."""
        return list(self._app.recorder.records)

    def expire_tokens(self) -> None:
        """Expire every token issued so far: the next call with one gets 401."""
        self._authority.expire_all()

    def seed(self, collection_path: str, count: int) -> list[str | int]:
        """Store ``count`` resources in a collection (e.g. ``"/api/users/v2"``); return ids."""
        return self._app.seed(collection_path, count)

    def reset(self) -> None:
        """Forget stored resources, faults and recorded requests."""
        self._app.reset()
