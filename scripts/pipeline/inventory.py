"""Stage 7: the operation inventory (``specs/inventory.json``) and the drift report.

The inventory lists every operation of the merged document with its friendly name and
hashes of its parameters, request body and responses. The hashes are taken on the fully
dereferenced form (every ``#/components/...`` reference replaced by what it points to),
so an upstream change inside a shared schema shows up on every operation using it,
while a mere renaming of a lifted component does not.

Each entry also names its spec file, its upstream identity (operationId, else summary)
and, when a repair respelled its path, the path as published; ``drift.py`` compares
two inventories.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import operation_key
from .vocab import (
    X_FRIENDLY_NAME,
    X_LINE_SCHEMA,
    X_PUBLISHED_PATH,
    X_SPEC_FILE,
    X_UPSTREAM_ID,
    Doc,
    operations,
)

PARTS = ("parameters", "request_body", "responses")
FIELDS = (
    "area", "name", "method", "path", "operation_id", *PARTS, "derived_name",
    "file", "upstream_id", "published_path",
)  # fmt: skip


def build_inventory(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[X_FRIENDLY_NAME].split(".")[0],
            "name": op[X_FRIENDLY_NAME],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
        for key, extension in (("file", X_SPEC_FILE), ("upstream_id", X_UPSTREAM_ID)):
            if op.get(extension):
                entry[key] = op[extension]
        if X_PUBLISHED_PATH in op:
            entry["published_path"] = op[X_PUBLISHED_PATH]
        entries.append(entry)
    return entries


def _param_order(param: Any) -> tuple[str, str]:
    """Parameters are a set keyed by (in, name): their order is not a change."""
    return (
        (str(param.get("in", "")), str(param.get("name", "")))
        if isinstance(param, dict)
        else ("", "")
    )


DOCUMENTATION = frozenset(
    {"description", "summary", "example", "examples", "externalDocs", "title"}
)


def _structure(value: Any, names: bool = False) -> Any:
    """``value`` without documentation text: rewording upstream is not drift.

    ``names`` marks a mapping whose keys are names (``properties``), kept whatever they are.
    """
    if isinstance(value, dict):
        return {
            k: _structure(v, names=k == "properties" and not names)
            for k, v in value.items()
            if names or (k not in DOCUMENTATION and (k == X_LINE_SCHEMA or not k.startswith("x-")))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def _hash(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Resolver:
    """Replaces every ``#/components/...`` reference, recursively, by its target."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.done: dict[str, Any] = {}

    def resolve(self, node: Any, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.resolve(v, stack) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            siblings = {k: self.resolve(v, stack) for k, v in node.items() if k != "$ref"}
            target = self._target(ref, stack)
            return {**target, **siblings} if siblings and isinstance(target, dict) else target
        return {k: self.resolve(v, stack) for k, v in node.items()}

    def _target(self, ref: str, stack: tuple[str, ...]) -> Any:
        if ref in stack:  # a recursive schema: keep the reference where the cycle closes
            return {"$recursive": ref.rsplit("/", 1)[-1]}
        if ref not in self.done:
            node: Any = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            self.done[ref] = self.resolve(node, (*stack, ref))
        return self.done[ref]


def write_inventory(entries: list[dict[str, Any]], path: Path) -> Path:
    """Write the inventory with stable formatting (one operation per block, fixed key order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = [{k: e[k] for k in FIELDS if e.get(k) is not None} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def read_inventory(path: Path) -> list[dict[str, Any]] | None:
    """The inventory at ``path``, or None when there is none yet."""
    if not path.is_file():
        return None
    entries: list[dict[str, Any]] = json.loads(path.read_text())
    return entries
