"""Answers match the spec: every GET operation's body validates against its schema."""

from __future__ import annotations

import json

import httpx
import pytest

from piwik_pro.testing import Sandbox

from .spec_calls import KNOWN_SPEC_DEFECTS, UUID, Checker, calls


def test_every_get_operation_answers_a_body_that_validates(
    authed: httpx.Client, sandbox: Sandbox
) -> None:
    """All GET operations answer 2xx, and openapi-core finds their bodies valid."""
    checker = Checker(sandbox.url)
    gets = list(calls(gets=True))
    failures = []
    for call in gets:
        sent = call.body(frozenset({()}))
        headers = {"Content-Type": sent[0]} if sent else {}
        content = sent[1] if sent else None
        response = authed.request(
            "GET", call.path, params=call.query, content=content, headers=headers
        )
        if response.status_code >= 300:
            failures.append(f"{call.template}: {response.status_code} {response.text[:200]}")
            continue
        errors = checker.errors(call, response)
        if (call.method, call.template) in KNOWN_SPEC_DEFECTS:
            assert errors, f"{call.template} validates now: drop it from KNOWN_SPEC_DEFECTS"
        else:
            failures += [f"{call.template}: {error}" for error in errors]
    assert not failures, "\n".join(failures)
    assert len(gets) >= 80


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("DELETE", f"/api/users/v2/{UUID}", 204),
        ("POST", f"/api/tag/v1/{UUID}/versions/draft/publish", 202),
        ("GET", "/api/cdp/settings/v1/app/" + UUID + "/activation", 200),
    ],
)
def test_documented_status_is_used(
    authed: httpx.Client, method: str, path: str, status: int
) -> None:
    """The first documented 2xx status is the one answered."""
    assert authed.request(method, path).status_code == status


def test_bodyless_answers_are_empty(authed: httpx.Client) -> None:
    """204 answers have no body and no content type."""
    response = authed.delete(f"/api/users/v2/{UUID}")
    assert response.content == b""
    assert "content-type" not in response.headers


def test_csv_is_served_when_asked_for(authed: httpx.Client) -> None:
    """An operation documenting text/csv answers CSV when Accept asks for it."""
    response = authed.get("/api/audit-log/v1/entries", headers={"Accept": "text/csv"})
    assert response.headers["content-type"] == "text/csv"
    assert response.text.splitlines()[0].count(",") >= 3


def test_ndjson_is_served_as_lines_of_json(authed: httpx.Client) -> None:
    """application/x-ndjson bodies are one JSON object per line."""
    response = authed.get("/api/tracker/v1/debugger", params={"app_id": UUID})
    assert response.headers["content-type"] == "application/x-ndjson"
    lines = response.text.strip().splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)
