"""The example scripts (the README quickstart) run to the end and print every step."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from piwik_pro.testing import Sandbox

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPTS = ["walkthrough.py", "walkthrough_async.py"]
USER = "user [0-9a-f-]{36}"
STEPS = [  # one line each, in this order, after the "piwik-pro ... against <url>" line
    r"1\. token: obtained, valid for 1800 s",
    rf"2\. invite: {USER} \(new-user@example\.com, en-US\)",
    rf"3\. get: {USER} has language en-US",
    r"4\. update: language set to de-DE",
    rf"5\. get: {USER} has language de-DE",
    rf"6\. delete: {USER} deleted",
    r"7\. get: NotFoundError \(404\), the user is gone",
]


def _start(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    command = [sys.executable, "-W", "error", str(EXAMPLES / script), *args]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def _finish(*processes: subprocess.Popen[str]) -> list[str]:
    """Wait for every process, then check each exited 0 with nothing on stderr."""
    outputs = [process.communicate(timeout=60) for process in processes]
    for process, (_, stderr) in zip(processes, outputs, strict=True):
        assert process.returncode == 0 and stderr == "", stderr
    return [stdout for stdout, _ in outputs]


def _assert_steps(stdout: str) -> None:
    header, *steps = stdout.splitlines()
    assert header.startswith("piwik-pro ") and " walkthrough against http" in header
    assert len(steps) == len(STEPS), stdout
    for line, pattern in zip(steps, STEPS, strict=True):
        assert re.fullmatch(pattern, line), f"{line!r} does not match {pattern!r}"


def test_both_walkthroughs_run_against_their_own_sandbox() -> None:
    """Without arguments each script starts a sandbox, prints the 7 steps and exits 0."""
    for stdout in _finish(*(_start(script) for script in SCRIPTS)):  # side by side: faster
        _assert_steps(stdout)


@pytest.mark.parametrize("script", SCRIPTS)
def test_live_mode_reads_the_account_from_the_environment(sandbox: Sandbox, script: str) -> None:
    """--live talks to PIWIK_PRO_HOST (here a sandbox posing as the account)."""
    env = {
        **os.environ,
        "PIWIK_PRO_HOST": sandbox.url,
        "PIWIK_PRO_CLIENT_ID": sandbox.client_id,
        "PIWIK_PRO_CLIENT_SECRET": sandbox.client_secret,
    }
    (stdout,) = _finish(_start(script, "--live", "--email", "jo@example.com", env=env))
    assert f"against {sandbox.url}" in stdout.splitlines()[0]
    assert "(jo@example.com, en-US)" in stdout
    assert sandbox.token_requests == 1
    assert "7. get: NotFoundError (404), the user is gone" in stdout


@pytest.mark.parametrize("script", SCRIPTS)
def test_live_mode_without_credentials_fails_cleanly(script: str) -> None:
    """--live with no PIWIK_PRO_* variables exits 1 with a one-line message, no traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIWIK_PRO_")}
    process = _start(script, "--live", env=env)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 1 and stdout == ""
    assert stderr.startswith("failed: Missing environment variables: PIWIK_PRO_HOST")
    assert "Traceback" not in stderr
