"""Coverage classification, the check modes and their comparison, the model count."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import cli
from pipeline.cli import compare_outputs, model_count
from pipeline.config import GENERATED, REPAIRED_SPEC, REQUIRE_UPSTREAM_ENV, ROOT, PipelineError
from pipeline.coverage import branch_kind, coverage, format_coverage, is_json, success_branches
from support.files import write_tree as _tree

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


def test_committed_spec_is_marked_generated() -> None:
    """The committed repaired spec opens with a marker saying it is written by make regen."""
    with REPAIRED_SPEC.open() as handle:
        first_key = next(iter(json.load(handle)))
    document = json.loads(REPAIRED_SPEC.read_text())
    assert first_key == "x-generated" and document[first_key] == cli.MARKER["x-generated"]
    assert "make regen" in document[first_key] and "do not edit" in document[first_key]


def test_committed_spec_stage_derives_names_the_table_lacks(tmp_path: Path) -> None:
    """From the committed spec, an operation not in specs/names.toml counts as derived."""
    paths = {
        "/api/users/v2": {"get": {"operationId": "users_list"}},
        "/api/new/v1": {"post": {"operationId": "new_thing"}},
    }
    spec = tmp_path / REPAIRED_SPEC.relative_to(ROOT)
    spec.parent.mkdir(parents=True)
    spec.write_text(json.dumps({"openapi": "3.0.3", "paths": paths}))
    doc, report = cli.committed_spec(tmp_path)
    assert doc["paths"] == paths
    assert report["derived_names"] == ["POST /api/new/v1"]


def test_committed_spec_stage_names_a_missing_spec(tmp_path: Path) -> None:
    """Without the committed spec the stage stops and says how to write it."""
    with pytest.raises(PipelineError, match=r"openapi\.json is missing; run `make regen FROM=dir`"):
        cli.committed_spec(tmp_path)


@pytest.fixture
def no_spec_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline finds no spec files beside the checkout."""
    monkeypatch.setattr(cli, "DEFAULT_FROM", tmp_path / "absent")
    monkeypatch.delenv(REQUIRE_UPSTREAM_ENV, raising=False)


def test_check_without_spec_files_compares_what_the_committed_spec_regenerates(
    no_spec_files: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """--check with no spec files regenerates from the committed spec and says so in a line."""
    assert cli.main(["--check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == ["generated files are up to date", cli.UPSTREAM_NOT_CHECKED]
    assert sum("upstream stage not checked" in line for line in lines) == 1


def test_check_without_spec_files_fails_where_they_are_required(
    no_spec_files: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With $PIWIK_PRO_REQUIRE_UPSTREAM=1 (CI), missing spec files are an error, not a note."""
    monkeypatch.setenv(REQUIRE_UPSTREAM_ENV, "1")
    assert cli.main(["--check"]) == 1
    assert "no spec files" in capsys.readouterr().out
