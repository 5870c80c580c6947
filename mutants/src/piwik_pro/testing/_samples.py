"""Deterministic sample values built from JSON schemas (OpenAPI 3.0 and 3.1 dialects).

Property-level ``example``/``default`` values are used where the caller does not
``ban`` them; a banned instance path gets a value synthesised from the schema instead
(that is how the response catalog repairs documented examples that do not validate).
"""

from __future__ import annotations

import copy
import hashlib
import math
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from ._refs import resolve

__all__ = ["Path", "SampleGenerator", "deep_merge", "stable_uuid"]

Path = tuple[str | int, ...]
_MAX_DEPTH = 12
_FORMATS: dict[str, str] = {
    "date-time": "2024-01-15T10:00:00+00:00",
    "date": "2024-01-15",
    "time": "10:00:00",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "c2FuZGJveA==",
    "password": "Sandbox-Secret-1",
    "ietf-language-tag": "en-US",
}

#: Tried in order when a ``pattern`` rejects the natural value.
_FALLBACKS = (
    "2024-01-15T10:00:00+0000",
    "2024-01-15T10:00:00Z",
    "{{ Campaign }}",
    "Europe/Warsaw",
    "USD",
    "1",
    "a",
    "A",
    "string",
)


def stable_uuid(seed: str) -> str:
    """A UUIDv4-shaped id derived from ``seed`` (same seed, same id: stable cassettes)."""
    digest = hashlib.sha256(seed.encode()).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def deep_merge(base: Any, extra: Any) -> Any:
    """Merge ``extra`` into ``base`` (dicts recursively; anything else: ``extra`` wins)."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            if key not in merged:
                merged[key] = value
            elif not isinstance(value, _Placeholder):
                merged[key] = deep_merge(merged[key], value)
        return merged
    return extra


class SampleGenerator:
    """Builds one value per schema; same schema and ``banned`` paths → same value."""

    def __init__(
        self,
        spec: dict[str, Any],
        *,
        banned: frozenset[Path] = frozenset(),
        choices: Mapping[Path, int] | None = None,
    ) -> None:
        self._spec = spec
        self._banned = banned
        self._choices = choices or {}
        self._by_type: dict[str, Callable[[dict[str, Any], Path, int, frozenset[str]], Any]] = {
            "object": self._object,
            "array": self._array,
            "string": lambda s, p, d, r: _string(s, p),
            "integer": lambda s, p, d, r: _number(s, integer=True),
            "number": lambda s, p, d, r: _number(s, integer=False),
            "boolean": lambda s, p, d, r: True,
            "null": lambda s, p, d, r: None,
        }

    def generate(self, schema: Any) -> Any:
        """A value for ``schema``; no example/default is used at the ``banned`` instance paths."""
        return self._value(schema, (), 0, frozenset())

    def _value(self, node: Any, path: Path, depth: int, refs: frozenset[str]) -> Any:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if node["$ref"] in refs or depth > _MAX_DEPTH:
                return _empty(resolve(self._spec, node))
            refs = refs | {node["$ref"]}
        schema = resolve(self._spec, node)
        if not isinstance(schema, dict):
            return None
        if path not in self._banned and (found := _documented(schema)) is not None:
            return copy.deepcopy(found[0])
        return self._synthesise(schema, path, depth, refs)

    def _synthesise(
        self, schema: dict[str, Any], path: Path, depth: int, refs: frozenset[str]
    ) -> Any:
        enum = [v for v in schema.get("enum") or () if v is not None]
        if enum:
            return copy.deepcopy(enum[0])
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, path, depth, refs)
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                usable = [o for o in options if not _is_null(resolve(self._spec, o))] or options
                chosen = usable[self._choices.get(path, 0) % len(usable)]
                return self._value(chosen, path, depth + 1, refs)
        kind = _schema_type(schema)
        if kind == "any":
            return _Placeholder(_name(path))
        return self._by_type[kind](schema, path, depth, refs)

    def _all_of(self, schema: dict[str, Any], path: Path, depth: int, refs: frozenset[str]) -> Any:
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        result: Any = self._synthesise(rest, path, depth, refs) if _has_shape(rest) else None
        required: list[str] = []
        for part in schema["allOf"]:
            resolved = resolve(self._spec, part)
            if isinstance(resolved, dict) and not _has_shape(resolved):
                required += resolved.get("required") or []  # a constraint-only part
                continue
            value = self._value(part, path, depth + 1, refs)
            result = value if result is None else deep_merge(result, value)
        return _fill_required(result, required)

    def _object(self, schema: dict[str, Any], path: Path, depth: int, refs: frozenset[str]) -> Any:
        result: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            resolved = resolve(self._spec, prop)
            if isinstance(resolved, dict) and resolved.get("writeOnly"):
                continue
            result[name] = self._value(prop, (*path, name), depth + 1, refs)
        return _fill_required(result, schema.get("required") or [])

    def _array(self, schema: dict[str, Any], path: Path, depth: int, refs: frozenset[str]) -> Any:
        if schema.get("maxItems") == 0 or depth > _MAX_DEPTH:
            return []
        count = max(1, int(schema.get("minItems") or 1))
        items = schema.get("items", {})
        return [self._value(items, (*path, i), depth + 1, refs) for i in range(count)]


def _documented(schema: dict[str, Any]) -> tuple[Any] | None:
    for key in ("example", "default", "const"):
        if key in schema:
            return (schema[key],)
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return (examples[0],)
    return None


def _schema_type(schema: dict[str, Any]) -> str:
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), "null")
    if isinstance(declared, str) and declared in {
        "object",
        "array",
        "string",
        "integer",
        "number",
        "boolean",
        "null",
    }:
        return declared
    if any(k in schema for k in ("properties", "additionalProperties", "required")):
        return "object"
    if "items" in schema:
        return "array"
    return "any"


_SHAPE_KEYS = ("type", "properties", "items", "enum", "allOf", "oneOf", "anyOf", "$ref", "example")


def _has_shape(schema: dict[str, Any]) -> bool:
    return any(k in schema for k in _SHAPE_KEYS)


class _Placeholder(str):
    """A value for a required property no schema describes; any real value replaces it."""


def _fill_required(value: Any, required: list[str]) -> Any:
    if isinstance(value, dict):
        for name in required:
            value.setdefault(name, _Placeholder(name))
    return value


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") in ("null", ["null"])


def _empty(schema: Any) -> Any:
    kind = _schema_type(schema) if isinstance(schema, dict) else "null"
    return {"object": {}, "array": [], "string": "", "integer": 0, "number": 0}.get(kind)


def _string(schema: dict[str, Any], path: Path) -> str:
    fmt = str(schema.get("format", "")).lower()
    generated = stable_uuid("/".join(map(str, path)))
    first = generated if fmt == "uuid" else _FORMATS.get(fmt or _hinted_format(path), _name(path))
    candidates = [first, *_FORMATS.values(), generated, *_FALLBACKS]
    sized = [_sized(c, schema) for c in candidates]
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        return next((c for c in sized if _matches(pattern, c)), sized[0])
    return sized[0]


def _hinted_format(path: Path) -> str:
    """A format suggested by the property name when the schema gives none."""
    name = _name(path).lower()
    if "email" in name:
        return "email"
    return "url" if name.endswith(("url", "uri")) else ""


def _name(path: Path) -> str:
    return next((str(p) for p in reversed(path) if isinstance(p, str)), "string")


def _sized(value: str, schema: dict[str, Any]) -> str:
    min_length = int(schema.get("minLength") or 0)
    max_length = schema.get("maxLength")
    value = value + "x" * max(0, min_length - len(value))
    return value[: int(max_length)] if isinstance(max_length, int) else value


def _matches(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return False


def _number(schema: dict[str, Any], *, integer: bool) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low = schema.get("exclusiveMinimum")
    if isinstance(exclusive_low, int | float) and not isinstance(exclusive_low, bool):
        low = exclusive_low + 1
    elif exclusive_low is True and low is not None:
        low = low + 1
    value: float = low if low is not None else 1
    if high is not None and value > high:
        value = high
    step = schema.get("multipleOf")
    if isinstance(step, int | float) and step > 0:
        value = math.ceil(value / step) * step
    return math.ceil(value) if integer else float(value)
