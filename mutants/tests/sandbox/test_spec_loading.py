"""Which OpenAPI document the sandbox serves, and that any 3.0/3.1 document works."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

import piwik_pro
from piwik_pro._openapi import spec_resource
from piwik_pro.testing import SPEC_ENV_VAR, Sandbox, SpecNotFoundError, _spec, find_spec, load_spec

from .conftest import token_for

TINY = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return path


@pytest.fixture
def no_packaged_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend the package lives in tmp_path/pkg/piwik_pro with no data file."""
    package_dir = tmp_path / "pkg" / "piwik_pro"
    package_dir.mkdir(parents=True)
    monkeypatch.setattr(_spec, "_PACKAGE_SPEC", package_dir / "openapi.json")
    monkeypatch.delenv(SPEC_ENV_VAR, raising=False)
    return tmp_path


def test_explicit_path_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """load_spec(path) ignores $PIWIK_PRO_SANDBOX_SPEC."""
    explicit = _write(tmp_path / "a.json", {**TINY, "info": {"title": "explicit", "version": "1"}})
    monkeypatch.setenv(SPEC_ENV_VAR, str(_write(tmp_path / "b.json", TINY)))
    assert load_spec(explicit)["info"]["title"] == "explicit"


def test_environment_variable_is_second(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a path, $PIWIK_PRO_SANDBOX_SPEC names the document."""
    env = _write(tmp_path / "env.json", TINY)
    monkeypatch.setenv(SPEC_ENV_VAR, str(env))
    assert find_spec() == env


def test_packaged_file_is_third(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a path or variable, the package's committed repaired spec is served."""
    monkeypatch.delenv(SPEC_ENV_VAR, raising=False)
    found = find_spec()
    assert found == Path(piwik_pro.__file__).parent / "openapi.json"
    assert "x-generated" in load_spec()
    assert found == Path(str(spec_resource()))


def test_no_checkout_cache_is_used(no_packaged_spec: Path) -> None:
    """A stale .cache/openapi.json of older checkouts is never picked up."""
    _write(no_packaged_spec / ".cache" / "openapi.json", TINY)
    _write(no_packaged_spec / "pkg" / ".cache" / "openapi.json", TINY)
    with pytest.raises(SpecNotFoundError):
        find_spec()


def test_missing_spec_says_what_to_do(no_packaged_spec: Path) -> None:
    """With nothing to load, the error names the missing file and the other ways."""
    with pytest.raises(SpecNotFoundError, match=r"openapi\.json is not a file.*reinstall"):
        find_spec()


def test_missing_explicit_path_is_an_error(tmp_path: Path) -> None:
    """A path that does not exist is reported, not silently replaced."""
    with pytest.raises(SpecNotFoundError):
        load_spec(tmp_path / "nope.json")


def test_non_openapi_json_is_refused(tmp_path: Path) -> None:
    """A JSON file without 'paths' is not accepted as a spec."""
    with pytest.raises(ValueError, match="not an OpenAPI document"):
        load_spec(_write(tmp_path / "x.json", {"hello": "world"}))


THING = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "name": {"type": ["string", "null"], "examples": ["Widget"]},
        "size": {"type": "integer", "minimum": 3},
    },
}
SPEC_31: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "things", "version": "1"},
    "security": [{"bearer": []}],
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {"Thing": THING},
    },
    "paths": {
        "/things": {
            "get": {
                "operationId": "things_list",
                "parameters": [
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "data": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Thing"},
                                        },
                                        "meta": {
                                            "type": "object",
                                            "properties": {"total": {"type": "integer"}},
                                        },
                                    },
                                }
                            }
                        },
                    }
                },
            },
            "post": {
                "operationId": "things_create",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    },
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            },
        },
        "/things/{thing_id}": {
            "parameters": [
                {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {
                "operationId": "things_get",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            },
            "delete": {
                "operationId": "things_delete",
                "responses": {"204": {"description": "gone"}},
            },
        },
        "/public": {
            "get": {
                "operationId": "public",
                "security": [],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
    },
}


def test_an_openapi_31_document_is_served() -> None:
    """Type lists, `examples` arrays and path-level parameters of 3.1 work end to end."""
    with Sandbox(SPEC_31) as sandbox, httpx.Client(base_url=sandbox.url) as client:
        assert client.get("/public").text == "OK"
        assert client.get("/things").status_code == 401
        client.headers["Authorization"] = f"Bearer {token_for(client, sandbox)}"
        listing = client.get("/things").json()
        assert listing["data"][0]["name"] == "Widget" and listing["data"][0]["size"] == 3
        created = client.post("/things", json={"name": "Gadget", "size": 7})
        assert created.status_code == 201
        thing = created.json()
        assert client.get(f"/things/{thing['id']}").json() == thing
        assert client.post("/things", json={"size": 1}).status_code == 400
        assert client.delete(f"/things/{thing['id']}").status_code == 204
        assert client.get(f"/things/{thing['id']}").status_code == 404
        assert client.get("/things").json()["meta"]["total"] == 0


def test_plugin_fixture_is_a_running_sandbox(piwik_pro_sandbox: Sandbox) -> None:
    """The pytest plugin's fixture yields a started sandbox on the merged spec."""
    assert piwik_pro_sandbox.running
    assert len(piwik_pro_sandbox.spec["paths"]) > 100


def test_command_line_serves_until_interrupted(tmp_path: Path) -> None:
    """python -m piwik_pro.testing prints URL and credentials, serves, stops on Ctrl-C."""
    command = [sys.executable, "-m", "piwik_pro.testing", "--port", "0", "--spec", str(find_spec())]
    command += ["--client-id", "cli-id", "--client-secret", "cli-secret"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=dict(os.environ)
    ) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().rsplit(" ", 1)[1].strip()
            assert "cli-id" in process.stdout.readline()
            assert httpx.get(f"{url}/__sandbox__/health").json() == {"status": "ok"}
        finally:
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=10) == 0
