"""Print the wheel's requirements (runtime and every extra), one a line.

``make install`` downloads them into ``.cache/wheelhouse`` at the versions of ``.venv``
so that ``tests/packaging`` installs the built wheel without the package index.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def requirements() -> list[str]:
    """``[project] dependencies`` plus every optional dependency, as written there."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    extras = project.get("optional-dependencies", {})
    return [*project["dependencies"], *(r for group in extras.values() for r in group)]


if __name__ == "__main__":
    print("\n".join(requirements()))
