"""`piwik-pro postman`: the collection's structure, and newman running Getting started.

newman (Postman's command-line runner) is installed from tests/cli/newman/package-lock.json
by `make newman` (part of `make test`).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from piwik_pro.cli._postman import GETTING_STARTED, SCHEMA_URL
from piwik_pro.cli._spec import load_repaired_spec, operations
from piwik_pro.testing import Sandbox
from shared_files import shared_path

from .conftest import environment

NEWMAN = Path(__file__).with_name("newman") / "node_modules" / ".bin" / "newman"
WALKTHROUGH = "piwik-docs/platform/getting_started.md"
# The published guide invites with POST /api/users/v2, which the 18.34 spec marks
# deprecated and which needs a password; the collection uses the invite operation.
PATH_CHANGES = {"/api/users/v2": "/api/users/v2/invite"}


@pytest.fixture(scope="module")
def collection(script: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The collection written by the installed script."""
    out = tmp_path_factory.mktemp("postman") / "collection.json"
    process = subprocess.run(
        [str(script), "postman", "--out", str(out)],
        capture_output=True,
        text=True,
        env=environment(None),
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    return out


def _folder(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(item for item in document["item"] if item["name"] == name)


def _requests(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for item in items:
        found += _requests(item["item"]) if "item" in item else [item["request"]]
    return found


def test_collection_shape(collection: Path) -> None:
    """v2.1 schema, the three variables without secrets, bearer auth, a token pre-request."""
    document = json.loads(collection.read_text())
    assert document["info"]["schema"] == SCHEMA_URL
    variables = {v["key"]: v["value"] for v in document["variable"]}
    assert {"baseUrl", "clientId", "clientSecret"} <= set(variables)
    assert variables["clientId"] == variables["clientSecret"] == ""
    assert document["auth"]["bearer"][0]["value"] == "{{accessToken}}"
    (event,) = document["event"]
    script = "\n".join(event["script"]["exec"])
    assert event["listen"] == "prerequest" and '"/auth/token"' in script
    assert "pm.sendRequest" in script and "expires_in" in script


def test_one_request_per_operation_in_area_folders(collection: Path) -> None:
    """Every operation of the spec once, under its area's folder, with its path variables."""
    document = json.loads(collection.read_text())
    spec = load_repaired_spec()
    areas = [item for item in document["item"] if item["name"] != GETTING_STARTED]
    assert len(areas) == len({op["x-piwik-name"].split(".")[0] for _, _, op in operations(spec)})
    found = sorted((r["method"], "/" + "/".join(r["url"]["path"])) for r in _requests(areas))
    expected = sorted(
        (method.upper(), re.sub(r"\{([^}]+)\}", r":\1", path))
        for path, method, _ in operations(spec)
    )
    assert found == expected
    for request in _requests(areas):
        names = [s[1:] for s in request["url"]["path"] if s.startswith(":")]
        assert [v["key"] for v in request["url"].get("variable", [])] == names


def _published_steps() -> list[tuple[str, str, Any]]:
    """(method, path, body) of each request of the guide's curl walkthrough."""
    text = shared_path(WALKTHROUGH).read_text().split("### Using API with curl", 1)[1]
    text = text.split("Using API with Postman", 1)[0]
    steps = re.findall(r"^(GET|POST|PATCH|DELETE) (/\S+)$", text, flags=re.MULTILINE)
    blocks = re.findall(r"```shell\n(.*?)```", text, flags=re.DOTALL)
    assert len(steps) == len(blocks) == 5, "the published walkthrough changed: review"
    bodies = []
    for block in blocks:
        found = re.search(r"--data '(.*)'", block, flags=re.DOTALL)
        bodies.append(json.loads(found.group(1)) if found else None)
    user = "/{{userId}}"
    return [
        (m, p.replace("/&lt;user_id&gt;", user), b) for (m, p), b in zip(steps, bodies, strict=True)
    ]


def _same_shape(ours: Any, published: Any) -> bool:
    """Equal, except where ours holds a {{variable}} for the guide's sample value."""
    if isinstance(ours, str) and re.fullmatch(r"\{\{\w+\}\}", ours):
        return isinstance(published, str)
    if isinstance(ours, dict) and isinstance(published, dict):
        return ours.keys() == published.keys() and all(
            _same_shape(ours[k], published[k]) for k in ours
        )
    return bool(ours == published)


def test_getting_started_follows_the_published_walkthrough(collection: Path) -> None:
    """Each request of the guide, in order, with the guide's body, in Getting started."""
    folder = _folder(json.loads(collection.read_text()), GETTING_STARTED)
    requests = [item["request"] for item in folder["item"]]
    shown = [(r["method"], "/" + "/".join(r["url"]["path"]), r.get("body")) for r in requests]
    position = 0
    for method, path, body in _published_steps():
        path = PATH_CHANGES.get(path, path)
        while (shown[position][0], shown[position][1]) != (method, path):
            position += 1  # our extra checks sit between the guide's steps
        ours = shown[position][2]
        assert (ours is None) == (body is None), (method, path)
        if body is not None:
            assert _same_shape(json.loads(ours["raw"]), body), (method, path)
    assert all(item["event"][0]["listen"] == "test" for item in folder["item"])


def _newman(collection: Path, sandbox: Sandbox, tmp_path: Path) -> dict[str, Any]:
    assert NEWMAN.is_file(), f"{NEWMAN} is missing: run `make newman` (npm ci)"
    report = tmp_path / "report.json"
    process = subprocess.run(
        [
            str(NEWMAN), "run", str(collection), "--folder", GETTING_STARTED,
            "--env-var", f"baseUrl={sandbox.url}",
            "--env-var", f"clientId={sandbox.client_id}",
            "--env-var", f"clientSecret={sandbox.client_secret}",
            "--reporters", "json", "--reporter-json-export", str(report),
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert process.returncode == 0, process.stdout + process.stderr
    run: dict[str, Any] = json.loads(report.read_text())["run"]
    assert run["failures"] == []
    return run


def test_newman_runs_getting_started(collection: Path, sandbox: Sandbox, tmp_path: Path) -> None:
    """newman: seven requests, every test passing, the user id carried from one to the next."""
    run = _newman(collection, sandbox, tmp_path)
    stats = run["stats"]
    assert (stats["requests"]["total"], stats["requests"]["failed"]) == (7, 0)
    assert (stats["assertions"]["total"], stats["assertions"]["failed"]) == (7, 0)
    calls = [(r.method, r.path, r.status) for r in sandbox.requests]
    user_path = calls[2][1]
    assert calls == [
        ("POST", "/auth/token", 200),
        ("POST", "/api/users/v2/invite", 201),
        ("GET", user_path, 200),
        ("PATCH", user_path, 204),
        ("GET", user_path, 200),
        ("DELETE", user_path, 204),
        ("GET", user_path, 404),
    ]
    assert user_path.startswith("/api/users/v2/") and len(user_path) > len("/api/users/v2/")


def test_pre_request_script_fetches_and_caches_the_token(
    collection: Path, sandbox: Sandbox, tmp_path: Path
) -> None:
    """Without the token step, the pre-request script fetches one token for all requests."""
    document = json.loads(collection.read_text())
    folder = _folder(document, GETTING_STARTED)
    folder["item"] = folder["item"][1:]
    trimmed = tmp_path / "without-token-step.json"
    trimmed.write_text(json.dumps(document))
    run = _newman(trimmed, sandbox, tmp_path)
    assert run["stats"]["assertions"] == {"total": 6, "pending": 0, "failed": 0}
    assert sandbox.token_requests == 1
    assert [r.path for r in sandbox.requests][:2] == ["/auth/token", "/api/users/v2/invite"]
