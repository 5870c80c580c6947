"""Hatch build hook: ship the repaired, merged OpenAPI spec with the package.

The sandbox (``piwik_pro.testing``) serves ``.cache/openapi.json``, which ``make specs``
writes and git ignores. This hook puts it into the distributions:

- wheel: as package data ``piwik_pro/testing/openapi.json`` (where ``find_spec`` looks);
- sdist: at ``.cache/openapi.json``, so that a wheel can be built from the sdist alone;
- editable install: nothing (the checkout's ``.cache/openapi.json`` is found directly,
  and ``make install`` runs before the spec exists).

A build without the spec (e.g. ``pip install git+<repo>``) first writes it with
``scripts/regen.py --specs-only``, which reads ``../shared/piwik-openapi`` beside the
checkout or downloads the published specs (standard library only, so it runs in pip's
isolated build environment). If that fails too, the build stops and says how to make it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SPEC = Path(".cache") / "openapi.json"
WHEEL_TARGET = "piwik_pro/testing/openapi.json"


class SpecBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Force-include the merged spec (see the module docstring)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return
        source = Path(self.root) / SPEC
        if not source.is_file():
            why = _write_spec(Path(self.root))
            if not source.is_file():
                raise FileNotFoundError(
                    f"{source} is missing and could not be written ({why}): the "
                    f"{self.target_name} ships the merged OpenAPI spec for piwik_pro.testing. "
                    "Run `make specs` (or `make dist`, which builds it first) in the piwik-pro "
                    "checkout, then build again."
                )
        target = WHEEL_TARGET if self.target_name == "wheel" else SPEC.as_posix()
        build_data["force_include"][str(source)] = target


def _write_spec(root: Path) -> str:
    """Run the pipeline's spec stage; returns its last output line (why it failed)."""
    script = root / "scripts" / "regen.py"
    if not script.is_file():
        return f"{script} is not in this source tree"
    done = subprocess.run(
        [sys.executable, str(script), "--specs-only"],
        capture_output=True, text=True, cwd=root, check=False, timeout=600,
    )  # fmt: skip
    lines = (done.stdout + done.stderr).strip().splitlines()
    return lines[-1] if lines else f"exit code {done.returncode}"
