"""Static typing of the facade: mypy --strict accepts good use and rejects misuse."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def _mypy(file: Path) -> str:
    env = {**os.environ, "MYPYPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT / 'generated'}"}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", os.devnull,
         "--cache-dir", str(ROOT / ".mypy_cache"), str(file)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    return done.stdout + done.stderr


def test_good_usage_type_checks() -> None:
    """A user's walkthrough, listing and async code pass mypy --strict unchanged."""
    output = _mypy(HERE / "usage_ok.py")
    assert "Success: no issues found" in output, output


def test_misuse_is_rejected_line_by_line() -> None:
    """Every marked misuse (missing ids, wrong types, wrong returns) is a mypy error."""
    file = HERE / "usage_bad.py"
    expected = {n for n, line in enumerate(file.read_text().splitlines(), 1) if "# error:" in line}
    output = _mypy(file)
    reported = {int(m) for m in re.findall(rf"{file.name}:(\d+): error", output)}
    assert expected, "the bad-usage file marks no lines"
    assert expected <= reported, f"not rejected: lines {sorted(expected - reported)}\n{output}"
