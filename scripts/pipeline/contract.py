"""What a Python caller sees of one operation: its parameters, body and success answers.

The drift report compares these between two merged documents. Every schema is
flattened into fields (``data.attributes.name``, ``data[].id``), each with the Python
type the generated layer gives it (``str``, ``UUID``, ``datetime``, ``list[int]``,
``model``...), whether it is required, its enum values and its format. A JSON-lines
answer counts with its line schema (``x-line-schema``), the model callers get per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .vocab import JSON_MEDIA_TYPES, X_LINE_SCHEMA, Doc

MAX_DEPTH = 16
STRING_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}
SCALARS = {"integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True, slots=True)
class Leaf:
    """One field (or parameter): its Python type, required or not, enum values, format."""

    type: str
    required: bool = True
    enum: tuple[str, ...] | None = None
    format: str | None = None


@dataclass
class Contract:
    """An operation as a caller sees it; ``fields`` maps a section to its flattened fields.

    Sections: ``parameters`` (``"query limit"``, ``"query filter.type"``), ``body`` and
    ``response <status>`` for each 2xx answer (``""`` is the body or answer itself).
    """

    fields: dict[str, dict[str, Leaf]] = field(default_factory=dict)
    media: dict[str, tuple[str, ...]] = field(default_factory=dict)


def contract(op: Doc) -> Contract:
    """The contract of a fully dereferenced operation."""
    result = Contract()
    params: dict[str, Leaf] = {}
    for param in op.get("parameters", []):
        if isinstance(param, dict) and param.get("in") != "header":
            key = f"{param.get('in')} {param.get('name')}"
            schema = param.get("schema") or _content_schema(param.get("content"))
            flatten(schema, key, bool(param.get("required")), params)
    result.fields["parameters"] = params
    body = op.get("requestBody")
    if isinstance(body, dict) and body.get("content"):
        media = _primary(body["content"])
        result.media["body"] = tuple(sorted(body["content"]))
        result.fields["body"] = flatten(
            body["content"][media].get("schema"), "", bool(body.get("required")), {}
        )
    for status, answer in op.get("responses", {}).items():
        if not str(status).startswith("2") or not isinstance(answer, dict):
            continue
        section = f"response {status}"
        content = answer.get("content") or {}
        result.media[section] = tuple(sorted(content))
        schema = _answer_schema(content[_primary(content)]) if content else None
        result.fields[section] = flatten(schema, "", True, {})
    return result


def _primary(content: Doc) -> str:
    """The media type the generated layer uses: JSON first, else the first listed."""
    return next((m for m in JSON_MEDIA_TYPES if m in content), next(iter(content)))


def _answer_schema(media: Doc) -> Any:
    return media.get(X_LINE_SCHEMA) or media.get("schema")


def _content_schema(content: Any) -> Any:
    if isinstance(content, dict) and content:
        return next(iter(content.values())).get("schema")
    return None


def flatten(schema: Any, path: str, required: bool, out: dict[str, Leaf]) -> dict[str, Leaf]:
    """Add ``schema`` at ``path`` and every field below it to ``out``; returns ``out``."""
    _add(out, path, _leaf(schema, required))
    _children(schema, path, out, 0)
    return out


def _children(schema: Any, path: str, out: dict[str, Leaf], depth: int) -> None:
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return
    for key in ("oneOf", "anyOf", "allOf"):
        for member in schema.get(key, []):
            _children(member, path, out, depth + 1)
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        child = f"{path}.{name}" if path else name
        _add(out, child, _leaf(sub, name in required))
        _children(sub, child, out, depth + 1)
    items = schema.get("items")
    if isinstance(items, dict):
        _add(out, f"{path}[]", _leaf(items, True))
        _children(items, f"{path}[]", out, depth + 1)


def _add(out: dict[str, Leaf], path: str, leaf: Leaf) -> None:
    """Record a field; one seen in several members of a union keeps every type."""
    seen = out.get(path)
    if seen is None:
        out[path] = leaf
        return
    types = union(seen.type, leaf.type)
    enum = (
        None if seen.enum is None or leaf.enum is None else tuple(sorted({*seen.enum, *leaf.enum}))
    )
    out[path] = Leaf(types, seen.required and leaf.required, enum, seen.format or leaf.format)


def _leaf(schema: Any, required: bool) -> Leaf:
    if not isinstance(schema, dict):
        return Leaf("Any", required)
    enum = schema.get("enum")
    values = tuple(sorted(str(v) for v in enum)) if isinstance(enum, list) else None
    fmt = schema.get("format")
    return Leaf(python_type(schema), required, values, str(fmt) if fmt is not None else None)


def python_type(schema: Any) -> str:
    """The Python type openapi-python-client gives a schema, as text."""
    if not isinstance(schema, dict):
        return "Any"
    if "$recursive" in schema:
        return "model"
    nullable = bool(schema.get("nullable"))
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        rest = [k for k in kind if k != "null"]
        kind = rest[0] if len(rest) == 1 else None
    text = _base_type(schema, kind)
    return union(text, "None") if nullable else text


def union(*types: str) -> str:
    """``A | B`` of Python type texts: members sorted, once each, ``None`` last."""
    members = {m for t in types for m in t.split(" | ")}
    return " | ".join(sorted(members, key=lambda m: (m == "None", m)))


def _base_type(schema: Doc, kind: Any) -> str:
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return union(*(python_type(m) for m in schema[key]))
    if isinstance(schema.get("enum"), list) and kind in ("string", "integer", None):
        return "enum"
    if kind == "string":
        return STRING_FORMATS.get(str(schema.get("format")), "str")
    if kind in SCALARS:
        return SCALARS[kind]
    if kind == "array":
        return f"list[{python_type(schema.get('items'))}]"
    if schema.get("properties") or schema.get("allOf"):
        return "model"
    extra = schema.get("additionalProperties")
    if kind == "object":
        return f"dict[str, {python_type(extra)}]" if isinstance(extra, dict) else "dict"
    return "Any"
