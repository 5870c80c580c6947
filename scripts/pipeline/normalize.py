"""Stage 3, after merging: schema rewrites the generator needs, before lifting.

These are not upstream defects (the schemas are valid); they are forms that
openapi-python-client cannot turn into models. Each rewrite keeps the meaning.

Like the fixes, each rewrite is one function named for the form it rewrites, with that
form in its docstring and a count of the nodes it changed, registered in ``REWRITES``
(in the order they run); ``make regen`` prints every count, and
``tests/pipeline/test_pipeline_normalize.py`` tests each rewrite and fails when one
no longer finds its form in the published specs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeGuard

from .config import PipelineError
from .vocab import NDJSON, X_LINE_SCHEMA, X_UPSTREAM_COMPONENT, Doc, walk

ANNOTATIONS = frozenset(
    {
        "description",
        "example",
        "title",
        "readOnly",
        "writeOnly",
        "nullable",
        "deprecated",
        "default",
    }
)
MAX_PASSES = 10


@dataclass(frozen=True, slots=True)
class Rewrite:
    """One rewrite: its name, and the function doing it on one schema node (parents are
    visited before children, every mapping under ``paths``) or, with ``whole_document``,
    on the document.

    Consecutive ``until_stable`` rewrites run again, together, until a pass changes
    nothing: one can make work for another only after the walk has passed the node.
    """

    name: str
    rewrite: Callable[[Doc], int]
    whole_document: bool = False
    until_stable: bool = False

    @property
    def form(self) -> str:
        """The form rewritten: the first paragraph of the function's docstring."""
        text = (self.rewrite.__doc__ or "").strip().split("\n\n")[0]
        return " ".join(text.split())

    def apply(self, doc: Doc) -> int:
        """Rewrite ``doc`` in place; returns the nodes changed."""
        if self.whole_document:
            return self.rewrite(doc)
        return sum(self.rewrite(node) for node in walk(doc.get("paths", {})))


def normalize(doc: Doc) -> dict[str, int]:
    """Apply every rewrite of ``REWRITES`` to ``doc`` in place, in order; returns rewrite
    name -> nodes changed (every rewrite, 0 included)."""
    counts = {rewrite.name: 0 for rewrite in REWRITES}
    for group in _groups(REWRITES):
        for _ in range(MAX_PASSES if group[0].until_stable else 1):
            changed = [rewrite.apply(doc) for rewrite in group]
            for rewrite, n in zip(group, changed, strict=True):
                counts[rewrite.name] += n
            if not group[0].until_stable or not any(changed):
                break
        else:
            names = ", ".join(r.name for r in group)
            raise PipelineError(
                f"normalize: {names} still change the document after {MAX_PASSES} passes; "
                "a rewrite undoes another's work (see scripts/pipeline/normalize.py)"
            )
    return counts


def format_report(counts: dict[str, int]) -> list[str]:
    """One line per rewrite: the nodes it changed (what ``make regen`` prints)."""
    return [
        f"rewrite {name}: {n}" + ("" if n else " (no such form in this release; still needed?)")
        for name, n in counts.items()
    ]


def _groups(rewrites: tuple[Rewrite, ...]) -> list[tuple[Rewrite, ...]]:
    """Each rewrite alone, except consecutive ``until_stable`` ones, which form a group."""
    groups: list[tuple[Rewrite, ...]] = []
    for rewrite in rewrites:
        if rewrite.until_stable and groups and groups[-1][-1].until_stable:
            groups[-1] = (*groups[-1], rewrite)
        else:
            groups.append((rewrite,))
    return groups


def json_lines_body(doc: Doc) -> int:
    """A JSON-lines response (`application/x-ndjson`) whose schema describes one line.

    The generator would parse the whole body with the line model; the body is declared a
    binary string instead (the generated layer returns it raw) and the line schema moves
    to ``x-line-schema``, from which the lifting stage makes a component and the facade
    parses every line.
    """
    count = 0
    for node in walk(doc.get("paths", {})):
        media = node.get(NDJSON) if isinstance(node.get(NDJSON), dict) else None
        if media is not None and "schema" in media and X_LINE_SCHEMA not in media:
            media[X_LINE_SCHEMA] = media.pop("schema")
            media["schema"] = {"type": "string", "format": "binary"}
            count += 1
    return count


def annotation_allof(node: Doc) -> int:
    """`allOf: [X, {readOnly: true}]` (X plus annotations only) becomes X with the annotations.

    The generator makes a model of every allOf and then cannot merge it with a plain
    property of the same name (e.g. `id: allOf[Id, readOnly]` with `id: string uuid`), and
    it refuses an allOf around a non-object (`allOf[description, User_Password]`).
    """
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return 0
    main = [p for p in parts if not set(p) <= ANNOTATIONS]
    if len(main) != 1:
        return 0
    notes = {k: v for p in parts if p is not main[0] for k, v in p.items()}
    del node["allOf"]
    siblings = dict(node)  # e.g. `properties: {id: ...}` next to the allOf: merged, not replaced
    node.clear()
    node.update(_deep_merge(_deep_merge(main[0], notes), siblings))
    annotation_allof(node)
    return 1


def read_only_required_in_request(doc: Doc) -> int:
    """A request body lists `readOnly` properties as `required` (`data.id` of a create,
    `created_at` of a user group): OpenAPI applies that `required` to responses only, but
    the generator would make callers invent server-managed values.
    """
    count = 0
    for item in doc.get("paths", {}).values():
        for op in item.values():
            for media in op.get("requestBody", {}).get("content", {}).values():
                for node in walk(media.get("schema", {})):
                    count += _drop_read_only_required(node)
    return count


def _drop_read_only_required(node: Doc) -> int:
    props, required = node.get("properties"), node.get("required")
    if not isinstance(props, dict) or not isinstance(required, list):
        return 0
    keep = [
        n for n in required if not (isinstance(props.get(n), dict) and props[n].get("readOnly"))
    ]
    if len(keep) == len(required):
        return 0
    node["required"] = keep
    if not keep:
        del node["required"]
    return len(required) - len(keep)


def _is_null(schema: Any) -> bool:
    """`{type: 'null'}` or `{enum: [null]}` (with documentation only): the JSON null."""
    if not isinstance(schema, dict):
        return False
    rest = {k: v for k, v in schema.items() if k not in ANNOTATIONS}
    return rest in ({"type": "null"}, {"enum": [None]})


def null_member(node: Doc) -> int:
    """`oneOf`/`anyOf` with a null member: the other members, made `nullable`.

    OpenAPI 3.0 has no null type; a `{type: 'null'}` or `{enum: [null]}` branch is how
    the 3.1 files and some 3.0 ones say "or null".
    """
    count = 0
    for key in ("oneOf", "anyOf"):
        parts = node.get(key)
        if isinstance(parts, list) and any(_is_null(p) for p in parts):
            rest = [p for p in parts if not _is_null(p)]
            node["nullable"] = True
            if len(rest) == 1:
                del node[key]
                node.update({k: v for k, v in rest[0].items() if k not in node})
            else:
                node[key] = rest
            count += 1
    return count


def formatted_string_member(node: Doc) -> int:
    """`oneOf`/`anyOf` with a plain string member and formatted string members (`string`
    or `string` `date-time`: free-form CDP attribute values): the formatted ones go.

    The plain string accepts every value they accept, and the generator would parse any
    text that looks like a date into a datetime and send it back re-formatted
    (`"20230101"` as `"2023-01-01T00:00:00"`): values must go out exactly as given.
    """
    count = 0
    for key in ("oneOf", "anyOf"):
        parts = node.get(key)
        if not isinstance(parts, list) or not any(_rest(p) == {"type": "string"} for p in parts):
            continue
        keep = [p for p in parts if not _formatted_string(p)]
        if len(keep) < len(parts):
            count += len(parts) - len(keep)
            node[key] = keep
    return count


def _rest(schema: Any) -> Any:
    """A schema without its annotations."""
    return (
        {k: v for k, v in schema.items() if k not in ANNOTATIONS}
        if isinstance(schema, dict)
        else schema
    )


def _formatted_string(schema: Any) -> bool:
    rest = _rest(schema)
    return isinstance(rest, dict) and set(rest) == {"type", "format"} and rest["type"] == "string"


def _is_object(schema: Any) -> TypeGuard[Doc]:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and ("properties" in schema or schema.get("type") == "object")
        and not any(k in schema for k in ("oneOf", "anyOf", "allOf"))
    )


def object_allof(node: Doc) -> int:
    """`allOf` of object schemas: one object with the properties merged member by member.

    The generator merges allOf itself, but keeps the first definition of a property that
    two members declare: `JsonApiResourceObject.attributes` (any object) hid the user's
    real attributes (`language`, `email`) in every JSON:API resource.
    """
    parts = node.get("allOf")
    if not isinstance(parts, list) or not parts or not all(_is_object(p) for p in parts):
        return 0
    merged: Doc = {}
    for part in parts:
        merged = _deep_merge(merged, part)
    merged.pop(
        X_UPSTREAM_COMPONENT, None
    )  # the merged schema keeps its own name, not its first part's
    own = {k: v for k, v in node.items() if k != "allOf"}  # siblings of allOf: most specific
    node.clear()
    node.update(_deep_merge(merged, own))
    return 1


def _deep_merge(base: Doc, more: Doc) -> Doc:
    """``more`` over ``base``: properties merged recursively, `required` united."""
    out = dict(base)
    for key, value in more.items():
        if key == "properties" and isinstance(value, dict):
            props = dict(out.get("properties", {}))
            for name, schema in value.items():
                old = props.get(name)
                if _is_object(old) and _is_object(schema):
                    props[name] = _deep_merge(old, schema)
                elif isinstance(old, dict) and set(schema) <= ANNOTATIONS:
                    props[name] = {**old, **schema}  # only documents it: keep the type
                else:
                    props[name] = schema
            out["properties"] = props
        elif key == "required":
            out["required"] = list(dict.fromkeys([*out.get("required", []), *value]))
        else:
            out[key] = value
    return out


def non_scalar_enum(node: Doc) -> int:
    """`enum` of booleans or arrays (`[false]`, `[["jstc", "JavaScript ..."]]`): keep the type.

    Literal enums can hold only strings and integers. A `null` value is left to the
    generator (it makes the property nullable, and `enum: [null]` alone is the JSON null:
    the draft version's `publisher` and `published_at`), never read as an object.
    """
    values = node.get("enum")
    if not isinstance(values, list) or _scalar([v for v in values if v is not None]):
        return 0
    del node["enum"]
    if "type" not in node and values:
        node["type"] = _json_type(values[0])
    return 1


def _scalar(values: list[Any]) -> bool:
    return all(isinstance(v, str) for v in values) or all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    )


def _json_type(value: Any) -> str:
    kinds = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array"}
    return kinds.get(type(value), "object")


def untyped_array_items(node: Doc) -> int:
    """`type: array` without `items`: items of any type."""
    if node.get("type") == "array" and "items" not in node:
        node["items"] = {}
        return 1
    return 0


REWRITES: tuple[Rewrite, ...] = (
    Rewrite("json_lines_body", json_lines_body, whole_document=True),
    Rewrite("null_member", null_member),
    Rewrite("formatted_string_member", formatted_string_member),
    Rewrite("annotation_allof", annotation_allof, until_stable=True),
    Rewrite("object_allof", object_allof, until_stable=True),
    Rewrite("non_scalar_enum", non_scalar_enum),
    Rewrite("untyped_array_items", untyped_array_items),
    Rewrite("read_only_required_in_request", read_only_required_in_request, whole_document=True),
)
