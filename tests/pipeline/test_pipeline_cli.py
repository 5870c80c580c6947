"""Coverage classification, the check-mode comparison and the model count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import compare_outputs, model_count
from pipeline.config import GENERATED
from pipeline.coverage import branch_kind, coverage, format_coverage, is_json, success_branches

BRANCHES = {
    "model": ("response_200 = Thing.from_dict(response.json())", "model"),
    "list of models": (
        "response_200 = []\n"
        "        for item_data in response.json():\n"
        "            item = Thing.from_dict(item_data)\n"
        "            response_200.append(item)",
        "model",
    ),
    "union parser": (
        "def _parse_response_200(data: object) -> A | B:\n"
        "            try:\n"
        "                return A.from_dict(data)\n"
        "            except TypeError:\n"
        "                return B.from_dict(data)\n"
        "        response_200 = _parse_response_200(response.json())",
        "model",
    ),
    "exact value": ("response_200 = cast(int, response.json())", "value"),
    "list of UUID": (
        "response_200 = []\n"
        "        for item_data in response.json():\n"
        "            response_200.append(UUID(item_data))",
        "value",
    ),
    "any": ("response_200 = cast(Any, response.json())", None),
    "no body": ("response_200 = cast(Any, None)", None),
    "text": ("response_200 = response.text", None),
    "file": ("response_200 = File(payload=BytesIO(response.content))", None),
}


@pytest.mark.parametrize(("body", "kind"), BRANCHES.values(), ids=list(BRANCHES))
def test_success_branch_kinds(body: str, kind: str | None) -> None:
    """A 2xx branch of _parse_response is typed when it builds models or an exact JSON type."""
    source = (
        "def _parse_response(*, client, response):\n"
        "    if response.status_code == 200:\n"
        f"        {body}\n"
        "        return response_200\n"
        "    if response.status_code == 404:\n"
        "        return None\n"
    )
    branches = success_branches(source)
    assert sorted(branches) == [200, 404]
    assert branch_kind(branches[200]) == kind


def test_json_media_types() -> None:
    """application/json, +json types and JSON lines count as JSON bodies; others do not."""
    assert all(
        map(is_json, ["application/json", "application/vnd.api+json", "application/x-ndjson"])
    )
    assert not any(map(is_json, ["text/csv", "text/plain", "application/octet-stream"]))


def test_committed_generated_layer_covers_the_spec(built: tuple[dict[str, Any], Any]) -> None:
    """Every operation is generated and every documented JSON success body is typed."""
    doc, _ = built
    result = coverage(doc, GENERATED)
    assert [o.key for o in result.not_generated] == []
    assert [o.key for o in result.untyped] == []
    total = len(result.operations)
    assert (
        format_coverage(result)
        .splitlines()[-1]
        .startswith(f"operations: {total}/{total} generated, ")
    )


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_compare_outputs_reports_every_difference(tmp_path: Path) -> None:
    """Differing, missing and extra files are listed; caches are not compared."""
    outputs = (Path("generated/pkg"), Path("docs/reference.md"))
    fresh = _tree(
        tmp_path / "fresh",
        {
            "generated/pkg/a.py": "a",
            "generated/pkg/b.py": "new",
            "generated/pkg/new.py": "",
            "generated/pkg/__pycache__/a.cpython-311.pyc": "x",
            "docs/reference.md": "page",
        },
    )
    committed = _tree(
        tmp_path / "committed",
        {
            "generated/pkg/a.py": "a",
            "generated/pkg/b.py": "old",
            "generated/pkg/gone.py": "",
            "generated/pkg/.ruff_cache/x": "y",
        },
    )
    assert compare_outputs(fresh, committed, outputs) == [
        "differs: generated/pkg/b.py",
        "extra:   generated/pkg/gone.py (regeneration would not write it)",
        "missing: generated/pkg/new.py (regeneration would create it)",
        "missing: docs/reference.md (regeneration would create it)",
    ]
    assert compare_outputs(fresh, fresh, outputs) == []


def test_model_count(tmp_path: Path) -> None:
    """The model count is the model modules of the generated package, without __init__."""
    _tree(tmp_path, {f"generated/piwik_pro_api/models/{n}.py": "" for n in ("__init__", "a", "b")})
    assert model_count(tmp_path) == 2
