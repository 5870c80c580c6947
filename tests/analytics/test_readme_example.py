"""The README's report example runs against the sandbox (tests/typing type-checks it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from piwik_pro.testing import Sandbox

ROOT = Path(__file__).resolve().parents[2]
MARKER = "<!-- readme-report-example -->"


def example() -> str:
    """The python block after the marker in README.md."""
    readme = (ROOT / "README.md").read_text()
    found = re.search(re.escape(MARKER) + r"\n```python\n(.*?)```", readme, flags=re.DOTALL)
    assert found is not None, "README.md lost the marked report example"
    code = found.group(1)
    assert len(code.strip().splitlines()) <= 10, "the report example is meant to fit 10 lines"
    return code


def test_readme_example_runs(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pointed at the sandbox, the example prints the dtypes it promises."""
    sandbox.analytics.total_rows = 31
    monkeypatch.setenv("PIWIK_PRO_HOST", sandbox.url)
    monkeypatch.setenv("PIWIK_PRO_CLIENT_ID", sandbox.client_id)
    monkeypatch.setenv("PIWIK_PRO_CLIENT_SECRET", sandbox.client_secret)
    exec(compile(example(), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert re.search(r"day\s+datetime64", out) and re.search(r"sessions\s+int64", out), out
