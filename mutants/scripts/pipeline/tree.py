"""Walking OpenAPI documents: every mapping, every schema node, every operation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .config import HTTP_METHODS

Doc = dict[str, Any]


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in a JSON tree, parents before children."""
    if isinstance(node, dict):
        yield node
        for value in list(node.values()):
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


VALUES = frozenset({"example", "examples", "default", "enum", "const"})


def walk_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping of a JSON tree except inside example and enum values and ``x-`` keys."""
    if isinstance(node, dict):
        yield node
        for key, value in list(node.items()):
            if key not in VALUES and not str(key).startswith("x-"):
                yield from walk_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_schemas(value)


def operations(doc: Doc) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method], item


def resolve_param(doc: Doc, param: dict[str, Any]) -> dict[str, Any]:
    """``param`` itself, or what its local ``$ref`` points to."""
    ref = param.get("$ref")
    if not ref:
        return param
    node: Any = doc
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    resolved: dict[str, Any] = node
    return resolved
