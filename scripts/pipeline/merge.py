"""Stage 3: one OpenAPI 3.0 document for every area.

Each file's `$ref`s are resolved (schemas keep their component name in ``x-origin``,
so the lifting stage can reuse it), path-level parameters move into the operations,
security becomes explicit per operation, and every operation gets its operationId,
its tag and its dotted friendly name (``x-piwik-name``) from the names table.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from .config import FriendlyName, PipelineError, SpecFile, operation_key
from .vocab import (
    BEARER,
    X_FRIENDLY_NAME,
    X_PUBLISHED_PATH,
    X_SPEC_FILE,
    X_UPSTREAM_COMPONENT,
    X_UPSTREAM_ID,
    Doc,
    operations,
    template_of,
)


@dataclass
class MergeReport:
    """What merging found: operations that had no name in the names table, names that
    no operation used, and operations named by a names-table key spelling their path
    parameters differently (``(key, names-table key)``)."""

    derived_names: list[tuple[str, str]] = field(default_factory=list)
    unused_names: list[str] = field(default_factory=list)
    renamed_parameters: list[tuple[str, str]] = field(default_factory=list)
    kept_names: list[tuple[str, str, str]] = field(default_factory=list)  # key, name, old key


def merge(
    docs: dict[str, Doc],
    files: list[SpecFile],
    names: dict[str, FriendlyName],
    release: str,
    previous: list[dict[str, Any]] | None = None,
) -> tuple[Doc, MergeReport]:
    """Merge the repaired documents in area-list order into one OpenAPI 3.0.3 document.

    An operation the names table does not name keeps the name the ``previous``
    inventory gave it: under the same key, or, when it moved (its old key is gone, same
    method and upstream operationId or summary), under the old key.
    """
    report = MergeReport()
    merged: Doc = {
        "openapi": "3.0.3",
        "info": {"title": "Piwik PRO API", "version": release},
        "paths": {},
        "components": {"securitySchemes": {"BearerAuth": dict(BEARER)}},
    }
    used: set[str] = set()
    keys = {operation_key(m, p) for s in files for p, m, _, _ in operations(docs[s.file])}
    for spec in files:
        doc = _resolved(docs[spec.file])
        secured = bool(doc.get("security"))
        for path, method, op, item in list(operations(doc)):
            key = operation_key(method, path)
            known = (names.get(key) and key) or _same_template(key, names, keys, report)
            name = names[known] if known else None
            name = name or _kept(key, op, spec.area, previous or [], keys, report)
            name = name or _derived(spec.area, method, path, report)
            used.add(known or key)
            target = merged["paths"].setdefault(path, {})
            if method in target:
                raise PipelineError(f"{key} is defined by two spec files; keep it in one area")
            target[method] = _operation(op, item, name, spec, secured=secured)
    report.unused_names = [k for k in names if k not in used]
    return merged, report


def _same_template(
    key: str, names: dict[str, FriendlyName], keys: set[str], report: MergeReport
) -> str | None:
    """The names-table key of an operation whose path parameters were renamed upstream:
    the only key with the same method and path but other parameter names, if no
    operation of this release has that key itself."""
    found = [k for k in names if k not in keys and template_of(k) == template_of(key)]
    if len(found) != 1:
        return None
    report.renamed_parameters.append((key, found[0]))
    return found[0]


def _kept(
    key: str,
    op: Doc,
    area: str,
    previous: list[dict[str, Any]],
    keys: set[str],
    report: MergeReport,
) -> FriendlyName | None:
    """The previous inventory's name (in the same area) for an operation the names table
    lacks."""
    method = key.split()[0]
    upstream = op.get("operationId") or op.get("summary")
    previous = [e for e in previous if e["name"].split(".")[0] == area]
    same = [e for e in previous if operation_key(e["method"], e["path"]) == key]
    if not same and upstream:
        same = [
            e
            for e in previous
            if e["method"] == method
            and e.get("upstream_id") == str(upstream)
            and operation_key(e["method"], e["path"]) not in keys
        ]
    if len(same) != 1:
        return None
    parts = same[0]["name"].split(".")
    name = FriendlyName(parts[0], parts[1] if len(parts) == 3 else None, parts[-1])
    old_key = operation_key(same[0]["method"], same[0]["path"])
    report.derived_names.append((key, name.dotted))
    if old_key != key:
        report.kept_names.append((key, name.dotted, old_key))
    return name


def _derived(area: str, method: str, path: str, report: MergeReport) -> FriendlyName:
    words = re.sub(r"[^a-z0-9]+", "_", f"{method} {path}".lower()).strip("_")
    name = FriendlyName(area, None, words)
    report.derived_names.append((operation_key(method, path), name.dotted))
    return name


def _operation(op: Doc, item: Doc, name: FriendlyName, spec: SpecFile, *, secured: bool) -> Doc:
    out = copy.deepcopy(op)
    upstream = op.get("operationId") or op.get("summary")
    if upstream:
        out[X_UPSTREAM_ID] = str(upstream)
    out["operationId"] = name.operation_id
    out["tags"] = [name.tag]
    out[X_FRIENDLY_NAME] = name.dotted
    out[X_SPEC_FILE] = spec.file
    if X_PUBLISHED_PATH in item:
        out[X_PUBLISHED_PATH] = item[X_PUBLISHED_PATH]
    params = {(p.get("name"), p.get("in")): p for p in item.get("parameters", [])}
    params.update({(p.get("name"), p.get("in")): p for p in op.get("parameters", [])})
    if params:
        out["parameters"] = list(params.values())
    if "security" in op:
        out["security"] = [{"BearerAuth": []} for _ in op["security"][:1]] if op["security"] else []
    else:
        out["security"] = [{"BearerAuth": []}] if secured else []
    return out


def _resolved(doc: Doc) -> Doc:
    """A copy of ``doc`` with every local `$ref` replaced by what it points to."""
    doc = copy.deepcopy(doc)
    components = doc.get("components", {})
    doc["paths"] = _inline(doc["paths"], components, ())
    return doc


def _inline(node: Any, components: Doc, stack: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inline(v, components, stack) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/"):
        if ref in stack:
            raise PipelineError(f"recursive schema {ref}: teach merge.py to keep recursive refs")
        kind, name = ref.split("/")[2:4]
        target = _inline(components[kind][name], components, (*stack, ref))
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if kind == "schemas" and isinstance(target, dict):
            target = {**target, X_UPSTREAM_COMPONENT: name}
        return {**target, **siblings} if siblings else target
    return {k: _inline(v, components, stack) for k, v in node.items()}
