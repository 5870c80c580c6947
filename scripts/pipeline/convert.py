"""Stage 2: every published file as the OpenAPI 3.0 document the generator takes.

openapi-python-client reads OpenAPI 3.0 only; Piwik PRO publishes Swagger 2.0 (Audience
Manager) and OpenAPI 3.1 (Customer Data Platform) files too. Converting is not a repair
(those files are valid), so it runs before the fixes, which then all see OpenAPI 3.0.

- Swagger 2.0: the whole document is rebuilt (``swagger2.py``);
- OpenAPI 3.1: each schema keyword 3.0 spells another way is rewritten in place by one
  named rewrite (``REWRITES_31``), and the document keys 3.0 lacks are dropped.

The report says, per converted file, the version it was published in and how many
nodes each rewrite changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from . import swagger2
from .vocab import Doc, walk_schemas

OPENAPI_30 = "3.0.3"


@dataclass(frozen=True, slots=True)
class Conversion:
    """What converting one file did: the version it was published in, and per rewrite
    (3.1 only) the nodes it changed."""

    source: str
    rewrites: dict[str, int]


def convert(docs: dict[str, Doc]) -> dict[str, Conversion]:
    """Convert every Swagger 2.0 and OpenAPI 3.1 document of ``docs`` in place.

    Returns file -> what was done, for the converted files only (3.0 files are left alone).
    """
    report: dict[str, Conversion] = {}
    for file, doc in docs.items():
        done = convert_document(doc)
        if done is not None:
            report[file] = done
    return report


def format_report(report: dict[str, Conversion]) -> str:
    """One line: how many files were converted from which version, and the 3.1 rewrites
    that changed something, with their counts."""
    sources = Counter(done.source for done in report.values())
    rewrites: Counter[str] = Counter()
    for done in report.values():
        rewrites.update(done.rewrites)
    changed = ", ".join(f"{name} {n}" for name, n in sorted(rewrites.items()) if n)
    return (
        "converted to OpenAPI 3.0: "
        + ", ".join(f"{n} from {source}" for source, n in sorted(sources.items()))
        + (f" ({changed})" if changed else "")
    )


def convert_document(doc: Doc) -> Conversion | None:
    """``doc`` as OpenAPI 3.0, in place; None when it already is (or is no OpenAPI at all)."""
    if doc.get("swagger") == "2.0":
        converted = swagger2.convert(doc)
        doc.clear()
        doc.update(converted)
        return Conversion("Swagger 2.0", {})
    version = str(doc.get("openapi", ""))
    if not version.startswith("3.1"):
        return None
    rewrites = {name: 0 for name, _ in REWRITES_31}
    for node in keyword_nodes(doc):
        for name, rewrite in REWRITES_31:
            rewrites[name] += rewrite(node)
    _document_31(doc)
    return Conversion(f"OpenAPI {version}", rewrites)


# Mappings from names to schemas: their keys are property (or component) names, which may
# well be `const` or `if`, not keywords.
NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas", "schemas"})


def keyword_nodes(node: Any) -> Iterator[Doc]:
    """Every mapping of a document whose keys are keywords: the mappings of
    ``vocab.walk_schemas`` less those from names to schemas (``properties``...)."""
    return walk_schemas(node, NAME_MAPS)


# -- OpenAPI 3.1 schema keywords, one rewrite each --------------------------------------
def type_list(node: Doc) -> int:
    """`type: [x, "null"]` (3.1) is `type: x` with `nullable: true` (3.0); several types
    other than null become an `anyOf` of one type each."""
    kind = node.get("type")
    if not isinstance(kind, list):
        return 0
    rest = [t for t in kind if t != "null"]
    del node["type"]
    if "null" in kind:
        node["nullable"] = True
    if len(rest) == 1:
        node["type"] = rest[0]
    elif rest:
        node["anyOf"] = [{"type": t} for t in rest]
    else:  # only null
        node["enum"] = [None]
    return 1


def null_type(node: Doc) -> int:
    """`type: "null"` (3.1) has no 3.0 type: the only value it allows is the JSON null,
    `enum: [null]` with `nullable: true` (what ``normalize`` reads as "or null" in a
    `oneOf`/`anyOf`)."""
    if node.get("type") != "null":
        return 0
    del node["type"]
    node["nullable"] = True
    node["enum"] = [None]
    return 1


def const(node: Doc) -> int:
    """`const: v` (3.1) is `enum: [v]` (3.0)."""
    if "const" not in node:
        return 0
    node["enum"] = [node.pop("const")]
    return 1


def examples_list(node: Doc) -> int:
    """A schema's `examples: [a, b]` (3.1) is `example: a` (3.0); an empty list goes.

    Media types and parameters keep their `examples` (a mapping of Example objects, the
    same in both versions)."""
    examples = node.get("examples")
    if not isinstance(examples, list):
        return 0
    del node["examples"]
    if examples and "example" not in node:
        node["example"] = examples[0]
    return 1


def exclusive_bounds(node: Doc) -> int:
    """`exclusiveMinimum: 5` (3.1, a number) is `minimum: 5, exclusiveMinimum: true`
    (3.0, a flag); likewise the maximum. A stricter `minimum`/`maximum` beside it wins."""
    count = 0
    for exclusive, bound, stricter in (
        ("exclusiveMinimum", "minimum", max),
        ("exclusiveMaximum", "maximum", min),
    ):
        value = node.get(exclusive)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        current = node.get(bound)
        if isinstance(current, int | float) and stricter(current, value) != value:
            del node[exclusive]  # the inclusive bound already excludes the value
        else:
            node[bound] = value
            node[exclusive] = True
        count += 1
    return count


def pattern_properties(node: Doc) -> int:
    """`patternProperties` has no 3.0 form: any key, with the values' schema when there is
    one pattern (else any value)."""
    if "patternProperties" not in node:
        return 0
    patterns = list(node.pop("patternProperties").values())
    node.setdefault("additionalProperties", patterns[0] if len(patterns) == 1 else {})
    return 1


def content_encoding(node: Doc) -> int:
    """A string's `contentEncoding: base64` (3.1) is `format: byte`, its `contentMediaType`
    without an encoding (a file) `format: binary` (3.0)."""
    encoding, media = node.pop("contentEncoding", None), node.pop("contentMediaType", None)
    if encoding is None and media is None:
        return 0
    if node.get("type") == "string" and "format" not in node:
        node["format"] = "byte" if encoding == "base64" else "binary"
    return 1


def prefix_items(node: Doc) -> int:
    """`prefixItems` (a tuple, 3.1) has no 3.0 form: an array whose items are any of
    its members (or of the `items` after them)."""
    members = node.pop("prefixItems", None)
    if not isinstance(members, list):
        return 0
    rest = node.get("items")  # the items after the tuple: a schema, or false (none)
    members = [*members, rest] if isinstance(rest, dict) else members
    node["items"] = {"anyOf": members} if members else {}
    return 1


# JSON Schema keywords 3.0 does not know and that narrow nothing the generator models.
UNKNOWN_30 = (
    "$schema", "$id", "$anchor", "$comment", "$defs", "$dynamicRef", "$dynamicAnchor",
    "if", "then", "else", "dependentRequired", "dependentSchemas", "propertyNames",
    "unevaluatedProperties", "unevaluatedItems", "contains", "minContains", "maxContains",
)  # fmt: skip


def unknown_keywords(node: Doc) -> int:
    """Keywords 3.0 lacks (`$defs`, `if`/`then`/`else`, `unevaluatedProperties`, ...):
    dropped, so a schema accepts at least what it did."""
    found = [k for k in UNKNOWN_30 if k in node]
    for key in found:
        del node[key]
    return len(found)


REWRITES_31: tuple[tuple[str, Callable[[Doc], int]], ...] = (
    ("type_list", type_list),
    ("null_type", null_type),
    ("const", const),
    ("examples_list", examples_list),
    ("exclusive_bounds", exclusive_bounds),
    ("pattern_properties", pattern_properties),
    ("content_encoding", content_encoding),
    ("prefix_items", prefix_items),
    ("unknown_keywords", unknown_keywords),
)


def _document_31(doc: Doc) -> None:
    """The document keys 3.1 added (webhooks, the JSON Schema dialect, a license
    identifier, an info summary, reusable path items) go; `paths` becomes required."""
    doc["openapi"] = OPENAPI_30
    for key in ("webhooks", "jsonSchemaDialect"):
        doc.pop(key, None)
    info: dict[str, Any] = doc.get("info", {})
    info.pop("summary", None)
    license_ = info.get("license")
    if isinstance(license_, dict):
        license_.pop("identifier", None)
    doc.get("components", {}).pop("pathItems", None)
    doc.setdefault("paths", {})
