"""Stage 4: lift inline schemas into named, deduplicated components.

The published specs inline their schemas hundreds of times (the docs build inlines
every external file), and the generator writes one model per inline copy. Here every
object, composition and enum schema is keyed by its structure (documentation text
left out), each distinct structure becomes one component, and every occurrence
becomes a `$ref` to it.

Names: the upstream component name where the schema came from one (``x-origin``),
otherwise its place: ``<Operation>Body``, ``<Operation>Response``, ``<Parent><Property>``,
``<Parent>Item``. Name clashes get the area as a prefix, then a number.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from .vocab import X_FRIENDLY_NAME, X_LINE_SCHEMA, X_UPSTREAM_COMPONENT, Doc, operations, pascal

DOC_KEYS = frozenset(
    {"description", "example", "examples", "title", "externalDocs", X_UPSTREAM_COMPONENT}
)
COMPOSITIONS = ("allOf", "oneOf", "anyOf")


class _Lifter:
    def __init__(self) -> None:
        self.keys: dict[int, str] = {}
        self.origins: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.taken: set[str] = set()
        self.components: dict[str, Doc] = {}

    # -- pass 1: structural keys, bottom-up ---------------------------------------
    def key(self, node: Doc) -> str:
        cached = self.keys.get(id(node))
        if cached is not None:
            return cached
        shape = {k: self._shape(k, v) for k, v in node.items() if k not in DOC_KEYS}
        digest = hashlib.sha1(json.dumps(shape, sort_keys=True).encode()).hexdigest()
        self.keys[id(node)] = digest
        if X_UPSTREAM_COMPONENT in node:
            self.origins.setdefault(digest, node[X_UPSTREAM_COMPONENT])
        return digest

    def _shape(self, key: str, value: Any) -> Any:
        children = list(_children(key, value))
        if not children:
            return value
        if key in ("properties",):
            return {k: self._child_shape(v) for k, v in value.items()}
        if key in COMPOSITIONS:
            return [self._child_shape(v) for v in value]
        return self._child_shape(value)

    def _child_shape(self, node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        if liftable(node):
            return {"$lift": self.key(node)}
        return {k: self._shape(k, v) for k, v in node.items() if k not in DOC_KEYS}

    # -- pass 2: names, top-down ---------------------------------------------------
    def name(self, node: Doc, context: str, area: str) -> None:
        if liftable(node):
            key = self.key(node)
            if key in self.names:
                return
            self.names[key] = self._unique(self.origins.get(key) or context, area)
            context = self.names[key]
        for child_key, value in node.items():
            for suffix, child in _children(child_key, value):
                self.name(child, context + suffix, area)

    def _unique(self, wanted: str, area: str) -> str:
        base = pascal(wanted)
        for candidate in (base, pascal(area) + base):
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate
        n = 2
        while f"{base}{n}" in self.taken:
            n += 1
        self.taken.add(f"{base}{n}")
        return f"{base}{n}"

    # -- pass 3: components and refs -------------------------------------------------
    def replace(self, node: Doc) -> Doc:
        """The node with every liftable child (and itself) replaced by a `$ref`."""
        if liftable(node):
            key = self.key(node)
            name = self.names[key]
            if name not in self.components:
                self.components[name] = {}
                self.components[name] = self._body(node)
            return {"$ref": f"#/components/schemas/{name}"}
        return self._body(node)

    def _body(self, node: Doc) -> Doc:
        out: Doc = {}
        for key, value in node.items():
            if key in (X_UPSTREAM_COMPONENT, "title"):  # titles would rename the generated classes
                continue
            if key == "properties":
                out[key] = {k: self.replace(v) for k, v in value.items()}
            elif key in COMPOSITIONS:  # a member listed twice upstream is one member
                members = [self.replace(v) for v in value]
                out[key] = [m for i, m in enumerate(members) if m not in members[:i]]
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                out[key] = self.replace(value)
            else:
                out[key] = value
        return out


def liftable(node: Any) -> bool:
    """Schemas the generator turns into a class or an enum: those are worth a component."""
    if not isinstance(node, dict) or "$ref" in node:
        return False
    if "properties" in node:
        return True
    if "enum" in node:  # `enum: [null]` alone is the JSON null, not an enum class
        return bool(node["enum"] != [None])
    return any(k in node for k in COMPOSITIONS) and node.get("type") != "string"


def _children(key: str, value: Any) -> Iterator[tuple[str, Doc]]:
    if key == "properties" and isinstance(value, dict):
        for name, child in value.items():
            if isinstance(child, dict):
                yield pascal(name), child
    elif key in COMPOSITIONS and isinstance(value, list):
        for i, child in enumerate(value):
            if isinstance(child, dict):
                yield pascal(child.get("title", "")) or f"Option{i + 1}", child
    elif key == "items" and isinstance(value, dict):
        yield "Item", value
    elif key in ("additionalProperties", "not") and isinstance(value, dict):
        yield ("Value" if key == "additionalProperties" else "Not"), value


def _schema_slots(doc: Doc) -> Iterator[tuple[Doc, str, str, str]]:
    """(holder, key, context name, area) for every schema slot of every operation."""
    for _, _, op, _ in operations(doc):
        base, area = pascal(op["operationId"]), op[X_FRIENDLY_NAME].split(".")[0]
        for param in op.get("parameters", []):
            if "schema" in param:
                yield param, "schema", base + pascal(param["name"]), area
        for media in op.get("requestBody", {}).get("content", {}).values():
            if "schema" in media:
                yield media, "schema", base + "Body", area
        for code, resp in op.get("responses", {}).items():
            suffix = "Response" if str(code).startswith("2") else f"Error{code}"
            for media in resp.get("content", {}).values():
                if "schema" in media:
                    yield media, "schema", base + suffix, area
                if X_LINE_SCHEMA in media:
                    yield media, X_LINE_SCHEMA, base + "Line", area
            for header in resp.get("headers", {}).values():
                if "schema" in header:
                    yield header, "schema", base + suffix + "Header", area


def lift(doc: Doc) -> int:
    """Lift every liftable schema of ``doc`` into components; returns the component count."""
    lifter = _Lifter()
    slots = list(_schema_slots(doc))
    for holder, key, _, _ in slots:  # keys first: an upstream name wins wherever it appears
        if liftable(holder[key]) or isinstance(holder[key], dict):
            lifter.key(holder[key])
    for holder, key, context, area in slots:
        lifter.name(holder[key], context, area)
    for holder, key, _, _ in slots:
        holder[key] = lifter.replace(holder[key])
    schemas = dict(sorted(lifter.components.items()))
    doc.setdefault("components", {})["schemas"] = schemas
    return len(schemas)
