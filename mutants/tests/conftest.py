"""Fixtures of the whole suite: the published spec files, when they are available.

Tests that read the raw upstream files take the ``upstream`` fixture (or call
``shared_files.shared_path``): without them they are skipped with the reason, or fail
where the files are expected (see ``shared_files``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_files import shared_path


@pytest.fixture(scope="session")
def upstream() -> Path:
    """The directory holding the published spec files (``../shared/piwik-openapi``)."""
    return shared_path("piwik-openapi")
