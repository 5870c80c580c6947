"""Secret scan: no committed cassette holds anything secret-shaped, and the scan finds plants."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from vcr.request import Request
from vcr.serializers import yamlserializer

from piwik_pro.testing import Sandbox
from recording.calls import CASSETTES, PLACEHOLDER
from recording.scrub import EXAMPLE_HOST, Scrubber

from .validate import load_interactions

_DEFAULTS = inspect.signature(Sandbox.__init__).parameters
SANDBOX_CREDENTIALS = (_DEFAULTS["client_id"].default, _DEFAULTS["client_secret"].default)
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
BEARER = re.compile(r"\bBearer\s+(\S+)", re.IGNORECASE)
SECRET_VALUE = re.compile(
    r"""["']?\b(client_secret|access_token|refresh_token|client_id)\b["']?\s*[:=]\s*"""
    r"""["']?([^"'&,}\s]*)"""
)
PIWIK_HOST = re.compile(r"(?:[a-z0-9-]+\.)+piwik\.pro\b", re.IGNORECASE)
LOCAL_ADDRESS = re.compile(r"\b(?:127\.0\.0\.1|localhost):\d+")
COMMITTED = sorted(CASSETTES.glob("*/*.yaml"))


def find_secrets(path: Path) -> list[str]:
    """Every secret-shaped string in a cassette file, as ``kind: value`` lines."""
    raw = path.read_text()
    texts = [raw, *_strings(yaml.load(raw, Loader=yaml.SafeLoader))]
    found: set[str] = set()
    for text in texts:
        found.update(f"jwt: {m}" for m in JWT.findall(text))
        found.update(f"bearer: {m}" for m in BEARER.findall(text) if m != PLACEHOLDER)
        found.update(
            f"{key}: {value}" for key, value in SECRET_VALUE.findall(text) if value != PLACEHOLDER
        )
        found.update(f"host: {m}" for m in PIWIK_HOST.findall(text) if m.lower() != EXAMPLE_HOST)
        found.update(f"sandbox credential: {c}" for c in SANDBOX_CREDENTIALS if c in text)
        found.update(f"sandbox address: {m}" for m in LOCAL_ADDRESS.findall(text))
    return sorted(found)


def _strings(node: Any) -> Iterator[str]:
    """Every string (keys included) of a parsed cassette; bytes decoded."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, bytes):
        yield node.decode("utf-8", "replace")
    elif isinstance(node, str):
        yield node


def test_committed_cassettes_hold_no_secrets() -> None:
    """No committed cassette contains a token, credential, real host or sandbox secret."""
    assert COMMITTED, "no cassettes found"
    leaks = {path.name: found for path in COMMITTED if (found := find_secrets(path))}
    assert leaks == {}


JWT_VALUE = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjbGllbnQifQ.c2lnbmF0dXJlLXZhbHVl"
PLANTS = {
    "jwt": ("response", "body", f'{{"note":"{JWT_VALUE}"}}'),
    "bearer": ("request", "authorization", "Bearer abcdef0123456789"),
    "client_secret": ("token_request", "client_secret", "s3cr3t-v4lue"),
    "client_id": ("token_request", "client_id", "real-client-id"),
    "access_token": ("token_response", "access_token", "opaque-token-value"),
    "host": ("request", "uri", "https://acme.piwik.pro/api/users/v2/me"),
    "sandbox credential": ("response", "body", f'{{"name":"{SANDBOX_CREDENTIALS[1]}"}}'),
    "sandbox address": ("response", "location", "http://127.0.0.1:53127/api/users/v2/1"),
}


def _plant(tmp_path: Path, where: str, field: str, value: str) -> Path:
    """A copy of a committed cassette with one secret planted."""
    interactions = load_interactions(CASSETTES / "users" / "users.get.yaml")
    token, call = interactions
    if where == "token_request":
        token["request"]["body"] = (
            f'{{"grant_type":"client_credentials","client_id":"{PLACEHOLDER}",'
            f'"client_secret":"{PLACEHOLDER}"}}'
        ).replace(f'"{field}":"{PLACEHOLDER}"', f'"{field}":"{value}"')
    elif where == "token_response":
        token["response"]["body"]["string"] = f'{{"token_type":"Bearer","{field}":"{value}"}}'
    elif field == "uri":
        call["request"]["uri"] = value
    elif field == "body":
        call["response"]["body"]["string"] = value
    elif where == "request":
        call["request"]["headers"][field] = [value]
    else:
        call["response"]["headers"][field] = [value]
    target = tmp_path / "planted.yaml"
    target.write_text(yamlserializer.serialize({"interactions": interactions, "version": 1}))
    return target


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_each_kind_of_secret_is_caught(tmp_path: Path, kind: str) -> None:
    """A secret of each kind planted in a cassette is found by the scan."""
    path = _plant(tmp_path, *PLANTS[kind])
    found = find_secrets(path)
    assert any(line.startswith(f"{kind}: ") for line in found), found


def test_scrubbing_leaves_nothing_for_the_scan(tmp_path: Path) -> None:
    """Traffic full of secrets comes out of the scrubber with none left."""
    scrubber = Scrubber(["http://127.0.0.1:53127"])
    token = Request(
        "POST",
        "http://127.0.0.1:53127/auth/token",
        b'{"grant_type":"client_credentials","client_id":"sandbox-client-id",'
        b'"client_secret":"sandbox-client-secret"}',
        {"Content-Type": "application/json", "User-Agent": "x"},
    )
    call = Request(
        "GET",
        "http://127.0.0.1:53127/api/users/v2/me?next=https://acme.piwik.pro/x",
        b"",
        {"Authorization": f"Bearer {JWT_VALUE}", "Cookie": "session=1"},
    )
    body = f'{{"access_token":"{JWT_VALUE}","token_type":"Bearer","url":"https://acme.piwik.pro"}}'
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": ["application/json"], "Set-Cookie": ["a=b"]},
        "body": {"string": body.encode()},
    }
    interactions = [
        {"request": scrubber.request(r)._to_dict(), "response": scrubber.response(response)}
        for r in (token, call)
    ]
    path = tmp_path / "scrubbed.yaml"
    path.write_text(yamlserializer.serialize({"interactions": interactions, "version": 1}))
    assert find_secrets(path) == []
    assert "https://example.piwik.pro/api/users/v2/me" in path.read_text()
