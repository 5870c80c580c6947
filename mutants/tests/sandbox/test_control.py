"""The /__sandbox__/ control endpoints drive a sandbox over HTTP."""

from __future__ import annotations

import httpx

from piwik_pro.testing import Sandbox

USER = "/api/users/v2/985ed9d7-b652-47b8-b9cf-c17d62735261"


def test_health(http: httpx.Client) -> None:
    """GET /__sandbox__/health answers ok."""
    assert http.get("/__sandbox__/health").json() == {"status": "ok"}


def test_faults_over_http(authed: httpx.Client) -> None:
    """Faults can be added, listed and cleared over HTTP."""
    added = authed.post("/__sandbox__/faults", json={"status": 429, "retry_after": "2", "times": 2})
    assert added.status_code == 201
    assert added.json()["fault"]["times"] == 2
    assert len(authed.get("/__sandbox__/faults").json()["faults"]) == 1
    response = authed.get(USER)
    assert (response.status_code, response.headers["retry-after"]) == (429, "2")
    assert authed.delete("/__sandbox__/faults").status_code == 204
    assert authed.get(USER).status_code == 200


def test_bad_fault_request_is_400(http: httpx.Client) -> None:
    """Unknown fields or invalid values are refused."""
    assert http.post("/__sandbox__/faults", json={"colour": "red"}).status_code == 400
    assert http.post("/__sandbox__/faults", json={"status": 9}).status_code == 400


def test_expire_tokens_over_http(authed: httpx.Client) -> None:
    """POST /__sandbox__/expire-tokens expires the tokens in use."""
    assert authed.post("/__sandbox__/expire-tokens").status_code == 204
    assert authed.get(USER).json()["message"] == "Expired JWT Token"


def test_seed_and_reset_over_http(authed: httpx.Client) -> None:
    """seed fills a collection; reset forgets it again."""
    seeded = authed.post("/__sandbox__/seed", json={"path": "/api/users/v2", "count": 3})
    assert seeded.status_code == 201
    assert len(seeded.json()["ids"]) == 3
    assert authed.get("/api/users/v2").json()["meta"]["total"] == 3
    assert authed.post("/__sandbox__/reset").status_code == 204
    assert authed.get("/api/users/v2").json()["meta"]["total"] == 1


def test_seed_refuses_non_collections(http: httpx.Client) -> None:
    """Seeding a path that is not a collection is a 400."""
    assert http.post("/__sandbox__/seed", json={"path": "/api/nope", "count": 1}).status_code == 400
    assert http.post("/__sandbox__/seed", json={"count": 1}).status_code == 400


def test_requests_log_over_http(authed: httpx.Client, sandbox: Sandbox) -> None:
    """GET /__sandbox__/requests reports the token count and (method, path, status)."""
    authed.get(USER)
    log = authed.get("/__sandbox__/requests").json()
    assert log["token_requests"] == 1
    assert log["requests"][-1] == {"method": "GET", "path": USER, "status": 200}
    assert len(sandbox.requests) == 2


def test_unknown_control_endpoint_is_404(http: httpx.Client) -> None:
    """Control paths that do not exist answer 404."""
    assert http.get("/__sandbox__/nothing").status_code == 404
