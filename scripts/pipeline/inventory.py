"""Stage 7: the operation inventory (``specs/inventory.json``) and the drift report.

The inventory lists every operation of the merged document with its friendly name and
hashes of its parameters, request body and responses. The hashes are taken on the fully
dereferenced form (every ``#/components/...`` reference replaced by what it points to),
so an upstream change inside a shared schema shows up on every operation using it,
while a mere renaming of a lifted component does not.

Comparing the committed inventory with a fresh one is the drift report: operations
added, removed, changed (and in which part), renamed in the names table, or moved to
another path, plus operations still waiting for an entry in ``specs/names.toml``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import operation_key
from .fixes import Doc, operations
from .merge import AREA

PARTS = ("parameters", "request_body", "responses")
FIELDS = ("area", "name", "method", "path", "operation_id", *PARTS, "derived_name")


def build_inventory(
    doc: Doc, derived_names: Iterable[str | tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """One entry per operation of ``doc``, in document order.

    ``derived_names`` are the ``"METHOD /path"`` keys (or ``(key, dotted)`` pairs, as in
    ``merge.MergeReport.derived_names``) whose name the names table did not give.
    """
    derived = {d if isinstance(d, str) else d[0] for d in derived_names}
    resolver = _Resolver(doc)
    entries = []
    for path, method, op, _ in operations(doc):
        params = sorted(resolver.resolve(op.get("parameters", [])), key=_param_order)
        entry = {
            "area": op[AREA].split(".")[0],
            "name": op[AREA],
            "method": method.upper(),
            "path": path,
            "operation_id": op["operationId"],
            "parameters": _hash(params),
            "request_body": _hash(resolver.resolve(op.get("requestBody"))),
            "responses": _hash(resolver.resolve(op.get("responses", {}))),
            "derived_name": operation_key(method, path) in derived,
        }
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
            if names or (k not in DOCUMENTATION and not k.startswith("x-"))
        }
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


def _hash(value: Any) -> str:
    """A short digest of the structure of ``value`` (documentation left out)."""
    value = _structure(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class _Resolver:
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
    ordered = [{k: e[k] for k in FIELDS} for e in entries]
    path.write_text(json.dumps(ordered, indent=1, ensure_ascii=False) + "\n")
    return path


def read_inventory(path: Path) -> list[dict[str, Any]] | None:
    """The inventory at ``path``, or None when there is none yet."""
    if not path.is_file():
        return None
    entries: list[dict[str, Any]] = json.loads(path.read_text())
    return entries


@dataclass(frozen=True, slots=True)
class Op:
    """An operation in a drift report: friendly name and ``"METHOD /path"``."""

    name: str
    key: str


@dataclass(frozen=True, slots=True)
class Changed:
    """An operation whose parameters, request body or responses changed."""

    name: str
    key: str
    parts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Renamed:
    """Same operation, new friendly name (an edit of ``specs/names.toml``)."""

    key: str
    old_name: str
    new_name: str


@dataclass(frozen=True, slots=True)
class Moved:
    """An operation that left one path for another with identical parameters and bodies."""

    name: str
    old_key: str
    new_key: str


@dataclass
class Drift:
    """What changed between two inventories; operations are keyed by ``"METHOD /path"``."""

    added: list[Op] = field(default_factory=list)
    removed: list[Op] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    renamed: list[Renamed] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)
    needs_name: list[Op] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        """True when the API (or a friendly name) changed; names still needed do not count."""
        return bool(self.added or self.removed or self.changed or self.renamed or self.moved)


def _key(entry: dict[str, Any]) -> str:
    return operation_key(entry["method"], entry["path"])


def drift(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> Drift:
    """Compare two inventories (``build_inventory`` results)."""
    before = {_key(e): e for e in old}
    after = {_key(e): e for e in new}
    result = Drift()
    removed = [e for k, e in before.items() if k not in after]
    added = [e for k, e in after.items() if k not in before]
    for old_entry, new_entry in _moves(removed, added):
        result.moved.append(Moved(new_entry["name"], _key(old_entry), _key(new_entry)))
        removed.remove(old_entry)
        added.remove(new_entry)
    result.removed = [Op(e["name"], _key(e)) for e in removed]
    result.added = [Op(e["name"], _key(e)) for e in added]
    for key, entry in after.items():
        previous = before.get(key)
        if previous is None:
            continue
        parts = tuple(p for p in PARTS if previous.get(p) != entry.get(p))
        if parts:
            result.changed.append(Changed(entry["name"], key, parts))
        if previous["name"] != entry["name"]:
            result.renamed.append(Renamed(key, previous["name"], entry["name"]))
    result.needs_name = [Op(e["name"], _key(e)) for e in new if e.get("derived_name")]
    return result


def _moves(
    removed: list[dict[str, Any]], added: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Removed/added pairs with the same method and hashes, when the match is unambiguous."""

    def signature(entry: dict[str, Any]) -> tuple[str, ...]:
        return (entry["method"], *(str(entry.get(p)) for p in PARTS))

    pairs = []
    for old_entry in removed:
        same = [e for e in added if signature(e) == signature(old_entry)]
        twins = [e for e in removed if signature(e) == signature(old_entry)]
        if len(same) == 1 and len(twins) == 1:
            pairs.append((old_entry, same[0]))
    return pairs


def format_drift(result: Drift) -> str:
    """The drift report as text, one line per operation."""
    lines: list[str] = []
    if result.has_changes:
        counts = [
            f"{len(items)} {label}"
            for label, items in (
                ("added", result.added),
                ("removed", result.removed),
                ("changed", result.changed),
                ("renamed", result.renamed),
                ("moved", result.moved),
            )
            if items
        ]
        lines.append("drift: " + ", ".join(counts))
    else:
        lines.append("no drift")
    lines += [f"  added:   {o.name}  ({o.key})" for o in result.added]
    lines += [f"  removed: {o.name}  ({o.key})" for o in result.removed]
    lines += [f"  changed: {c.name}  ({c.key}): {', '.join(c.parts)}" for c in result.changed]
    lines += [f"  renamed: {r.old_name} -> {r.new_name}  ({r.key})" for r in result.renamed]
    lines += [f"  moved:   {m.name}  ({m.old_key} -> {m.new_key})" for m in result.moved]
    lines += [
        f"  name needed: {o.key} is called {o.name}; add it to specs/names.toml"
        for o in result.needs_name
    ]
    return "\n".join(lines)
