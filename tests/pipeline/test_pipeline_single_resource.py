"""`data` of a single-resource JSON:API response is required: the fix, and its evidence."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from pipeline.config import ROOT
from pipeline.corpus import Example, collect
from pipeline.fixes_fidelity import single_resource_data_optional
from shared_files import shared_path

JSONAPI = "application/vnd.api+json"
USER = {"type": "object", "properties": {"id": {"type": "string"}}}


def _doc(status: str, schema: dict[str, Any], media: str = JSONAPI) -> dict[str, Any]:
    response = {"description": "ok", "content": {media: {"schema": schema}}}
    return {
        "paths": {"/users/{id}": {"get": {"responses": {status: response}}}},
        "components": {"schemas": {"User": USER, "Users": {"type": "array", "items": USER}}},
    }


def _schema(doc: dict[str, Any]) -> dict[str, Any]:
    media = doc["paths"]["/users/{id}"]["get"]["responses"]
    schema: dict[str, Any] = next(iter(media.values()))["content"]
    return next(iter(schema.values()))["schema"]


def test_object_data_becomes_required() -> None:
    """Inline, by $ref, beside other required members: `data` is added once, counted once."""
    inline = _doc("200", {"type": "object", "properties": {"data": USER}})
    assert single_resource_data_optional(inline) == 1
    assert _schema(inline)["required"] == ["data"]
    assert single_resource_data_optional(inline) == 0

    by_ref = {"properties": {"data": {"$ref": "#/components/schemas/User"}}, "required": ["meta"]}
    doc = _doc("201", {"$ref": "#/components/schemas/Envelope"})
    doc["components"]["schemas"]["Envelope"] = by_ref
    assert single_resource_data_optional(doc) == 1
    assert doc["components"]["schemas"]["Envelope"]["required"] == ["meta", "data"]


def test_lists_errors_other_media_and_null_data_are_left_alone() -> None:
    """Array data, a 4xx, plain JSON, nullable data and no data: nothing changes."""
    cases = [
        _doc("200", {"properties": {"data": {"$ref": "#/components/schemas/Users"}}}),
        _doc("404", {"properties": {"data": USER}}),
        _doc("200", {"properties": {"data": USER}}, media="application/json"),
        _doc("200", {"properties": {"data": {**USER, "nullable": True}}}),
        _doc("200", {"properties": {"meta": USER}}),
        _doc("200", {"properties": {"data": {"type": "string"}}}),
    ]
    for doc in cases:
        before = copy.deepcopy(doc)
        assert single_resource_data_optional(doc) == 0
        assert doc == before


def _single_resource_operations(spec: dict[str, Any]) -> dict[tuple[str, str], re.Pattern[str]]:
    """(method, path template) -> path regex, for every 2xx JSON:API response with object data."""
    schemas = spec["components"]["schemas"]

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = schemas[node["$ref"].rsplit("/", 1)[1]]
        return node

    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for status, response in op.get("responses", {}).items():
                schema = resolve(response.get("content", {}).get(JSONAPI, {}).get("schema", {}))
                data = resolve(schema.get("properties", {}).get("data", {}))
                is_object = data.get("type") == "object" or "allOf" in data or "oneOf" in data
                if status.startswith("2") and is_object:
                    pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path))
                    found[method.upper(), path] = re.compile(pattern + "$")
    return found


def _documents(example: Example, operations: dict[tuple[str, str], re.Pattern[str]]) -> bool:
    return any(
        method == example.method and pattern.match(example.path)
        for (method, _), pattern in operations.items()
    )


def test_every_published_single_resource_answer_has_data() -> None:
    """The fix's evidence: each published 2xx example of such an operation carries `data`.

    The examples are those of the spec files and of the documentation (the getting-started
    guide's "Invite a user" and "Get a user" among them). A documented answer without
    `data` would make the required field wrong: the fix would then have to go.
    """
    spec = json.loads((ROOT / "src" / "piwik_pro" / "openapi.json").read_text())
    operations = _single_resource_operations(spec)
    examples = collect(shared_path("piwik-openapi"), shared_path("piwik-docs"))
    answers = [
        e
        for e in examples
        if e.kind == "response" and str(e.status).startswith("2") and _documents(e, operations)
    ]
    sources = {e.source.split("#")[0] for e in answers}
    assert "platform/getting_started.md" in sources, sorted(sources)
    assert len(answers) >= 20, [e.key for e in answers]
    assert [e.key for e in answers if not (isinstance(e.value, dict) and "data" in e.value)] == []
