"""Fixtures of the pipeline tests: ``scripts/`` importable, the real spec built once."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from pipeline.cli import build_spec  # noqa: E402
from pipeline.config import DEFAULT_FROM  # noqa: E402
from pipeline.inventory import build_inventory  # noqa: E402


@pytest.fixture(scope="session")
def upstream() -> Path:
    """The directory holding the 28 published spec files."""
    assert DEFAULT_FROM.is_dir(), f"the published specs are expected in {DEFAULT_FROM}"
    return DEFAULT_FROM


@pytest.fixture(scope="session")
def built(upstream: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The repaired, merged, normalised and lifted document and the pipeline's report."""
    return build_spec(upstream)


@pytest.fixture(scope="session")
def inventory(built: tuple[dict[str, Any], dict[str, Any]]) -> list[dict[str, Any]]:
    """The operation inventory of the real document."""
    doc, report = built
    return build_inventory(doc, report["derived_names"])
