"""Print the wheel's requirements (runtime and the extras the packaging test installs).

``make install`` downloads them into ``.cache/wheelhouse`` at the versions of ``.venv``
so that ``tests/packaging`` installs the built wheel without the package index.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
EXTRAS = ("sandbox", "cli")


def requirements() -> list[str]:
    """``[project] dependencies`` plus those of ``EXTRAS``, as written there."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    extras = project.get("optional-dependencies", {})
    return [*project["dependencies"], *(r for name in EXTRAS for r in extras.get(name, []))]


if __name__ == "__main__":
    print("\n".join(requirements()))
