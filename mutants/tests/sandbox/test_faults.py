"""Fault switches: injected statuses, Retry-After, delays, dropped connections, times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
import pytest

from piwik_pro.testing import Sandbox

from .conftest import token_for

USER = "/api/users/v2/985ed9d7-b652-47b8-b9cf-c17d62735261"


def test_429_with_retry_after_seconds_then_success(authed: httpx.Client, sandbox: Sandbox) -> None:
    """A 429 fault answers twice with Retry-After, then the request goes through."""
    sandbox.faults.add(status=429, retry_after="1", times=2)
    for _ in range(2):
        response = authed.get(USER)
        assert response.status_code == 429
        assert response.headers["retry-after"] == "1"
        assert response.json()["errors"][0]["status"] == "429"
    assert authed.get(USER).status_code == 200
    assert [r.status for r in sandbox.requests[-3:]] == [429, 429, 200]


def test_retry_after_accepts_an_http_date(authed: httpx.Client, sandbox: Sandbox) -> None:
    """A datetime retry_after is sent as an HTTP-date."""
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=5)
    sandbox.faults.add(status=429, retry_after=when)
    header = authed.get(USER).headers["retry-after"]
    assert header.endswith("GMT")
    assert parsedate_to_datetime(header) == when


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_error_faults(authed: httpx.Client, sandbox: Sandbox, status: int) -> None:
    """5xx faults answer their status once by default."""
    sandbox.faults.add(status=status)
    assert authed.get(USER).status_code == status
    assert authed.get(USER).status_code == 200


def test_times_none_lasts_until_cleared(authed: httpx.Client, sandbox: Sandbox) -> None:
    """times=None keeps failing until faults.clear()."""
    sandbox.faults.add(status=503, times=None)
    assert [authed.get(USER).status_code for _ in range(3)] == [503, 503, 503]
    sandbox.faults.clear()
    assert authed.get(USER).status_code == 200


def test_delay_waits_before_answering(sandbox: Sandbox) -> None:
    """delay=0.3 makes the server wait 0.3 s (its injected sleep), then answer normally."""
    waits: list[tuple[float, str]] = []
    with (
        Sandbox(sandbox.spec, sleep=lambda s: waits.append((s, fast.requests[-1].path))) as fast,
        httpx.Client(base_url=fast.url) as client,
    ):
        headers = {"Authorization": f"Bearer {token_for(client, fast)}"}
        fast.faults.add(delay=0.3)
        assert client.get(USER, headers=headers).status_code == 200
        assert client.get(USER, headers=headers).status_code == 200
    assert waits == [(0.3, USER)]  # once, for the faulted request, before its answer


def test_delay_trips_a_client_timeout(authed: httpx.Client, sandbox: Sandbox) -> None:
    """A delay longer than the client's read timeout surfaces as a timeout."""
    sandbox.faults.add(delay=0.5)
    with pytest.raises(httpx.ReadTimeout):
        authed.get(USER, timeout=0.1)


def test_drop_closes_the_connection_without_answer(authed: httpx.Client, sandbox: Sandbox) -> None:
    """drop=True closes the socket; the client sees a protocol error, then recovers."""
    sandbox.faults.add(drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        authed.get(USER)
    assert authed.get(USER).status_code == 200
    assert sandbox.requests[-2].status == 0


def test_faults_filter_by_path_prefix_and_method(authed: httpx.Client, sandbox: Sandbox) -> None:
    """path_prefix and method restrict which requests a fault hits."""
    sandbox.faults.add(status=503, path_prefix="/api/apps", method="get")
    assert authed.get(USER).status_code == 200
    assert authed.post("/api/apps/v2").status_code != 503
    assert authed.get("/api/apps/v2").status_code == 503
    assert len(sandbox.faults) == 0


def test_token_endpoint_is_only_faulted_when_targeted(http: httpx.Client, sandbox: Sandbox) -> None:
    """Default faults skip /auth/token; path_prefix='/auth/token' targets it."""
    sandbox.faults.add(status=503)
    token_for(http, sandbox)
    assert len(sandbox.faults) == 1
    sandbox.faults.clear()
    sandbox.faults.add(status=503, path_prefix="/auth/token")
    credentials = {"client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
    response = http.post("/auth/token", json={"grant_type": "client_credentials", **credentials})
    assert response.status_code == 503
    assert sandbox.token_requests == 2


def test_faults_apply_in_order_and_report_hits(authed: httpx.Client, sandbox: Sandbox) -> None:
    """Rules are used first-in first-out; exhausted rules disappear."""
    first = sandbox.faults.add(status=502)
    sandbox.faults.add(status=503)
    assert authed.get(USER).status_code == 502
    assert first.hits == 1
    assert authed.get(USER).status_code == 503
    assert list(sandbox.faults) == []


def test_invalid_fault_arguments_are_refused(sandbox: Sandbox) -> None:
    """A fault needs something to do, a real status and a positive times."""
    with pytest.raises(ValueError):
        sandbox.faults.add()
    with pytest.raises(ValueError):
        sandbox.faults.add(status=42)
    with pytest.raises(ValueError):
        sandbox.faults.add(status=500, times=0)
