"""A failing token endpoint is retried like any safe request; a refusal is not."""

from __future__ import annotations

import httpx
import pytest

from piwik_pro import AuthenticationError, PiwikPro
from support.fakeserver import sync_client

USER_ID = "62603e6a-6c24-4bbe-99b7-a456777f4d60"
USER = {"data": {"id": USER_ID, "type": "ppms/user", "attributes": {"email": "a@b.c"}}}
TOKEN = {"token_type": "Bearer", "expires_in": 1800, "access_token": "token-value"}


def _client(token_answers: list[httpx.Response | Exception]) -> tuple[PiwikPro, list[str]]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/auth/token":
            answer = token_answers.pop(0) if token_answers else httpx.Response(200, json=TOKEN)
            if isinstance(answer, Exception):
                raise answer
            return answer
        if request.method == "POST":
            return httpx.Response(201, json=USER)
        return httpx.Response(200, json=USER)

    client, _ = sync_client(handler, max_retries=2)
    return client, seen


def test_token_endpoint_503_is_retried_then_the_call_succeeds() -> None:
    """A 503 from /auth/token is retried; the API call then goes out once."""
    client, seen = _client([httpx.Response(503, json={"message": "busy"})])
    client.users.get(USER_ID)
    assert seen == ["/auth/token", "/auth/token", f"/api/users/v2/{USER_ID}"]


def test_token_timeout_is_retried_even_under_a_post() -> None:
    """A timeout on the token request is retried for a POST call: nothing was applied."""
    client, seen = _client([httpx.ReadTimeout("slow")])
    client.users.invite(email="new@example.com")
    assert seen == ["/auth/token", "/auth/token", "/api/users/v2/invite"]


def test_token_refusal_is_not_retried() -> None:
    """A 401 from /auth/token (bad credentials) raises at once."""
    client, seen = _client([httpx.Response(401, json={"message": "Invalid credentials"})])
    with pytest.raises(AuthenticationError, match="Invalid credentials"):
        client.users.get(USER_ID)
    assert seen == ["/auth/token"]


def test_token_retries_stop_at_max_retries() -> None:
    """Three 503s in a row with max_retries=2 end in AuthenticationError with status 503."""
    busy = [httpx.Response(503, json={"message": "busy"}) for _ in range(3)]
    client, seen = _client(busy)
    with pytest.raises(AuthenticationError) as info:
        client.users.get(USER_ID)
    assert info.value.status_code == 503
    assert seen == ["/auth/token"] * 3
