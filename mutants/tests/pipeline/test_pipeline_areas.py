"""The areas follow the source: new and removed spec files are reported, never fatal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import REPAIRED_SPEC, ROOT, FriendlyName, SpecFile, derived_area
from pipeline.fetch import fetch
from pipeline.generate import skipped_operations
from pipeline.merge import merge

LISTED = [SpecFile("kept_api.json", "kept", "u1"), SpecFile("gone_api.json", "gone", "u2")]


def _spec(paths: dict[str, Any], version: str = "3.0.3") -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": paths}


def _get(*params: dict[str, Any]) -> dict[str, Any]:
    ok = {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
    return {"get": {"parameters": list(params), "responses": {"200": ok}}}


def test_missing_and_unlisted_files(tmp_path: Path) -> None:
    """A listed file the source lacks is missing; an unlisted spec file is a new area."""
    (tmp_path / "kept_api.json").write_text(json.dumps(_spec({"/k": _get()})))
    (tmp_path / "customer_data_platform_public_webhooks_api.json").write_text(
        json.dumps(_spec({"/w": _get()}))
    )
    (tmp_path / "manifest.json").write_text(json.dumps({"files": []}))  # not a spec
    (tmp_path / "notes.json").write_text("not json")
    fetched = fetch(LISTED, tmp_path)
    assert fetched.missing == ["gone_api.json"]
    assert [(s.file, s.area) for s in fetched.new] == [
        (
            "customer_data_platform_public_webhooks_api.json",
            "customer_data_platform_public_webhooks",
        )
    ]
    assert [s.file for s in fetched.files] == [
        "kept_api.json",
        "customer_data_platform_public_webhooks_api.json",
    ]
    assert sorted(fetched.docs) == sorted(s.file for s in fetched.files)


def test_derived_area_names() -> None:
    """A new file's namespace is its snake-cased name, valid and unique."""
    assert derived_area("Tag-Manager_Webhooks_API.json") == "tag_manager_webhooks"
    assert derived_area("2024_reports.json") == "area_2024_reports"
    assert derived_area("kept_api.json", {"kept"}) == "kept_new"


def test_renamed_path_parameters_keep_their_name() -> None:
    """An operation whose path parameters were renamed keeps its names-table name."""
    names = {"GET /a/{appId}/b": FriendlyName("kept", None, "list")}
    docs = {"kept_api.json": _spec({"/a/{app_id}/b": _get()})}
    doc, report = merge(docs, LISTED[:1], names, "1")
    assert doc["paths"]["/a/{app_id}/b"]["get"]["operationId"] == "kept_list"
    assert report.renamed_parameters == [("GET /a/{app_id}/b", "GET /a/{appId}/b")]
    assert report.derived_names == [] and report.unused_names == []


GENERATOR_OUTPUT = """Generating /tmp/x
Warning(s) encountered while generating. Client was generated, but some pieces may be missing
WARNING parsing POST /x1 within default. Endpoint will not be generated.

Unsupported content type application/xml


WARNING parsing GET /x4 within default. Endpoint will not be generated.

cannot parse parameter of endpoint x4: Could not find reference in parsed models or enums

{
  "$ref": "#/components/schemas/Nope"
}

If you believe this was a mistake or this tool is missing a feature you need, please open an issue
"""


def test_generator_skips_are_parsed() -> None:
    """Skipped endpoints are read with their reason; other warnings are kept as errors."""
    skipped, other = skipped_operations(GENERATOR_OUTPUT)
    assert [(s.method, s.path, s.reason) for s in skipped] == [
        ("POST", "/x1", "Unsupported content type application/xml"),
        (
            "GET",
            "/x4",
            "cannot parse parameter of endpoint x4: Could not find reference in parsed models "
            "or enums",
        ),
    ]
    assert other == ""
    _, other = skipped_operations(GENERATOR_OUTPUT + "\nCannot parse schema Foo\n")
    assert other == "Cannot parse schema Foo"


def _regen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "scripts" / "regen.py"), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def new_area(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A release with one new, unlisted file: two operations, one the generator cannot take."""
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("out")
    xml = {"content": {"application/xml": {"schema": {"type": "object"}}}}
    paths = {
        "/api/widgets/v1/{widgetId}": _get(
            {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "int"}}
        ),
        "/api/widgets/v1/import": {
            "post": {"requestBody": xml, "responses": {"204": {"description": "done"}}}
        },
    }
    (source / "widgets_api.json").write_text(json.dumps(_spec(paths)))
    result = _regen("--from", source, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return source, out, result.stdout


def test_new_area_is_generated_and_skips_are_named(new_area: tuple[Path, Path, str]) -> None:
    """The new file becomes client.widgets; the skipped operation is named with its reason."""
    _, out, stdout = new_area
    assert "area new: widgets_api.json is not in specs/areas.toml; generated as client.widgets" in (
        stdout
    )
    assert "area removed: platform_users_authorized_api.json" in stdout
    assert "skipped: POST /api/widgets/v1/import: Unsupported content type application/xml" in (
        stdout
    )
    inventory = json.loads((out / "specs" / "inventory.json").read_text())
    assert [(e["name"], e["path"], e["derived_name"]) for e in inventory] == [
        ("widgets.get_api_widgets_v1_widget_id", "/api/widgets/v1/{widget_id}", True)
    ]
    resources = (out / "src" / "piwik_pro" / "_resources" / "widgets.py").read_text()
    assert "def get_api_widgets_v1_widget_id(" in resources
    served = json.loads((out / REPAIRED_SPEC.relative_to(ROOT)).read_text())["paths"]
    assert list(served) == ["/api/widgets/v1/{widget_id}"]  # the sandbox serves what is generated


def test_check_fails_on_skipped_operations(new_area: tuple[Path, Path, str]) -> None:
    """check-generated fails when the release has an operation the generator skipped."""
    source, out, _ = new_area
    result = _regen("--check", "--from", source, "--out", out)
    assert "generated files are up to date" in result.stdout
    assert "check: 1 operations of this release are not generated (skipped)" in result.stdout
    assert result.returncode == 1


def test_moved_operation_keeps_its_previous_name() -> None:
    """An operation the names table lacks, whose old path is gone (same method and
    operationId), keeps the name the previous inventory gave it."""
    previous = [
        {"name": "kept.activations.list", "method": "GET", "path": "/a", "upstream_id": "list_a"}
    ]
    moved = _get()
    moved["get"]["operationId"] = "list_a"
    docs = {"kept_api.json": _spec({"/app/{app_id}/a": moved})}
    doc, report = merge(docs, LISTED[:1], {}, "1", previous)
    assert doc["paths"]["/app/{app_id}/a"]["get"]["operationId"] == "kept_activations_list"
    assert report.kept_names == [("GET /app/{app_id}/a", "kept.activations.list", "GET /a")]
    assert report.derived_names == [("GET /app/{app_id}/a", "kept.activations.list")]
    other_area = [{**previous[0], "name": "elsewhere.list"}]
    doc, report = merge(docs, LISTED[:1], {}, "1", other_area)
    assert doc["paths"]["/app/{app_id}/a"]["get"]["operationId"] == "kept_get_app_app_id_a"
