"""Drift proof: after upstream changes, replay and validation name exactly the broken calls.

The 28 published spec files are copied and changed the way upstream changes them:

* a path moves (``.../apps/excluded`` becomes ``.../apps/not-included``): the operation,
  paired as moved, keeps its friendly name, and its cassette, recorded on the old path,
  no longer matches;
* a response field is renamed (``membership_duration_days`` of the CDP audience list);
* a response field is retyped (``Email``, the user groups' user list items, becomes an
  integer), which affects the two operations answering with it;
* a required query parameter is added to ``GET /api/apps/v2``.

``scripts/regen.py --from TMP --out ROOT`` regenerates everything under a temporary
root (the spec lands in ``ROOT/src/piwik_pro``, not the repository's), a copy of
``src/piwik_pro`` takes that root's resource classes and spec, and ``drift_runner`` replays and
validates the committed cassettes against it in a subprocess.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from recording.calls import ROOT, SPEC_ENV

sys.path.insert(0, str(ROOT / "scripts"))
from pipeline.config import REPAIRED_SPEC
from pipeline.drift import replay_failures

SPEC_RELATIVE = REPAIRED_SPEC.relative_to(REPAIRED_SPEC.parents[2])
MOVED_FROM = "/api/meta-sites/v1/{meta_site_id}/apps/excluded"
MOVED_TO = "/api/meta-sites/v1/{meta_site_id}/apps/not-included"
EXPECTED = {
    "meta_sites.list_excluded_apps": "the path does not match the operation's path",
    "cdp.audiences.list": "membership_days",
    "user_groups.list_users": "is not of type 'integer'",
    "user_groups.list_excluded_users": "is not of type 'integer'",
    "apps.list": "organization",
}


def _move_path(doc: dict[str, Any]) -> None:
    doc["paths"][MOVED_TO] = doc["paths"].pop(MOVED_FROM)


def _rename_field(doc: dict[str, Any]) -> None:
    schema = doc["components"]["schemas"]["AudienceShort"]
    schema["properties"]["membership_days"] = schema["properties"].pop("membership_duration_days")
    schema["required"] = [
        "membership_days" if r == "membership_duration_days" else r for r in schema["required"]
    ]


def _retype_field(doc: dict[str, Any]) -> None:
    email = doc["components"]["schemas"]["Email"]
    assert email["type"] == "string"
    email.clear()
    email.update({"type": "integer", "description": "The user's numeric id."})


def _add_required_query(doc: dict[str, Any]) -> None:
    operation = doc["paths"]["/api/apps/v2"]["get"]
    parameter = {"name": "organization", "in": "query", "required": True, "example": "acme"}
    operation.setdefault("parameters", []).append({**parameter, "schema": {"type": "string"}})


CHANGES: dict[str, list[Callable[[dict[str, Any]], None]]] = {
    "platform_meta_sites_authorized_api.json": [_move_path],
    "customer_data_platform_authorized_audiences_api.json": [_rename_field],
    "platform_user_groups_authorized_api.json": [_retype_field],
    "platform_apps_authorized_api.json": [_add_required_query],
}


def _drifted_upstream(upstream: Path, target: Path) -> Path:
    """The published files, copied, with the changes above applied."""
    target.mkdir()
    for path in sorted(upstream.glob("*.json")):
        doc = json.loads(path.read_text())
        for change in CHANGES.get(path.name, []):
            change(doc)
        (target / path.name).write_text(json.dumps(doc, indent=1))
    return target


def _run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def drift_report(tmp_path_factory: pytest.TempPathFactory, upstream: Path) -> dict[str, Any]:
    """What replay and validation report against a client regenerated from drifted specs."""
    tmp = tmp_path_factory.mktemp("drift")
    drifted, root = _drifted_upstream(upstream, tmp / "upstream"), tmp / "root"
    _run([sys.executable, str(ROOT / "scripts" / "regen.py"), "--from", drifted, "--out", root])
    shutil.copytree(
        ROOT / "src" / "piwik_pro",
        root / "src" / "piwik_pro",
        ignore=shutil.ignore_patterns("_resources", REPAIRED_SPEC.name, "__pycache__"),
        dirs_exist_ok=True,
    )
    paths = [root / "src", root / "generated", ROOT / "tests"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(map(str, paths)),
        SPEC_ENV: str(root / SPEC_RELATIVE),
    }
    result = _run([sys.executable, "-m", "cassettes.drift_runner"], env=env, cwd=tmp)
    report: dict[str, Any] = json.loads(result.stdout)
    report["root"] = str(root)
    return report


def test_drift_names_exactly_the_broken_calls(drift_report: dict[str, Any]) -> None:
    """Replay and validation against the drifted specs fail for exactly the changed calls."""
    root = drift_report["root"]
    assert all(path.startswith(root) for path in drift_report["modules"].values())
    assert (ROOT / SPEC_RELATIVE).read_text() != (Path(root) / SPEC_RELATIVE).read_text()
    failures = drift_report["failures"]
    assert set(failures) == set(EXPECTED), json.dumps(failures, indent=1)
    for name, evidence in EXPECTED.items():
        assert any(evidence in problem for problem in failures[name]), failures[name]


def test_drift_report_predicts_the_broken_calls(drift_report: dict[str, Any]) -> None:
    """The operations the drift report calls wire-incompatible are exactly those whose
    recorded cassettes fail (the report's moved, changed and breaking verdicts included)."""
    report = json.loads((Path(drift_report["root"]) / ".cache" / "drift.json").read_text())
    assert set(replay_failures(report)) == set(drift_report["failures"])
    by_name = {c["name"]: c for c in report["changed"]}
    assert by_name["apps.list"]["reasons"] == ["required-parameter-added: query organization"]
    assert by_name["user_groups.list_users"]["breaking"] is True
    assert [m["name"] for m in report["moved"]] == ["meta_sites.list_excluded_apps"]
