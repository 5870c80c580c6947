"""The HTTP layer: keep-alive, HEAD, chunked bodies, start/stop and the client factories."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import piwik_pro
from piwik_pro.testing import Sandbox

from .conftest import token_for

USER = "/api/users/v2/985ed9d7-b652-47b8-b9cf-c17d62735261"


def _raw_exchange(sandbox: Sandbox, payload: bytes, reads: int) -> bytes:
    host, port = sandbox.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(payload)
        received = b""
        while received.count(b"HTTP/1.1 ") < reads or not received.endswith(b"}"):
            chunk = conn.recv(65536)
            if not chunk:
                break
            received += chunk
        return received


def test_many_requests_share_one_keep_alive_connection(sandbox: Sandbox) -> None:
    """Two pipelined requests on one socket get two answers (HTTP/1.1 keep-alive)."""
    request = b"GET /__sandbox__/health HTTP/1.1\r\nHost: x\r\n\r\n"
    received = _raw_exchange(sandbox, request * 2, reads=2)
    assert received.count(b"HTTP/1.1 200 OK") == 2
    assert b"Connection: close" not in received


def test_httpx_reuses_its_connection(authed: httpx.Client, sandbox: Sandbox) -> None:
    """A burst of calls from one client is served on a single connection."""
    for _ in range(50):
        assert authed.get(USER).status_code == 200
    assert len(sandbox._server._connections) == 1  # type: ignore[union-attr]


def test_head_is_get_without_body(authed: httpx.Client) -> None:
    """HEAD of a GET operation answers its headers (and length) but no body."""
    response = authed.head(USER)
    assert response.status_code == 200
    assert response.content == b""
    assert int(response.headers["content-length"]) > 0


def test_chunked_request_bodies_are_read(http: httpx.Client, sandbox: Sandbox) -> None:
    """A chunked (streamed) token request is understood."""
    body = (
        b'{"grant_type": "client_credentials", "client_id": "sandbox-client-id", '
        b'"client_secret": "sandbox-client-secret"}'
    )
    response = http.post(
        "/auth/token",
        content=iter([body[:20], body[20:]]),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200


def test_stop_closes_idle_keep_alive_connections(sandbox: Sandbox) -> None:
    """stop() ends open connections so nothing lingers after the test."""
    client = httpx.Client(base_url=sandbox.url)
    token_for(client, sandbox)
    sandbox.stop()
    with pytest.raises(httpx.TransportError):
        client.get(USER)
    client.close()
    assert not sandbox.running
    with pytest.raises(RuntimeError):
        _ = sandbox.url


def test_restart_serves_again(sandbox: Sandbox) -> None:
    """A stopped sandbox can be started again (state is kept)."""
    sandbox.seed("/api/users/v2", 2)
    sandbox.stop()
    sandbox.start()
    with httpx.Client(base_url=sandbox.url) as client:
        client.headers["Authorization"] = f"Bearer {token_for(client, sandbox)}"
        assert client.get("/api/users/v2").json()["meta"]["total"] == 2


def test_client_factories_pass_url_and_credentials(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sandbox.client() / async_client() build the facade for this sandbox."""
    made: list[tuple[Any, ...]] = []

    def fake(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
        made.append((*args, kwargs))
        return args

    monkeypatch.setattr(piwik_pro, "PiwikPro", fake, raising=False)
    monkeypatch.setattr(piwik_pro, "AsyncPiwikPro", fake, raising=False)
    sandbox.client(max_retries=0)
    sandbox.async_client()
    expected = (sandbox.url, sandbox.client_id, sandbox.client_secret)
    assert made == [(*expected, {"max_retries": 0}), (*expected, {})]


def test_concurrent_clients_are_served(sandbox: Sandbox) -> None:
    """Eight clients calling at once all get correct answers."""

    def worker() -> list[int]:
        with httpx.Client(base_url=sandbox.url) as client:
            client.headers["Authorization"] = f"Bearer {token_for(client, sandbox)}"
            return [client.get(USER).status_code for _ in range(25)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: worker(), range(8)))
    assert all(status == 200 for statuses in results for status in statuses)
    assert sandbox.token_requests == 8
