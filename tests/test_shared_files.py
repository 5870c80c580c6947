"""The guard of the tests that read ../shared: skip where it is absent, fail where expected."""

from __future__ import annotations

from pathlib import Path

import pytest

import shared_files
from pipeline.config import REQUIRE_UPSTREAM_ENV


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``../shared`` is tmp_path/shared (not created); the CI variable is unset."""
    monkeypatch.setattr(shared_files, "SHARED", tmp_path / "shared")
    monkeypatch.delenv(REQUIRE_UPSTREAM_ENV, raising=False)
    return tmp_path / "shared"


def test_present_data_is_returned(shared: Path) -> None:
    (shared / "piwik-openapi").mkdir(parents=True)
    assert shared_files.shared_path("piwik-openapi") == shared / "piwik-openapi"


def test_without_shared_the_test_skips_with_the_reason(shared: Path) -> None:
    with pytest.raises(pytest.skip.Exception, match=r"piwik-openapi, which does not exist"):
        shared_files.shared_path("piwik-openapi")


def test_with_shared_present_a_missing_part_fails(shared: Path) -> None:
    """As in CI: ../shared exists, so a missing directory in it is an error, not a skip."""
    shared.mkdir()
    with pytest.raises(pytest.fail.Exception, match="so this does not skip"):
        shared_files.shared_path("piwik-openapi-history/18.20")


def test_the_ci_variable_turns_a_skip_into_a_failure(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(REQUIRE_UPSTREAM_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=REQUIRE_UPSTREAM_ENV):
        shared_files.shared_path("piwik-openapi")
