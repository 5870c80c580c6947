"""Run mypy --strict and basedpyright (strict mode) on files, as a user's editor would.

Both see this checkout's ``src/`` and ``generated/`` (not an installed copy) and no project
configuration: what a user's own project with default strict settings reports.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PATHS = [ROOT / "src", ROOT / "generated"]
BASEDPYRIGHT = Path(sys.executable).parent / "basedpyright"


@dataclass(frozen=True)
class Diagnostic:
    """One error: which checker, the file's name, its 1-based line, the message."""

    checker: str
    file: str
    line: int
    message: str


def mypy(files: list[Path]) -> list[Diagnostic]:
    """mypy --strict's errors on ``files`` (notes dropped)."""
    env = {**os.environ, "MYPYPATH": os.pathsep.join(map(str, PATHS))}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", os.devnull,
         "--cache-dir", str(ROOT / ".mypy_cache"), "--no-pretty", "--show-error-codes",
         *map(str, files)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    output = done.stdout + done.stderr
    found = [
        Diagnostic("mypy", Path(m[1]).name, int(m[2]), m[3])
        for m in re.finditer(r"^(.+?):(\d+): error: (.*)$", output, flags=re.MULTILINE)
    ]
    if done.returncode not in (0, 1) or (done.returncode == 1 and not found):
        raise RuntimeError(f"mypy did not run:\n{output}")
    return found


def pyright(files: list[Path], workdir: Path) -> list[Diagnostic]:
    """basedpyright's errors on ``files`` with ``typeCheckingMode: strict``."""
    if not BASEDPYRIGHT.is_file():
        raise RuntimeError(f"{BASEDPYRIGHT} is missing: `make install` installs the dev group")
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": f"{sys.version_info.major}.{sys.version_info.minor}",
        "extraPaths": [str(p) for p in PATHS],
        "include": [str(f) for f in files],
    }
    (workdir / "pyrightconfig.json").write_text(json.dumps(config))
    done = subprocess.run(
        [str(BASEDPYRIGHT), "--outputjson", "--pythonpath", sys.executable, "-p", str(workdir)],
        capture_output=True, text=True, cwd=workdir, check=False,
    )  # fmt: skip
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(f"basedpyright did not run:\n{done.stdout}{done.stderr}") from None
    return [
        Diagnostic(
            "pyright",
            Path(d["file"]).name,
            d["range"]["start"]["line"] + 1,
            f"{d['message']} ({d.get('rule', '')})".replace("\n", " "),
        )
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
