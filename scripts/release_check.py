"""Regenerate, re-record and test the project on each of several Piwik PRO releases.

    python scripts/release_check.py [RELEASE_DIR ...]     # make release-check

Default releases: ``../shared/piwik-openapi-history/18.20``, ``.../18.30`` and
``../shared/piwik-openapi``, oldest first. Everything happens in a temporary copy of
the project (its tracked and untracked, not ignored, files; the same ``.venv``), next
to a temporary ``shared/`` whose ``piwik-openapi`` is the release being checked, so
the suite's tests of "the published files" see that release. For each release:

1. ``scripts/regen.py --from RELEASE`` (no file of the project is edited);
2. from the second release on: the cassettes recorded on the previous release are
   replayed and validated against the newly generated client
   (``cassettes.drift_runner --compatible-bodies``), and the operations that fail are
   compared with the ones ``.cache/drift.json`` predicts (``drift.replay_failures``);
3. ``scripts/record.py`` re-records every cassette for this release;
4. the test suite runs (``pytest``); on an earlier release it leaves out only
   ``KEPT_TO_CURRENT`` below.

Prints one line per step with its figures and exits non-zero if any step fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_RELEASES = (
    SHARED / "piwik-openapi-history" / "18.20",
    SHARED / "piwik-openapi-history" / "18.30",
    SHARED / "piwik-openapi",
)
# Tests whose subject is the current release itself, not the code: its figures (178
# operations in the spec, the reference page and the command line, at least 90 plain
# ones, every names-table entry used), the comparisons of
# earlier releases with it, and the tests against
# its documentation (../shared/piwik-docs documents the current release: its examples
# and operations are not those of an earlier one).
KEPT_TO_CURRENT = (
    "tests/test_readme.py::test_area_table_matches_inventory",
    "tests/pipeline/test_pipeline_spec.py::test_document_has_every_published_operation",
    "tests/pipeline/test_pipeline_spec.py::test_operation_ids_come_from_the_names_table",
    "tests/pipeline/test_pipeline_spec.py::test_names_table_has_no_unused_entries",
    "tests/pipeline/test_pipeline_reference.py::test_reference_lists_every_method",
    "tests/sandbox/test_every_operation.py::test_every_other_operation_is_callable",
    "tests/pipeline/test_pipeline_spec.py::test_committed_spec_is_valid_openapi_30",
    "tests/cli/test_help.py::test_one_command_per_inventory_operation",
    "tests/cli/test_help.py::test_help_of_every_generated_command",
    "tests/pipeline/test_pipeline_history.py",
    "tests/fidelity",
)
TIMEOUT = 1800

sys.path.insert(0, str(ROOT / "scripts"))
from pipeline.drift import replay_failures  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", nargs="*", type=Path, default=list(DEFAULT_RELEASES))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="piwik-releases-") as tmp:
        project = _copy_project(Path(tmp))
        ok = True
        for index, release in enumerate(args.releases):
            _point_shared(Path(tmp) / "shared", release.resolve())
            current = release.resolve() == (SHARED / "piwik-openapi").resolve()
            ok &= _check_release(project, release, previous=index > 0, current=current)
    print("release-check: " + ("every release passes" if ok else "FAILED"))
    return 0 if ok else 1


def _check_release(project: Path, release: Path, *, previous: bool, current: bool) -> bool:
    name = release.name
    result = _step(project, f"{name}: regen", [_py(project), "scripts/regen.py", "--from", release])
    if result is None:
        return False
    operations = len(json.loads((project / "specs" / "inventory.json").read_text()))
    summary = next((line for line in result.splitlines() if line.startswith("drift: ")), "")
    print(f"  {operations} operations; {summary}")
    ok = True
    if previous:
        ok &= _replay_previous(project, name)
    if _step(project, f"{name}: record", [_py(project), "scripts/record.py"]) is None:
        return False
    tests = [_py(project), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    if not current:
        tests += [f"--deselect={t}" for t in KEPT_TO_CURRENT if "::" in t]
        tests += [f"--ignore={t}" for t in KEPT_TO_CURRENT if "::" not in t]
    outcome = _step(project, f"{name}: test suite", tests)
    if outcome is not None:
        print("  " + outcome.strip().splitlines()[-1])
    return ok and outcome is not None


def _replay_previous(project: Path, name: str) -> bool:
    """Replay the previous release's cassettes; compare the failures with the prediction."""
    command = [_py(project), "-m", "cassettes.drift_runner", "--compatible-bodies"]
    output = _step(project, f"{name}: previous cassettes", command, cwd=project / "tests")
    if output is None:
        return False
    failing = json.loads(output)["failures"]
    predicted = replay_failures(json.loads((project / ".cache" / "drift.json").read_text()))
    print(f"  {len(failing)} fail: {', '.join(sorted(failing)) or '-'}")
    for item in sorted(set(failing) ^ set(predicted)):
        side = "not predicted" if item in failing else "predicted but replays"
        print(f"  MISMATCH {item}: {side}: {(failing.get(item) or [predicted.get(item)])[0]}")
    return set(failing) == set(predicted)


def _step(project: Path, label: str, command: list[Any], cwd: Path | None = None) -> str | None:
    """Run one step in the copy; prints its time; the output, or None when it failed."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(project / p) for p in ("src", "generated", "tests")),
    }
    env.pop("PIWIK_PRO_CASSETTE_SPEC", None)
    started = time.perf_counter()
    done = subprocess.run(
        [str(c) for c in command],
        cwd=cwd or project,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    verdict = "ok" if done.returncode == 0 else "FAILED"
    print(f"{label}: {verdict} in {time.perf_counter() - started:.0f}s", flush=True)
    if done.returncode != 0:
        print((done.stdout + done.stderr)[-4000:])
        return None
    return done.stdout


def _py(project: Path) -> Path:
    return project / ".venv" / "bin" / "python"


def _copy_project(tmp: Path) -> Path:
    """The project's files (as git sees them, ignored ones left out) under ``tmp``."""
    project = tmp / "project"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for rel in filter(None, listed.split("\0")):
        source = ROOT / rel
        if source.is_file():
            target = project / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    (project / ".venv").symlink_to(ROOT / ".venv")
    # What `make install` and `make newman` put in ignored places: the wheelhouse the
    # packaging test installs from offline, and the node tools.
    wheelhouse = ROOT / ".cache" / "wheelhouse"
    if wheelhouse.is_dir():
        (project / ".cache").mkdir(exist_ok=True)
        (project / ".cache" / "wheelhouse").symlink_to(wheelhouse)
    for installed in _node_modules(ROOT):
        link = project / installed.relative_to(ROOT)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(installed)
    return project


def _node_modules(root: Path) -> list[Path]:
    found = []
    for top, dirs, _ in os.walk(root):
        if "node_modules" in dirs:
            found.append(Path(top) / "node_modules")
        dirs[:] = [d for d in dirs if d not in ("node_modules", ".venv", ".git", ".cache")]
    return found


def _point_shared(shared: Path, release: Path) -> None:
    """``shared/`` beside the copy: the real reference data, ``piwik-openapi`` = ``release``."""
    shared.mkdir(exist_ok=True)
    for entry in SHARED.iterdir():
        link = shared / entry.name
        if entry.name != "piwik-openapi" and not link.exists():
            link.symlink_to(entry)
    current = shared / "piwik-openapi"
    if current.is_symlink():
        current.unlink()
    current.symlink_to(release)


if __name__ == "__main__":
    sys.exit(main())
