"""Fixtures of the fidelity tests: a stub service and a facade client pointed at it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from piwik_pro import PiwikPro
from shared_files import shared_path

from .stub import Stub, serve


def docs_yaml(relative: str) -> Any:
    """A YAML file of the documentation sources (``../shared/piwik-docs``, else a skip)."""
    return yaml.safe_load((shared_path("piwik-docs") / relative).read_text())


def upstream_json(file: str) -> Any:
    """A published spec file (``../shared/piwik-openapi``, else a skip)."""
    return json.loads((shared_path("piwik-openapi") / file).read_text())


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
