"""Finding and loading the OpenAPI document the sandbox serves.

Search order (first hit wins):

1. the ``path`` argument;
2. the ``PIWIK_PRO_SANDBOX_SPEC`` environment variable;
3. the repaired spec the client is generated from, package data ``piwik_pro/openapi.json``
   (committed in the repository, shipped in the wheel; see ``piwik_pro._openapi``);
4. otherwise :class:`SpecNotFoundError`, which says what to do.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._openapi import spec_resource

__all__ = ["SPEC_ENV_VAR", "SpecNotFoundError", "find_spec", "load_spec"]

SPEC_ENV_VAR = "PIWIK_PRO_SANDBOX_SPEC"
_PACKAGE_SPEC = spec_resource()


class SpecNotFoundError(FileNotFoundError):
    """No OpenAPI document was found for the sandbox."""


def find_spec(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the path of the OpenAPI document the sandbox would load."""
    if path is not None:
        return _existing(Path(path), "the path passed in")
    env_value = os.environ.get(SPEC_ENV_VAR)
    if env_value:
        return _existing(Path(env_value), f"${SPEC_ENV_VAR}")
    if isinstance(_PACKAGE_SPEC, Path) and _PACKAGE_SPEC.is_file():
        return _PACKAGE_SPEC
    raise SpecNotFoundError(
        f"No OpenAPI document for the Piwik PRO sandbox: {_PACKAGE_SPEC} is not a file "
        "(reinstall piwik-pro, or in a checkout restore src/piwik_pro/openapi.json with git); "
        f"or set ${SPEC_ENV_VAR}, or pass the path of a merged openapi.json."
    )


def load_spec(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Load the OpenAPI document (see the module docstring for the search order).

    The parsed document is cached per file and modification time, so repeated calls
    (one sandbox per test) share one dict; treat it as read-only.
    """
    found = find_spec(path)
    stat = found.stat()
    return _load_cached(str(found), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    del mtime_ns, size  # part of the cache key only
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{path} is not an OpenAPI document (no 'paths')")
    return document


def _existing(path: Path, origin: str) -> Path:
    if not path.is_file():
        raise SpecNotFoundError(f"OpenAPI document {str(path)!r} from {origin} does not exist")
    return path
