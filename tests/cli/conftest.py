"""Fixtures for the command-line tests: the installed `piwik-pro` script and a sandbox."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from piwik_pro.testing import Sandbox

SCRIPT = Path(sys.executable).with_name("piwik-pro")
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def script() -> Path:
    """The console script installed by `make install` (pip install -e '.[cli]')."""
    assert SCRIPT.is_file(), f"{SCRIPT} is missing: run `make install` (the cli extra)"
    return SCRIPT


@pytest.fixture(scope="module")
def module_sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(module_sandbox: Sandbox) -> Sandbox:
    """One sandbox per module, reset before each test."""
    module_sandbox.reset()
    return module_sandbox


def environment(sandbox: Sandbox | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIWIK_PRO_")}
    if sandbox is not None:
        env["PIWIK_PRO_HOST"] = sandbox.url
        env["PIWIK_PRO_CLIENT_ID"] = sandbox.client_id
        env["PIWIK_PRO_CLIENT_SECRET"] = sandbox.client_secret
    env.update(extra)
    return env


@pytest.fixture
def run(script: Path, sandbox: Sandbox) -> Run:
    """Run `piwik-pro ARGS...` against the sandbox; returns the finished process."""

    def _run(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=environment(sandbox, **env),
            timeout=60,
            check=False,
        )

    return _run


def ok_json(process: subprocess.CompletedProcess[str]) -> Any:
    """The one JSON document a successful run printed."""
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)
