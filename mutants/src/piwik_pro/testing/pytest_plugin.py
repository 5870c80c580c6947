"""pytest fixtures for the Piwik PRO sandbox.

Enable in a ``conftest.py`` with ``pytest_plugins = ["piwik_pro.testing.pytest_plugin"]``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._sandbox import Sandbox

__all__ = ["piwik_pro_sandbox"]


@pytest.fixture
def piwik_pro_sandbox() -> Iterator[Sandbox]:
    """A started sandbox serving the merged spec; stopped after the test."""
    with Sandbox() as sandbox:
        yield sandbox
