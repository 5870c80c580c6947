"""General repairs: classes of upstream defect, repaired wherever they occur.

Unlike the fixes of ``fixes.py``, which repair one known defect in the files named,
these run on every spec file of a release, so a defect of the same class in a file
or release not seen before is repaired too (and counted in the pipeline's report).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .vocab import (
    HTTP_METHODS,
    TEMPLATE,
    X_PUBLISHED_PATH,
    X_PUBLISHED_TYPE,
    Doc,
    operations,
    resolve_param,
    walk_schemas,
)

JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
PYTHON_TYPES = {
    "str": "string", "float": "number", "double": "number", "int": "integer",
    "long": "integer", "bool": "boolean", "dict": "object", "list": "array",
}  # fmt: skip


def python_type_names(doc: Doc) -> int:
    """A schema `type` that is no JSON Schema type: Python names (`bool`, `int`, `float`,
    `str`, ...), any case, or several joined by "or" (`string or float`).

    Each name becomes its JSON Schema type (several become a `oneOf`); a name that means
    nothing known is dropped (any value), with the published text kept in
    `x-published-type`. Also inside OpenAPI 3.1 type lists.
    """
    count = 0
    for node in _schema_nodes(doc):
        kind = node.get("type")
        if isinstance(kind, list):
            names = [_json_type(str(k)) for k in kind]
            if any(k not in JSON_TYPES for k in kind) and all(len(n) == 1 for n in names):
                node["type"] = [n[0] for n in names]
                count += 1
        elif isinstance(kind, str) and kind not in JSON_TYPES:
            count += 1
            members = _json_type(kind)
            del node["type"]
            if len(members) == 1:
                node["type"] = members[0]
            elif members:
                node["oneOf"] = [{"type": m} for m in members]
            else:
                node[X_PUBLISHED_TYPE] = kind
    return count


def _json_type(name: str) -> list[str]:
    """The JSON Schema types a published type name means (empty when unknown)."""
    words = [w.strip().lower() for w in name.replace("|", " or ").split(" or ")]
    types = [w if w in JSON_TYPES else PYTHON_TYPES.get(w, "") for w in words]
    return types if all(types) else []


def _schema_nodes(doc: Doc) -> Iterator[dict[str, Any]]:
    """The mappings under `paths` and `components`, security schemes left out (their
    `type` is `http`, `apiKey`, ... by right)."""
    yield from walk_schemas(doc.get("paths", {}))
    for kind, items in doc.get("components", {}).items():
        if kind != "securitySchemes":
            yield from walk_schemas(items)


def path_parameters(doc: Doc) -> int:
    """Path templates and declared path parameters disagree, in either direction.

    A template name no parameter declares, beside a declared path parameter the template
    lacks (`/api/tag/v1/{appId}/tags/{tag_id}` declaring `app_id`), is one parameter
    spelled twice: the template takes the declared name, which is the one callers pass.
    A template name with no such partner gets a declaration (a sibling operation's, else
    a string); a declared path parameter with none is dropped, since no request can send
    it. A renamed path keeps the published one in `x-published-path`.
    """
    count = 0
    for path, item in list(doc.get("paths", {}).items()):
        ops = [item[m] for m in HTTP_METHODS if m in item]
        renames: dict[str, str] = {}
        for op in ops:
            undeclared, unused = _mismatch(doc, path, item, op)
            renames.update(_pairs([t for t in undeclared if t not in renames], unused))
        new_path = _renamed(path, renames)
        count += len(renames) + sum(_declare_or_drop(doc, new_path, item, op) for op in ops)
        if renames:
            _rename_path(doc, path, new_path)
    return count


def _renamed(path: str, renames: dict[str, str]) -> str:
    return TEMPLATE.sub(lambda m: "{" + renames.get(m[1], m[1]) + "}", path)


def _mismatch(doc: Doc, path: str, item: Doc, op: Doc) -> tuple[list[str], list[str]]:
    """Template names the operation does not declare, and declared path names not in it."""
    names = [
        resolve_param(doc, p).get("name")
        for p in item.get("parameters", []) + op.get("parameters", [])
        if resolve_param(doc, p).get("in") == "path"
    ]
    template = TEMPLATE.findall(path)
    return [t for t in template if t not in names], [str(n) for n in names if n not in template]


def _declare_or_drop(doc: Doc, path: str, item: Doc, op: Doc) -> int:
    """Declare the template names ``op`` lacks; drop declared path names the path lacks."""
    undeclared, unused = _mismatch(doc, path, item, op)
    for name in undeclared:
        op.setdefault("parameters", []).append(_sibling_param(doc, item, name))
    count = len(undeclared)
    for holder in (op, item):
        if "parameters" in holder:
            kept = [p for p in holder["parameters"] if not _is_path_in(doc, p, unused)]
            count += len(holder["parameters"]) - len(kept)
            holder["parameters"] = kept
    return count


def _pairs(undeclared: list[str], unused: list[str]) -> list[tuple[str, str]]:
    """Template names matched to declared names: same letters (`appId`, `app_id`), else in
    order when one of each is left."""

    def plain(name: str) -> str:
        return re.sub(r"[^a-z0-9]", "", name.lower())

    pairs = [(t, n) for t in undeclared for n in unused if plain(t) == plain(n)]
    left_t = [t for t in undeclared if t not in {p[0] for p in pairs}]
    left_n = [n for n in unused if n not in {p[1] for p in pairs}]
    if len(left_t) == len(left_n) == 1:
        pairs.append((left_t[0], left_n[0]))
    return pairs


def _is_path_in(doc: Doc, param: Doc, names: list[str]) -> bool:
    resolved = resolve_param(doc, param)
    return resolved.get("in") == "path" and resolved.get("name") in names


def _sibling_param(doc: Doc, item: Doc, name: str) -> Doc:
    for method in HTTP_METHODS:
        for param in item.get(method, {}).get("parameters", []):
            if _is_path_in(doc, param, [name]):
                return dict(param)
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def _rename_path(doc: Doc, old: str, new: str) -> None:
    """Move the path item ``old`` to ``new``, in place in the order of ``paths``."""
    paths = doc["paths"]
    item = paths[old]
    item.setdefault(X_PUBLISHED_PATH, old)
    if new in paths:  # both spellings published: keep the operations of each
        for method in HTTP_METHODS:
            if method in item and method not in paths[new]:
                paths[new][method] = _moved(doc, item, item[method])
        del paths[old]
        return
    doc["paths"] = {(new if k == old else k): v for k, v in paths.items()}


def _moved(doc: Doc, item: Doc, op: Doc) -> Doc:
    """``op`` ready to leave its path item: it declares the item's parameters it does not
    override itself, and keeps the published path (the item holding both is left behind)."""
    own = {_key(doc, p) for p in op.get("parameters", [])}
    shared = [p for p in item.get("parameters", []) if _key(doc, p) not in own]
    if shared:
        op["parameters"] = shared + op.get("parameters", [])
    op.setdefault(X_PUBLISHED_PATH, item[X_PUBLISHED_PATH])
    return op


def _key(doc: Doc, param: Doc) -> tuple[Any, Any]:
    """What makes a parameter one: its name and its place (OpenAPI's rule)."""
    resolved = resolve_param(doc, param)
    return resolved.get("name"), resolved.get("in")


SCHEMA_KEYS = (
    "type", "format", "items", "enum", "default", "maximum", "minimum", "maxLength",
    "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "multipleOf",
)  # fmt: skip


def parameter_without_schema(doc: Doc) -> int:
    """An OpenAPI 3 parameter written the Swagger 2.0 way: `type`, `default`, `minimum`...
    on the parameter itself and no `schema` (the analytics list operations' `limit` and
    `offset` in 18.20). The generator drops such a parameter without a word; the keywords
    move into its `schema`."""
    if "swagger" in doc:
        return 0
    count = 0
    params = [p for _, _, op, _ in operations(doc) for p in op.get("parameters", [])]
    params += [p for item in doc.get("paths", {}).values() for p in item.get("parameters", [])]
    params += list(doc.get("components", {}).get("parameters", {}).values())
    for param in params:
        bare = isinstance(param, dict) and "$ref" not in param and "type" in param
        if bare and "schema" not in param and "content" not in param:
            param["schema"] = {k: param.pop(k) for k in SCHEMA_KEYS if k in param}
            count += 1
    return count
