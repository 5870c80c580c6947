"""Stage 1: the published JSON, read from a directory or downloaded into the cache."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

from .config import UPSTREAM_CACHE, PipelineError, SpecFile


def fetch(
    files: list[SpecFile], source: Path | None, release: str = "latest"
) -> dict[str, dict[str, Any]]:
    """Load every spec file: from ``source`` when given, else from its published URL.

    Downloads are kept in the git-ignored cache under the docs release they were fetched
    for, so a second run reads them from there and a new release fetches anew.
    """
    docs: dict[str, dict[str, Any]] = {}
    for spec in files:
        text = _read(spec, source, release)
        try:
            docs[spec.file] = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PipelineError(f"{spec.file}: not JSON ({exc}); check the source") from exc
    return docs


def _read(spec: SpecFile, source: Path | None, release: str) -> str:
    if source is not None:
        path = source / spec.file
        if not path.is_file():
            raise PipelineError(
                f"{spec.file} is missing from {source}; pass --from DIR with all files"
            )
        return path.read_text()
    cached = UPSTREAM_CACHE / release / spec.file
    if not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        try:
            with urllib.request.urlopen(spec.url, timeout=60) as response:
                cached.write_bytes(response.read())
        except OSError as exc:
            raise PipelineError(
                f"could not download {spec.url} ({exc}); pass --from DIR with the spec files"
            ) from exc
    return cached.read_text()
