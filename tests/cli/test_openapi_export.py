"""`piwik-pro openapi`: the repaired spec, merged or per area, passes openapi-spec-validator."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from piwik_pro.cli._spec import area_of, export_spec, load_repaired_spec, operations

from .conftest import environment

ROOT = Path(__file__).resolve().parents[2]
INVENTORY = json.loads((ROOT / "specs" / "inventory.json").read_text())


def _export(script: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(script), "openapi", *args],
        capture_output=True,
        text=True,
        env=environment(None),
        timeout=120,
        check=False,
        cwd=tmp_path,
    )


def _unresolved(document: dict[str, Any]) -> list[str]:
    missing = []
    for ref in _refs(document):
        node: Any = document
        for part in ref.removeprefix("#/").split("/"):
            node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            missing.append(ref)
    return missing


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def test_merged_export_validates_with_the_server_filled_in(script: Path, tmp_path: Path) -> None:
    """The installed script writes all 178 operations, a valid OpenAPI 3.0 document."""
    process = _export(script, tmp_path, "--server", "example.piwik.pro/", "--out", "spec.json")
    assert process.returncode == 0, process.stderr
    document = json.loads((tmp_path / "spec.json").read_text())
    validate(document)
    assert document["openapi"].startswith("3.0")
    assert document["servers"] == [{"url": "https://example.piwik.pro"}]
    assert len(list(operations(document))) == len(INVENTORY)


def test_every_area_export_is_complete_and_valid() -> None:
    """Each area alone: exactly its operations, every $ref resolvable, valid OpenAPI."""
    spec = load_repaired_spec()
    expected = Counter(entry["area"] for entry in INVENTORY)
    for area, count in expected.items():
        document = export_spec(spec, area, None)
        areas = Counter(area_of(op) for _, _, op in operations(document))
        assert areas == {area: count}, area
        assert _unresolved(document) == [], area
        assert len(document["components"]["schemas"]) < len(spec["components"]["schemas"])
        validate(document)


def test_default_server_is_a_template() -> None:
    """Without an account the server is https://{account}.piwik.pro with a variable."""
    (server,) = export_spec(load_repaired_spec(), "users", None)["servers"]
    assert server["url"] == "https://{account}.piwik.pro"
    assert server["variables"]["account"]["default"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--area", "nope", "--out", "x.json"], "'nope' is not an area"),
        (["--server", "ftp://x", "--out", "x.json"], "is not http or https"),
        (["--area", "users"], "Missing option '--out'"),
    ],
)
def test_bad_arguments_exit_2(script: Path, tmp_path: Path, args: list[str], message: str) -> None:
    """An unknown area, a bad server or no --out: exit 2 with the reason, nothing written."""
    process = _export(script, tmp_path, *args)
    assert process.returncode == 2 and message in process.stderr, process.stderr
    assert not (tmp_path / "x.json").exists()
