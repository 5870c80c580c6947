"""Writing a small file tree for a test."""

from __future__ import annotations

from pathlib import Path

__all__ = ["write_tree"]


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Write each ``relative path: text`` of ``files`` under ``root`` (folders made as
    needed); returns ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root
