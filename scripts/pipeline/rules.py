"""Breaking-change rules: what changed in one operation, judged from a Python caller.

Operations are compared through their inventory entries (added, removed, moved) and,
when both merged documents are at hand, their contracts (``contract.py``): each change
is one reason ``"<rule>: <where>: <what>"``, and an operation is breaking when one of
its reasons is. ``RULES`` is the catalogue, modelled on oasdiff's breaking-change
checks and read from the caller's side: what was valid calling code, and what it got
back, still type-checks and behaves the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .contract import Contract, Leaf
from .vocab import template_of

# rule -> (breaking, what it means for a caller)
RULES: dict[str, tuple[bool, str]] = {
    "operation-removed": (True, "the method is gone from the client"),
    "friendly-name-changed": (True, "the method is called by another name"),
    "parameter-removed": (True, "calls passing it fail"),
    "parameter-renamed": (True, "calls passing it by keyword fail"),
    "parameter-moved": (True, "the parameter is sent elsewhere (query, path, header)"),
    "required-parameter-added": (True, "calls without it fail"),
    "parameter-became-required": (True, "calls without it fail"),
    "parameter-retyped": (True, "calls passing the old type fail type checks"),
    "parameter-enum-value-removed": (True, "calls passing that value are refused"),
    "required-request-body-added": (True, "calls without a body fail"),
    "request-body-removed": (True, "calls passing a body fail"),
    "request-media-type-changed": (True, "the body is sent in another format"),
    "required-request-field-added": (True, "bodies without it are refused"),
    "request-field-became-required": (True, "bodies without it are refused"),
    "request-field-removed": (True, "bodies passing it fail"),
    "request-field-renamed": (True, "bodies passing the old name fail"),
    "request-field-retyped": (True, "bodies passing the old type fail type checks"),
    "request-enum-value-removed": (True, "bodies passing that value are refused"),
    "success-response-removed": (True, "the answer the caller handled no longer comes"),
    "response-media-type-changed": (True, "the answer arrives in another format"),
    "response-field-removed": (True, "code reading it breaks"),
    "response-field-renamed": (True, "code reading the old name breaks"),
    "response-field-retyped": (True, "code comparing or using the old type breaks"),
    "response-field-became-optional": (True, "code reading it may get UNSET"),
    "optional-parameter-added": (False, "a new keyword argument"),
    "parameter-became-optional": (False, "the argument may now be left out"),
    "parameter-enum-value-added": (False, "a new accepted value"),
    "optional-request-body-added": (False, "a new optional body"),
    "request-body-became-optional": (False, "the body may now be left out"),
    "optional-request-field-added": (False, "a new optional attribute"),
    "request-field-became-optional": (False, "the attribute may now be left out"),
    "request-enum-value-added": (False, "a new accepted value"),
    "success-response-added": (False, "a new success answer"),
    "response-field-added": (False, "a new attribute on the returned model"),
    "required-response-field-added": (False, "a new attribute, always in answers"),
    "response-field-became-required": (False, "the attribute is now always there"),
    "response-enum-value-added": (False, "a new value in answers"),
    "response-enum-value-removed": (False, "a value no longer in answers"),
    "format-changed": (False, "same Python type, other documented format"),
    "path-template-changed": (False, "the published path spells a parameter differently"),
    "unclassified": (True, "the structure changed in a way no rule names: read the diff"),
}


def is_breaking(reasons: Iterable[str]) -> bool:
    return any(RULES[r.split(":", 1)[0]][0] for r in reasons)


# The rule names of one kind of field: parameters, request body fields, answer fields.
KINDS = {
    "parameter": {
        "removed": "parameter-removed", "renamed": "parameter-renamed",
        "required": "required-parameter-added", "optional": "optional-parameter-added",
        "field": "parameter", "enum": "parameter",
    },
    "request": {
        "removed": "request-field-removed", "renamed": "request-field-renamed",
        "required": "required-request-field-added", "optional": "optional-request-field-added",
        "field": "request-field", "enum": "request",
    },
    "response": {
        "removed": "response-field-removed", "renamed": "response-field-renamed",
        "required": "required-response-field-added", "optional": "response-field-added",
        "field": "response-field", "enum": "response",
    },
}  # fmt: skip


def compare(old: Contract, new: Contract) -> list[str]:
    """Every reason that ``new`` differs from ``old``, in section order."""
    reasons = _fields("parameter", "", old.fields["parameters"], new.fields["parameters"])
    reasons += _body(old, new)
    for section in sorted(set(old.fields) | set(new.fields)):
        if section.startswith("response "):
            reasons += _response(section, old, new)
    return reasons


def _body(old: Contract, new: Contract) -> list[str]:
    before, after = old.fields.get("body"), new.fields.get("body")
    if before is None or after is None:
        if before is None and after is not None:
            kind = "required" if after[""].required else "optional"
            return [f"{kind}-request-body-added: body"]
        return ["request-body-removed: body"] if before is not None else []
    reasons = []
    if old.media.get("body") != new.media.get("body"):
        reasons.append(
            f"request-media-type-changed: body: {old.media['body']} -> {new.media['body']}"
        )
    if before[""].required != after[""].required:
        kind = (
            "required-request-body-added" if after[""].required else "request-body-became-optional"
        )
        reasons.append(f"{kind}: body")
    return reasons + _fields("request", "body", before, after)


def _response(section: str, old: Contract, new: Contract) -> list[str]:
    status = section.split()[1]
    before, after = old.fields.get(section), new.fields.get(section)
    if before is None or after is None:
        return [f"success-response-{'removed' if after is None else 'added'}: {status}"]
    reasons = []
    if old.media.get(section) != new.media.get(section):
        change = f"{old.media.get(section)} -> {new.media.get(section)}"
        reasons.append(f"response-media-type-changed: {status}: {change}")
        if not set(old.media.get(section, ())) & set(new.media.get(section, ())):
            return reasons
    return reasons + _fields("response", status, before, after)


def _fields(side: str, where: str, old: dict[str, Leaf], new: dict[str, Leaf]) -> list[str]:
    """The reasons for one set of flattened fields (``side``: a key of ``KINDS``)."""
    names = KINDS[side]
    gone = _tops([k for k in old if k not in new])
    came = _tops([k for k in new if k not in old])
    reasons: list[str] = []
    for before, after in _pair_renames(gone, came, old, new):
        moved = side == "parameter" and before.split()[0] != after.split()[0]
        reasons.append(f"{'parameter-moved' if moved else names['renamed']}: {before} -> {after}")
        gone.remove(before)
        came.remove(after)
    label = f"{where} " if where else ""
    reasons += [f"{names['removed']}: {label}{k}".rstrip() for k in gone]
    for key in came:
        reasons.append(f"{names['required' if new[key].required else 'optional']}: {label}{key}")
    for key in (k for k in old if k in new):
        was, now = old[key], new[key]
        if f"{key}[]" in old and f"{key}[]" in new:  # a list: its items speak for its type
            was = Leaf(now.type, was.required, was.enum, was.format)
        reasons += _leaf_change(names, f"{label}{key}".strip(), was, now, key != "")
    return reasons


def _leaf_change(names: dict[str, str], where: str, old: Leaf, new: Leaf, field: bool) -> list[str]:
    reasons = []
    if old.type != new.type:
        reasons.append(f"{names['field']}-retyped: {where}: {old.type} -> {new.type}")
    elif old.format != new.format:
        reasons.append(f"format-changed: {where}: {old.format} -> {new.format}")
    if field and old.required != new.required:
        state = "required" if new.required else "optional"
        reasons.append(f"{names['field']}-became-{state}: {where}")
    if old.enum is not None and new.enum is not None and old.enum != new.enum:
        reasons += [
            f"{names['enum']}-enum-value-removed: {where}: {v}"
            for v in sorted(set(old.enum) - set(new.enum))
        ]
        reasons += [
            f"{names['enum']}-enum-value-added: {where}: {v}"
            for v in sorted(set(new.enum) - set(old.enum))
        ]
    return reasons


def _tops(paths: list[str]) -> list[str]:
    """The paths whose parent is not itself in ``paths`` (a removed object, not its fields)."""
    chosen = set(paths)
    return [p for p in paths if not any(q in chosen for q in _parents(p))]


def _parents(path: str) -> list[str]:
    parts = re.split(r"(?=\.)|(?=\[\])", path)
    return ["".join(parts[:i]).lstrip(".") for i in range(1, len(parts))]


def _pair_renames(
    gone: list[str], came: list[str], old: dict[str, Leaf], new: dict[str, Leaf]
) -> list[tuple[str, str]]:
    """Removed/added pairs under the same parent with the same type: one thing renamed."""
    pairs = []
    for before in gone:
        same = [a for a in came if _parent(a) == _parent(before) and new[a] == old[before]]
        twins = [b for b in gone if _parent(b) == _parent(before) and old[b] == old[before]]
        if len(same) == 1 and len(twins) == 1:
            pairs.append((before, same[0]))
    return pairs


def _parent(path: str) -> str:
    """The enclosing field; every top-level parameter (``"query limit"``) shares one."""
    parents = _parents(path)
    return parents[-1] if parents else ""


def moved_pairs(
    removed: list[dict[str, Any]], added: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Removed/added inventory entries that are one operation, when the match is
    unambiguous: same method, and the same path with other parameter names, or the same
    upstream identity (operationId, else summary), or identical parameters and bodies."""
    signs = (
        lambda e: template_of(f"{e['method']} {e['path']}"),
        lambda e: (e["method"], e["upstream_id"]) if e.get("upstream_id") else None,
        lambda e: (e["method"], e.get("parameters"), e.get("request_body"), e.get("responses")),
    )
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for sign in signs:
        for old in removed:
            if any(old is p[0] for p in pairs) or sign(old) is None:
                continue
            same = [e for e in added if sign(e) == sign(old) and all(e is not p[1] for p in pairs)]
            twins = [e for e in removed if sign(e) == sign(old)]
            if len(same) == 1 and len(twins) == 1:
                pairs.append((old, same[0]))
    return pairs


# Changes after which an exchange recorded on the old release no longer replays against
# the new client: the old request or answer is invalid under the new contract, or the
# new client's request differs from the recorded one beyond what the old one sent.
WIRE_RULES = frozenset(
    {
        "operation-removed", "friendly-name-changed", "parameter-removed",
        "parameter-moved", "required-parameter-added", "parameter-became-required",
        "required-request-body-added", "request-body-removed", "request-media-type-changed",
        "required-request-field-added", "request-field-became-required",
        "request-field-removed", "request-field-renamed", "success-response-removed",
        "response-media-type-changed", "required-response-field-added",
        "response-field-became-required",
    }
)  # fmt: skip
JSON_KINDS = {
    "str": "string", "UUID": "string", "datetime": "string", "date": "string",
    "enum": "string", "File": "string", "int": "integer", "float": "number",
    "bool": "boolean", "model": "object", "None": "null",
}  # fmt: skip


def wire_incompatible(reason: str) -> bool:
    """True when ``reason`` means old recorded traffic no longer replays (see WIRE_RULES):
    also a parameter renamed outside the path, a retyping that changes the JSON type
    (``str -> UUID`` does not: both are JSON strings), and a renamed answer field that is
    required."""
    rule, _, detail = reason.partition(": ")
    if rule in WIRE_RULES:
        return True
    if rule == "parameter-renamed":
        return not (detail.startswith("path ") and " -> path " in detail)
    if rule.endswith("-retyped"):
        old, _, new = detail.rpartition(": ")[2].partition(" -> ")
        before, after = _json_kinds(old), _json_kinds(new)
        return before is not None and after is not None and not before <= after
    return rule == "response-field-renamed"


def _json_kinds(text: str) -> set[str] | None:
    """The JSON types a Python type text allows; None when any value is allowed."""
    kinds = set()
    for member in text.split(" | "):
        if member == "Any":
            return None
        kinds.add("array" if member.startswith("list[") else JSON_KINDS.get(member, "object"))
    return kinds
