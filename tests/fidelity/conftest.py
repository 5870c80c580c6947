"""Fixtures of the fidelity tests: a stub service and a facade client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from piwik_pro import PiwikPro

from .stub import Stub, serve

SHARED = Path(__file__).resolve().parents[3] / "shared"
DOCS = SHARED / "piwik-docs"
UPSTREAM = SHARED / "piwik-openapi"


def docs_yaml(relative: str) -> Any:
    """A YAML file of the documentation sources."""
    path = DOCS / relative
    assert path.is_file(), f"the documentation sources are expected in {DOCS}"
    return yaml.safe_load(path.read_text())


@pytest.fixture
def stub() -> Iterator[Stub]:
    """A stub service on 127.0.0.1."""
    with serve() as running:
        yield running


@pytest.fixture
def client(stub: Stub) -> Iterator[PiwikPro]:
    """A facade client talking to the stub, with retries off."""
    with PiwikPro(stub.url, "stub-id", "stub-secret", max_retries=0) as facade:
        yield facade
