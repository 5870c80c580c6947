"""The repaired OpenAPI document, merged or cut down to one area, with a server filled in."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from .._config import normalize_base_url
from .._openapi import spec_resource

__all__ = ["HTTP_METHODS", "area_of", "export_spec", "load_repaired_spec", "operations"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NAME_KEY = "x-piwik-name"  # the names-table name the pipeline writes on every operation
_DEFAULT_SERVER = {
    "url": "https://{account}.piwik.pro",
    "description": "Your Piwik PRO account (a custom domain: pass it as the server).",
    "variables": {"account": {"default": "example", "description": "The account name."}},
}


def load_repaired_spec() -> dict[str, Any]:
    """The merged, repaired spec the client is generated from (package data)."""
    document: dict[str, Any] = json.loads(spec_resource().read_text(encoding="utf-8"))
    return document


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` for every operation of ``spec``."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def area_of(operation: dict[str, Any]) -> str:
    """The client area an operation belongs to (``users``, ``tag_manager``, ...)."""
    return str(operation.get(NAME_KEY, "")).split(".", 1)[0]


def export_spec(spec: dict[str, Any], area: str | None, host: str | None) -> dict[str, Any]:
    """A copy of ``spec``: only ``area``'s operations when given, ``servers`` set.

    ``host`` is the account address (normalised like the client's); without it the
    server is ``https://{account}.piwik.pro`` with ``account`` as a variable.
    """
    document = copy.deepcopy(spec)
    if area is not None:
        _keep_area(document, area)
    server = {"url": normalize_base_url(host)} if host else _DEFAULT_SERVER
    document["servers"] = [server]
    return document


def _keep_area(document: dict[str, Any], area: str) -> None:
    paths: dict[str, Any] = {}
    for path, item in document.get("paths", {}).items():
        kept = {
            key: value
            for key, value in item.items()
            if key not in HTTP_METHODS or (isinstance(value, dict) and area_of(value) == area)
        }
        if any(key in HTTP_METHODS for key in kept):
            paths[path] = kept
    document["paths"] = paths
    components = document.get("components", {})
    used = _reachable(paths, components)
    for section, entries in list(components.items()):
        if section == "securitySchemes":
            continue
        components[section] = {name: v for name, v in entries.items() if (section, name) in used}
        if not components[section]:
            del components[section]
    if "tags" in document:
        names = {tag for _, _, op in operations(document) for tag in op.get("tags", [])}
        document["tags"] = [tag for tag in document["tags"] if tag.get("name") in names]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reachable(paths: dict[str, Any], components: dict[str, Any]) -> set[tuple[str, str]]:
    """The ``(section, name)`` of every component ``paths`` refer to, transitively."""
    seen: set[tuple[str, str]] = set()
    pending = list(_refs(paths))
    while pending:
        ref = pending.pop()
        parts = ref.split("/")
        if len(parts) != 4 or parts[:2] != ["#", "components"]:
            continue
        key = (parts[2], parts[3])
        if key in seen:
            continue
        seen.add(key)
        pending.extend(_refs(components.get(key[0], {}).get(key[1])))
    return seen
