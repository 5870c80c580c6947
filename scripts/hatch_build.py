"""Hatch build hook: ship the repaired, merged OpenAPI spec with the package.

The sandbox (``piwik_pro.testing``) serves ``.cache/openapi.json``, which ``make specs``
writes and git ignores. This hook puts it into the distributions:

- wheel: as package data ``piwik_pro/testing/openapi.json`` (where ``find_spec`` looks);
- sdist: at ``.cache/openapi.json``, so that a wheel can be built from the sdist alone;
- editable install: nothing (the checkout's ``.cache/openapi.json`` is found directly,
  and ``make install`` runs before the spec exists).

A standard build without the spec fails with a message saying how to make it.
"""

from __future__ import annotations

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
            raise FileNotFoundError(
                f"{source} is missing: the {self.target_name} ships the merged OpenAPI spec "
                "for piwik_pro.testing. Run `make specs` (or `make dist`, which builds it "
                "first) in the piwik-pro checkout, then build again."
            )
        target = WHEEL_TARGET if self.target_name == "wheel" else SPEC.as_posix()
        build_data["force_include"][str(source)] = target
