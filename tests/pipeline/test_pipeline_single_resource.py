"""`data` of a single-resource JSON:API response, and its `id` and `type`, are required:
the fixes, and their evidence."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from pipeline.config import ROOT
from pipeline.corpus import collect
from pipeline.fixes_fidelity import resource_object_id_optional, single_resource_data_optional
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


def test_resource_object_id_and_type_become_required() -> None:
    """Declared id and type (directly or in an allOf member) are required, once."""
    composed = {"allOf": [{"$ref": "#/components/schemas/Object"}, {"properties": {"a": {}}}]}
    doc = _doc("200", {"properties": {"data": {"$ref": "#/components/schemas/User"}}})
    doc["components"]["schemas"]["User"] = composed
    doc["components"]["schemas"]["Object"] = {"properties": {"id": {}, "type": {}}}
    assert resource_object_id_optional(doc) == 1
    assert composed["required"] == ["id", "type"]
    assert resource_object_id_optional(doc) == 0

    partly = _doc("200", {"properties": {"data": {**USER, "required": ["type"]}}})
    assert resource_object_id_optional(partly) == 1
    assert _schema(partly)["properties"]["data"]["required"] == ["type", "id"]


def test_resource_objects_a_request_sends_keep_id_optional() -> None:
    """A data schema that a request body also uses (create: no id yet) is left alone."""
    doc = _doc("201", {"properties": {"data": {"$ref": "#/components/schemas/User"}}})
    user = {"$ref": "#/components/schemas/User"}
    body = {"content": {JSONAPI: {"schema": {"properties": {"data": user}}}}}
    doc["paths"]["/users/{id}"]["get"]["requestBody"] = body
    before = copy.deepcopy(doc)
    assert resource_object_id_optional(doc) == 0
    assert doc == before


def _answer(data: dict[str, Any]) -> dict[str, Any]:
    """An operation answering 200 with a JSON:API document whose `data` is ``data``."""
    schema = {"properties": {"data": data}}
    return {"responses": {"200": {"content": {JSONAPI: {"schema": schema}}}}}


def test_object_data_is_told_by_its_type_or_its_shape() -> None:
    """`data` without `type` is one object when it has `properties` or a `oneOf` (each
    answer counted); a `type` other than object is not, even with a composition."""
    plain = _answer({"properties": {"id": {"type": "string"}}})
    either = _answer({"oneOf": [{"$ref": "#/components/schemas/User"}, {"properties": {}}]})
    listed = _answer({"type": "array", "allOf": [{"$ref": "#/components/schemas/Users"}]})
    doc = _doc("200", {"properties": {"data": {"$ref": "#/components/schemas/Users"}}})
    doc["paths"]["/users"] = {"post": {"requestBody": {}}, "get": listed}
    doc["paths"]["/users/{id}"].update(put=plain, patch=either)
    before = copy.deepcopy(doc)
    assert single_resource_data_optional(doc) == 2
    for op in (plain, either):
        assert op["responses"]["200"]["content"][JSONAPI]["schema"]["required"] == ["data"]
        del op["responses"]["200"]["content"][JSONAPI]["schema"]["required"]
    assert doc == before


def test_each_resource_object_is_counted_and_nested_compositions_are_read() -> None:
    """Two resource objects, one composed through two levels of `allOf`: each becomes
    required once. One sent in a request body is left alone, though the request comes
    before other operations and its body lists `required` after `properties`."""
    schemas = {
        "Object": {"properties": {"id": {}, "type": {}}},
        "Base": {"allOf": [{"$ref": "#/components/schemas/Object"}]},
        "User": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"a": {}}}]},
        "Group": {"type": "object", "properties": {"id": {}, "type": {}}},
    }
    group = {"$ref": "#/components/schemas/Group"}
    body = {"properties": {"data": group}, "required": ["data"]}
    doc: dict[str, Any] = {
        "paths": {
            "/groups": {"post": {"requestBody": {"content": {JSONAPI: {"schema": body}}}}},
            "/groups/{id}": {"get": _answer(group)},
            "/users/{id}": {"get": _answer({"$ref": "#/components/schemas/User"})},
            "/apps/{id}": {"get": _answer({"properties": {"id": {}, "type": {}, "b": {}}})},
        },
        "components": {"schemas": schemas},
    }
    before = copy.deepcopy(doc)
    assert resource_object_id_optional(doc) == 2
    assert schemas["User"].pop("required") == ["id", "type"]
    app = _schema_of(doc, "/apps/{id}")["properties"]["data"]
    assert app.pop("required") == ["id", "type"]
    assert doc == before


def _schema_of(doc: dict[str, Any], path: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["paths"][path]["get"]["responses"]["200"]["content"][JSONAPI]
    return schema["schema"]


def _single_resource_operations(spec: dict[str, Any]) -> set[tuple[str, str]]:
    """(method, path template) of every 2xx JSON:API response whose `data` is one object."""
    schemas = spec["components"]["schemas"]

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = schemas[node["$ref"].rsplit("/", 1)[1]]
        return node

    found = set()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for status, response in op.get("responses", {}).items():
                schema = resolve(response.get("content", {}).get(JSONAPI, {}).get("schema", {}))
                data = resolve(schema.get("properties", {}).get("data", {}))
                is_object = data.get("type") == "object" or "allOf" in data or "oneOf" in data
                if status.startswith("2") and is_object:
                    found.add((method.upper(), path))
    return found


def _template_of(path: str, templates: list[str]) -> str | None:
    """The path template a documented path is an instance of: itself, or the template
    with the fewest placeholders that matches it (a guide writes real ids)."""
    if path in templates:
        return path
    matching = [
        t for t in templates if re.fullmatch(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(t)), path)
    ]
    return min(matching, key=lambda t: t.count("{"), default=None)


def test_every_published_single_resource_answer_has_data() -> None:
    """The fixes' evidence: each published 2xx example of such an operation carries `data`,
    with its `id` and `type`.

    The examples are those of the spec files and of the documentation (the getting-started
    guide's "Invite a user" and "Get a user" among them). A documented answer without
    `data` (or without its `id`) would make the required field wrong: the fix would go.
    """
    spec = json.loads((ROOT / "src" / "piwik_pro" / "openapi.json").read_text())
    operations = _single_resource_operations(spec)
    templates = list(spec["paths"])
    examples = collect(shared_path("piwik-openapi"), shared_path("piwik-docs"))
    answers = [
        e
        for e in examples
        if e.kind == "response"
        and str(e.status).startswith("2")
        and (e.method, _template_of(e.path, templates)) in operations
    ]
    sources = {e.source.split("#")[0] for e in answers}
    assert "platform/getting_started.md" in sources, sorted(sources)
    assert len(answers) >= 20, [e.key for e in answers]
    assert [e.key for e in answers if not (isinstance(e.value, dict) and "data" in e.value)] == []
    without_id = [e.key for e in answers if not {"id", "type"} <= set(e.value["data"])]
    assert without_id == []
