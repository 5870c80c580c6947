"""Fixtures of the pipeline tests: the real spec built once from the published files.

``scripts/`` is importable and ``upstream`` (the published files, or a skip) comes from
``tests/conftest.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import build_spec
from pipeline.inventory import build_inventory


@pytest.fixture(scope="session")
def built(upstream: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The repaired, merged, normalised and lifted document and the pipeline's report."""
    return build_spec(upstream)


@pytest.fixture(scope="session")
def inventory(built: tuple[dict[str, Any], dict[str, Any]]) -> list[dict[str, Any]]:
    """The operation inventory of the real document."""
    doc, report = built
    return build_inventory(doc, report["derived_names"])
