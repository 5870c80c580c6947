"""Stage 1: the published JSON, read from a directory or downloaded into the cache.

The areas follow the source: a file of the area list that the source lacks is a
removed area, and a spec file in the source directory that the area list does not
name is a new area, generated under a namespace derived from its file name. Neither
stops regeneration; both are reported (``Fetched``) so that ``specs/areas.toml``, the
reviewed record, can be brought up to date.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import UPSTREAM_CACHE, PipelineError, SpecFile, derived_area


@dataclass
class Fetched:
    """The documents read, in area-list order, and how the source differs from the list."""

    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[SpecFile] = field(default_factory=list)  # present: listed ones, then new ones
    new: list[SpecFile] = field(default_factory=list)  # in the source, not in areas.toml
    missing: list[str] = field(default_factory=list)  # in areas.toml, not in the source


def fetch(files: list[SpecFile], source: Path | None, release: str = "latest") -> Fetched:
    """Load every spec file: from ``source`` when given, else from its published URL.

    Downloads are kept in the git-ignored cache under the docs release they were fetched
    for, so a second run reads them from there and a new release fetches anew. A file
    the source does not have (absent from the directory, or answered 404) is reported as
    missing; every other spec document of the directory is fetched as a new area.
    """
    result = Fetched()
    for spec in files:
        text = _read(spec, source, release)
        if text is None:
            result.missing.append(spec.file)
            continue
        result.docs[spec.file] = _parse(spec.file, text)
        result.files.append(spec)
    if source is not None:
        for spec, doc in _unlisted(source, files):
            result.docs[spec.file] = doc
            result.files.append(spec)
            result.new.append(spec)
    return result


def is_spec(doc: Any) -> bool:
    """True for an OpenAPI 3 or Swagger 2.0 document (not a manifest or other JSON)."""
    return isinstance(doc, dict) and ("openapi" in doc or "swagger" in doc) and "paths" in doc


def _unlisted(source: Path, files: list[SpecFile]) -> list[tuple[SpecFile, dict[str, Any]]]:
    listed = {spec.file for spec in files}
    taken = {spec.area for spec in files}
    found = []
    for path in sorted(source.glob("*.json")):
        if path.name in listed:
            continue
        try:
            doc = json.loads(path.read_text())
        except json.JSONDecodeError:
            continue  # not a spec document (the directory may hold other files)
        if is_spec(doc):
            area = derived_area(path.name, taken)
            taken.add(area)
            found.append((SpecFile(path.name, area, path.as_uri()), doc))
    return found


def _parse(file: str, text: str) -> dict[str, Any]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PipelineError(f"{file}: not JSON ({exc}); check the source") from exc
    if not is_spec(doc):
        raise PipelineError(f"{file}: not an OpenAPI or Swagger document; check the source")
    result: dict[str, Any] = doc
    return result


def _read(spec: SpecFile, source: Path | None, release: str) -> str | None:
    if source is not None:
        path = source / spec.file
        return path.read_text() if path.is_file() else None
    cached = UPSTREAM_CACHE / release / spec.file
    if not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        try:
            with urllib.request.urlopen(spec.url, timeout=60) as response:
                cached.write_bytes(response.read())
        except OSError as exc:  # urllib.error.HTTPError included
            if isinstance(exc, urllib.error.HTTPError) and exc.code == 404:
                return None  # the release does not publish this file
            raise PipelineError(
                f"could not download {spec.url} ({exc}). Get the spec files of docs release "
                f"{release} (see the README, 'Where the specs come from') and run "
                "`make regen FROM=dir`; the committed spec and generated code are unchanged"
            ) from exc
    return cached.read_text()
