"""Token endpoint and bearer-token checks."""

from __future__ import annotations

import base64
import json

import httpx

from piwik_pro.testing import Sandbox

from .conftest import token_for

USER = "/api/users/v2/985ed9d7-b652-47b8-b9cf-c17d62735261"


def _claims(token: str) -> dict[str, object]:
    payload = token.split(".")[1]
    decoded: dict[str, object] = json.loads(base64.urlsafe_b64decode(payload + "==="))
    return decoded


def test_token_is_issued_for_the_configured_credentials(
    http: httpx.Client, sandbox: Sandbox
) -> None:
    """POST /auth/token answers a Bearer JWT with expires_in."""
    response = http.post(
        "/auth/token",
        json={
            "grant_type": "client_credentials",
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 1800
    assert body["access_token"].count(".") == 2
    claims = _claims(body["access_token"])
    assert {"iat", "exp", "sub"} <= claims.keys()
    assert sandbox.token_requests == 1


def test_token_accepts_form_encoded_credentials(http: httpx.Client, sandbox: Sandbox) -> None:
    """The token endpoint also takes application/x-www-form-urlencoded."""
    data = {
        "grant_type": "client_credentials",
        "client_id": sandbox.client_id,
        "client_secret": sandbox.client_secret,
    }
    assert http.post("/auth/token", data=data).status_code == 200


def test_wrong_secret_is_rejected(http: httpx.Client, sandbox: Sandbox) -> None:
    """Wrong credentials get 401 invalid_client."""
    body = {"grant_type": "client_credentials", "client_id": sandbox.client_id}
    response = http.post("/auth/token", json={**body, "client_secret": "nope"})
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert "nope" not in response.text


def test_wrong_grant_type_is_rejected(http: httpx.Client, sandbox: Sandbox) -> None:
    """Only the client_credentials grant is supported."""
    response = http.post("/auth/token", json={"grant_type": "password"})
    assert response.status_code == 400
    assert response.json()["error"] == "unsupported_grant_type"


def test_missing_authorization_header_gets_jwt_not_found(http: httpx.Client) -> None:
    """No Authorization header: 401 {"code": 401, "message": "JWT not found"}."""
    response = http.get(USER)
    assert response.status_code == 401
    assert response.json() == {"code": 401, "message": "JWT not found"}


def test_forged_token_is_not_authorized(http: httpx.Client, sandbox: Sandbox) -> None:
    """A token with a bad signature gets 401 access token not authorized."""
    header, payload, _ = token_for(http, sandbox).split(".")
    response = http.get(USER, headers={"Authorization": f"Bearer {header}.{payload}.AAAA"})
    assert response.status_code == 401
    assert response.json()["message"] == "access token not authorized"


def test_token_of_another_sandbox_is_not_authorized(http: httpx.Client, sandbox: Sandbox) -> None:
    """Each sandbox signs with its own key."""
    with Sandbox(sandbox.spec) as other, httpx.Client(base_url=other.url) as other_http:
        foreign = token_for(other_http, other)
    response = http.get(USER, headers={"Authorization": f"Bearer {foreign}"})
    assert response.json() == {"code": 401, "message": "access token not authorized"}


def test_expire_tokens_makes_the_next_call_fail_with_expired(
    authed: httpx.Client, sandbox: Sandbox
) -> None:
    """sandbox.expire_tokens(): the next call gets 401 Expired JWT Token."""
    assert authed.get(USER).status_code == 200
    sandbox.expire_tokens()
    response = authed.get(USER)
    assert response.status_code == 401
    assert response.json() == {"code": 401, "message": "Expired JWT Token"}
    authed.headers["Authorization"] = f"Bearer {token_for(authed, sandbox)}"
    assert authed.get(USER).status_code == 200


def test_short_token_lifetime_expires_on_time(sandbox: Sandbox) -> None:
    """A fractional token_lifetime is enforced on the sandbox's clock; expires_in rounds up."""
    now = [5000.0]
    with (
        Sandbox(sandbox.spec, token_lifetime=0.2, clock=lambda: now[0]) as short,
        httpx.Client(base_url=short.url) as client,
    ):
        credentials = {"client_id": short.client_id, "client_secret": short.client_secret}
        body = client.post(
            "/auth/token", json={"grant_type": "client_credentials", **credentials}
        ).json()
        assert body["expires_in"] == 1
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        now[0] += 0.19
        assert client.get(USER, headers=headers).status_code == 200
        now[0] += 0.02
        assert client.get(USER, headers=headers).json()["message"] == "Expired JWT Token"


def test_public_operation_needs_no_token(http: httpx.Client) -> None:
    """Operations with security: [] (the tracking endpoint) answer without a token."""
    response = http.get("/ppms.php", params={"idsite": "892d04bd-6e2b-4914-bfb4-bac721b37235"})
    assert response.status_code < 300


def test_secret_never_appears_in_reprs(sandbox: Sandbox) -> None:
    """Neither the client secret nor a token shows up in the sandbox's repr."""
    assert sandbox.client_secret not in repr(sandbox)
    assert sandbox.client_secret not in repr(sandbox._app.authority)
