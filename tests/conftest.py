"""Fixtures of the whole suite: the published spec files, when they are available.

Tests that read the raw upstream files (``../shared/piwik-openapi`` beside the checkout)
take the ``upstream`` fixture. Without the files they are skipped, and the reason shows in
the run's summary (``-ra``). Where the files are expected, a skip would hide a broken
setup, so the test fails instead: when ``../shared`` exists (as in CI) or when
``PIWIK_PRO_REQUIRE_UPSTREAM=1`` is set.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from pipeline.config import DEFAULT_FROM, REQUIRE_UPSTREAM_ENV  # noqa: E402


def upstream_expected() -> bool:
    """Whether the published spec files must be there (a skip would be an error)."""
    return DEFAULT_FROM.parent.is_dir() or os.environ.get(REQUIRE_UPSTREAM_ENV) == "1"


@pytest.fixture(scope="session")
def upstream() -> Path:
    """The directory holding the published spec files; skips the test without it."""
    if DEFAULT_FROM.is_dir():
        return DEFAULT_FROM
    reason = f"needs the published spec files, and {DEFAULT_FROM} does not exist"
    if upstream_expected():
        why = f"{DEFAULT_FROM.parent} exists or ${REQUIRE_UPSTREAM_ENV}=1"
        pytest.fail(f"{reason}; they are expected there ({why}), so this does not skip")
    pytest.skip(reason)
