"""The reference data beside the checkout (``../shared``), for the tests that read it.

``shared_path("piwik-openapi")`` is the directory of the published spec files (likewise
``piwik-openapi-history/<release>``, ``piwik-docs``). Without it the calling test is
skipped, and the reason shows in the run's summary (``-ra``). Where the data is expected,
a skip would hide a broken setup, so the test fails instead: when ``../shared`` exists (as
in CI) or when ``PIWIK_PRO_REQUIRE_UPSTREAM=1`` is set.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))


def _pipeline_as_scripts_pipeline() -> None:
    """In mutmut's copy of the checkout (``make mutate`` works in ``mutants/``), import the
    pipeline as ``scripts.pipeline`` and let ``pipeline`` name the same modules: mutmut
    names the mutated functions after their file path and must see that name at run time.
    """
    import importlib
    import pkgutil

    package = importlib.import_module("scripts.pipeline")
    sys.modules["pipeline"] = package
    for module in pkgutil.iter_modules(package.__path__):
        found = importlib.import_module(f"scripts.pipeline.{module.name}")
        sys.modules[f"pipeline.{module.name}"] = found


if SCRIPTS.parent.name == "mutants":
    sys.path.insert(0, str(SCRIPTS.parent))
    _pipeline_as_scripts_pipeline()

from pipeline.config import DEFAULT_FROM, REQUIRE_UPSTREAM_ENV  # noqa: E402

SHARED = DEFAULT_FROM.parent


def upstream_expected() -> bool:
    """Whether the reference data must be there (a skip would be an error)."""
    return SHARED.is_dir() or os.environ.get(REQUIRE_UPSTREAM_ENV) == "1"


def shared_path(relative: str) -> Path:
    """``../shared/<relative>``; skips the calling test when it does not exist."""
    path = SHARED / relative
    if path.exists():
        return path
    reason = f"needs the published Piwik PRO files in {path}, which does not exist"
    if upstream_expected():
        why = f"{SHARED} exists or ${REQUIRE_UPSTREAM_ENV}=1"
        pytest.fail(f"{reason}; they are expected there ({why}), so this does not skip")
    # reported at the test, not at this line (as pytest does for skip marks and fixtures)
    raise pytest.skip.Exception(reason, _use_item_location=True)
