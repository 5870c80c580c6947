"""Every other operation accepts a request built from its documentation and answers in shape."""

from __future__ import annotations

import httpx

from piwik_pro.testing import Sandbox
from piwik_pro.testing._samples import Path

from .spec_calls import Call, Checker, calls

_ATTEMPTS = 8


def _pointer_path(pointer: str) -> Path:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    return tuple(int(p) if p.isdigit() else p for p in parts)


def _send(client: httpx.Client, call: Call, banned: frozenset[Path]) -> httpx.Response:
    sent = call.body(banned)
    if sent and sent[0].startswith("multipart/"):
        files = {"file": ("version.json", b"{}", "application/json")}
        return client.request(call.method.upper(), call.path, params=call.query, files=files)
    headers = {"Content-Type": sent[0]} if sent else {}
    content = sent[1] if sent else None
    return client.request(
        call.method.upper(), call.path, params=call.query, headers=headers, content=content
    )


def _call(client: httpx.Client, call: Call) -> httpx.Response:
    """Send the call; on 400, stop using the documented values the sandbox pointed at."""
    banned: set[Path] = set()
    for _ in range(_ATTEMPTS):
        response = _send(client, call, frozenset(banned))
        if response.status_code != 400:
            return response
        pointers = [e.get("source", {}).get("pointer") for e in response.json()["errors"]]
        paths = [_pointer_path(p) for p in pointers if p is not None]
        fresh = set(paths) - banned or {q[:i] for q in paths for i in range(len(q))} - banned
        if not fresh:
            return response
        banned |= fresh
    return response


def test_every_other_operation_is_callable(authed: httpx.Client, sandbox: Sandbox) -> None:
    """POST/PUT/PATCH/DELETE operations answer 2xx with bodies that validate."""
    checker = Checker(sandbox.url)
    operations = list(calls(gets=False))
    failures = []
    for call in operations:
        sandbox.reset()
        response = _call(authed, call)
        if response.status_code >= 300:
            failures.append(
                f"{call.method} {call.template}: {response.status_code} {response.text[:300]}"
            )
        else:
            failures += [
                f"{call.method} {call.template}: {e}" for e in checker.errors(call, response)
            ]
    assert not failures, "\n".join(failures)
    assert len(operations) >= 90
