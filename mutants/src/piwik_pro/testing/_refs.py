"""Local ``$ref`` resolution over a plain OpenAPI dict."""

from __future__ import annotations

from typing import Any

__all__ = ["pointer_escape", "resolve"]

_MAX_HOPS = 32


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``#/...`` references until a non-reference node is reached.

    Non-local references cannot be followed and resolve to an empty schema.
    """
    for _ in range(_MAX_HOPS):
        if not isinstance(node, dict) or "$ref" not in node:
            return node
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            return {}
        node = _lookup(spec, ref[1:])
    return {}


def _lookup(spec: dict[str, Any], pointer: str) -> Any:
    current: Any = spec
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(current, dict) and key in current:
            current = current[key]
        elif isinstance(current, list) and key.isdigit() and int(key) < len(current):
            current = current[int(key)]
        else:
            return {}
    return current


def pointer_escape(part: object) -> str:
    """Escape one JSON-pointer reference token."""
    return str(part).replace("~", "~0").replace("/", "~1")
