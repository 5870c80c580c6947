"""Fixtures for the sandbox tests: a running sandbox and raw httpx clients against it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from piwik_pro.testing import Sandbox
from piwik_pro.testing.pytest_plugin import piwik_pro_sandbox

__all__ = ["JSONAPI", "authed", "http", "piwik_pro_sandbox", "sandbox", "token_for"]

JSONAPI = "application/vnd.api+json"


@pytest.fixture
def sandbox(piwik_pro_sandbox: Sandbox) -> Sandbox:
    """The plugin's function-scoped sandbox under a shorter name."""
    return piwik_pro_sandbox


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An unauthenticated httpx client for the sandbox."""
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


def token_for(client: httpx.Client, sandbox: Sandbox) -> str:
    """Fetch a token with the sandbox's credentials."""
    response = client.post(
        "/auth/token",
        json={
            "grant_type": "client_credentials",
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
        },
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


@pytest.fixture
def authed(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An httpx client that sends a valid bearer token."""
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        client.headers["Authorization"] = f"Bearer {token_for(client, sandbox)}"
        yield client
