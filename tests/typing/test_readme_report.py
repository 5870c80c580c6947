"""mypy --strict accepts the README's analytics report example as a user would write it."""

from __future__ import annotations

import re
from pathlib import Path

from test_facade_types import ROOT, _mypy

MARKER = "<!-- readme-report-example -->"


def test_readme_report_example_passes_mypy_strict(tmp_path: Path) -> None:
    """The marked python block of README.md type-checks unchanged."""
    readme = (ROOT / "README.md").read_text()
    found = re.search(re.escape(MARKER) + r"\n```python\n(.*?)```", readme, flags=re.DOTALL)
    assert found is not None, "README.md lost the marked report example"
    file = tmp_path / "report_example.py"
    file.write_text(found.group(1))
    output = _mypy(file)
    assert "Success: no issues found" in output, output
