"""The drift report: what a regeneration changed, for people and as ``.cache/drift.json``.

Two inventories (``inventory.py``) say which operations were added, removed or moved
(paired by ``rules.moved_pairs``) and which changed (their hashes differ); the two
merged documents, when both are at hand, say how: every changed operation gets the
reasons of ``rules.compare`` and is breaking when one of them is. Spec files that
appear or disappear between the two inventories are the areas added and removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import operation_key
from .contract import Contract, contract
from .inventory import PARTS, Resolver
from .rules import compare, is_breaking, moved_pairs, wire_incompatible
from .vocab import template_of

Entry = dict[str, Any]
Doc = dict[str, Any]


@dataclass
class Drift:
    """The report; every list holds the JSON objects of ``.cache/drift.json``."""

    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    areas: dict[str, list[str]] = field(default_factory=lambda: {"added": [], "removed": []})
    needs_name: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        keys = ("added", "removed", "moved", "changed", "skipped", "areas")
        return {key: getattr(self, key) for key in keys}

    @property
    def breaking(self) -> int:
        return sum(1 for c in self.changed if c["breaking"])

    def summary(self) -> str:
        return (
            f"drift: {len(self.added)} added, {len(self.removed)} removed, "
            f"{len(self.moved)} moved, {len(self.changed)} changed ({self.breaking} breaking), "
            f"{len(self.skipped)} skipped"
        )


def drift(
    old: list[Entry],
    new: list[Entry],
    old_doc: Doc | None = None,
    new_doc: Doc | None = None,
    skipped: list[dict[str, str]] | None = None,
) -> Drift:
    """Compare two inventories (and, when given, the documents they were built from)."""
    result = Drift(skipped=list(skipped or []))
    before, after = {_key(e): e for e in old}, {_key(e): e for e in new}
    removed = [e for k, e in before.items() if k not in after]
    added = [e for k, e in after.items() if k not in before]
    contracts = _Contracts(old_doc, new_doc)
    for old_entry, new_entry in moved_pairs(removed, added):
        removed.remove(old_entry)
        added.remove(new_entry)
        result.moved.append(
            {"name": new_entry["name"], "from": _where(old_entry), "to": _where(new_entry)}
        )
        _change(result, old_entry, new_entry, contracts, moved=True)
    result.removed = [_op(e) for e in removed]
    result.added = [_op(e) for e in added]
    for key, entry in after.items():
        if key in before:
            _change(result, before[key], entry, contracts, moved=False)
    result.needs_name = [_op(e) for e in new if e.get("derived_name")]
    files_old = {e["file"] for e in old if e.get("file")}
    files_new = {e["file"] for e in new if e.get("file")}
    if files_old and files_new:
        result.areas = {
            "added": sorted(files_new - files_old),
            "removed": sorted(files_old - files_new),
        }
    return result


class _Contracts:
    """Contracts of the operations of the old and the new document, built on demand."""

    def __init__(self, old_doc: Doc | None, new_doc: Doc | None) -> None:
        self.docs = (old_doc, new_doc)
        self.resolvers = tuple(Resolver(d) if d else None for d in self.docs)

    def get(self, which: int, entry: Entry) -> Contract | None:
        doc, resolver = self.docs[which], self.resolvers[which]
        op = (doc or {}).get("paths", {}).get(entry["path"], {}).get(entry["method"].lower())
        return contract(resolver.resolve(op)) if op and resolver else None


def _change(result: Drift, old: Entry, new: Entry, contracts: _Contracts, *, moved: bool) -> None:
    parts = [p for p in PARTS if old.get(p) != new.get(p)]
    reasons: list[str] = []
    if parts:
        before, after = contracts.get(0, old), contracts.get(1, new)
        found = compare(before, after) if before and after else []
        reasons = found or [f"unclassified: {', '.join(parts)} changed"]
    if old["name"] != new["name"]:
        reasons.insert(0, f"friendly-name-changed: {old['name']} -> {new['name']}")
    was, now = old.get("published_path") or old["path"], new.get("published_path") or new["path"]
    if not moved and was != now:
        reasons.append(f"path-template-changed: {was} -> {now}")
    if reasons:
        item = {**_op(new), "breaking": is_breaking(reasons), "reasons": reasons}
        result.changed.append(item)


def _key(entry: Entry) -> str:
    return operation_key(entry["method"], entry["path"])


def _where(entry: Entry) -> dict[str, str]:
    return {"method": entry["method"], "path": entry["path"]}


def _op(entry: Entry) -> dict[str, str]:
    return {"name": entry["name"], **_where(entry)}


def write_drift(result: Drift, path: Path) -> Path:
    """Write ``.cache/drift.json``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result.as_json(), indent=1, ensure_ascii=False) + "\n")
    return path


def format_drift(result: Drift) -> str:
    """The summary line, then one line per operation (and per reason)."""
    lines = [result.summary()]
    lines += [f"  area added:   {f}" for f in result.areas["added"]]
    lines += [f"  area removed: {f}" for f in result.areas["removed"]]
    lines += [f"  added:   {o['name']}  ({o['method']} {o['path']})" for o in result.added]
    lines += [
        f"  removed: {o['name']}  ({o['method']} {o['path']})  BREAKING" for o in result.removed
    ]
    for m in result.moved:
        was, now = m["from"], m["to"]
        lines.append(f"  moved:   {m['name']}  ({was['method']} {was['path']} -> {now['path']})")
    for c in result.changed:
        mark = "BREAKING" if c["breaking"] else "compatible"
        lines.append(f"  changed: {c['name']}  ({c['method']} {c['path']})  {mark}")
        lines += [f"      {reason}" for reason in c["reasons"]]
    lines += [f"  skipped: {s['method']} {s['path']}: {s['reason']}" for s in result.skipped]
    for o in result.needs_name:
        key = f"{o['method']} {o['path']}"
        lines.append(f"  name needed: {key} is called {o['name']}; add it to specs/names.toml")
    return "\n".join(lines)


def replay_failures(report: dict[str, Any]) -> dict[str, str]:
    """Friendly name -> why a cassette recorded before the drift no longer replays after
    it, predicted from a ``.cache/drift.json`` report (``rules.wire_incompatible``)."""
    failing = {o["name"]: "no cassette: a new operation" for o in report["added"]}
    failing.update({o["name"]: "orphaned cassette: operation removed" for o in report["removed"]})
    for move in report["moved"]:
        was, now = (f"{move[k]['method']} {move[k]['path']}" for k in ("from", "to"))
        if template_of(was) != template_of(now):
            failing[move["name"]] = f"recorded on the old path: {was}"
    for change in report["changed"]:
        wire = [r for r in change["reasons"] if wire_incompatible(r)]
        if wire:
            failing[change["name"]] = wire[0]
        for reason in wire:
            if reason.startswith("friendly-name-changed: "):
                failing[reason.split(": ")[1].split(" -> ")[0]] = "orphaned cassette: renamed"
    return failing
