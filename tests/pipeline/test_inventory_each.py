"""Inventory helpers one by one: structure hashing, reference resolution, the file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pipeline.inventory import (
    Resolver,
    _hash,
    _param_order,
    _structure,
    build_inventory,
    read_inventory,
    write_inventory,
)


def test_write_then_read_keeps_field_order_and_drops_none(tmp_path: Path) -> None:
    entry = {
        "path": "/a", "name": "a.get", "area": "a", "method": "GET", "operation_id": "getA",
        "parameters": "1", "request_body": "2", "responses": "3", "derived_name": False,
        "file": None, "extra": "dropped",
    }  # fmt: skip
    target = tmp_path / "deep" / "inventory.json"
    assert write_inventory([entry], target) == target
    text = target.read_text()
    assert text.endswith("]\n")
    (read,) = read_inventory(target) or []
    assert list(read) == [
        "area", "name", "method", "path", "operation_id", "parameters", "request_body",
        "responses", "derived_name",
    ]  # fmt: skip
    assert read_inventory(tmp_path / "none.json") is None


def test_write_inventory_text_is_stable(tmp_path: Path) -> None:
    entries = [
        {"area": "a", "name": "a.café", "method": "GET", "path": "/a", "derived_name": True},
        {"file": "f.json", "name": "b", "area": "b"},
    ]
    target = tmp_path / "x" / "y" / "inventory.json"
    write_inventory(entries, target)
    write_inventory(entries, target)  # again: the directory exists
    ordered = [
        {"area": "a", "name": "a.café", "method": "GET", "path": "/a", "derived_name": True},
        {"area": "b", "name": "b", "file": "f.json"},
    ]
    assert target.read_text() == json.dumps(ordered, indent=1, ensure_ascii=False) + "\n"
    assert read_inventory(target) == ordered


def _doc() -> dict[str, Any]:
    node = {
        "type": "object",
        "properties": {"child": {"$ref": "#/components/schemas/Node"}, "n": {"type": "integer"}},
    }
    return {
        "paths": {
            "/a/{id}": {
                "get": {
                    "x-piwik-name": "demo.a.get",
                    "operationId": "getA",
                    "x-piwik-file": "demo.json",
                    "x-upstream-id": "get_a",
                    "x-published-path": "/a/{aId}",
                    "parameters": [
                        {"name": "z", "in": "query"},
                        {"name": "id", "in": "path"},
                        {"$ref": "#/components/parameters/A~1B"},
                    ],
                    "responses": {"200": {"$ref": "#/components/responses/Tree"}},
                },
                "put": {
                    "x-piwik-name": "demo.a.put",
                    "operationId": "putA",
                    "x-piwik-file": "",
                    "requestBody": {"$ref": "#/components/requestBodies/Body", "description": "d"},
                },
            }
        },
        "components": {
            "parameters": {"A/B": {"name": "a", "in": "header"}},
            "responses": {
                "Tree": {"content": {"j": {"schema": {"$ref": "#/components/schemas/Node"}}}}
            },
            "requestBodies": {"Body": {"required": True}},
            "schemas": {"Node": node, "Tilde~": {"type": "string"}},
        },
    }


def test_build_inventory_fields_and_derived_names() -> None:
    first, second = build_inventory(_doc(), ["PUT /a/{id}", ("GET /b", "demo.b")])
    assert first["area"] == "demo"
    assert first["file"] == "demo.json"
    assert first["upstream_id"] == "get_a"
    assert first["published_path"] == "/a/{aId}"
    assert first["derived_name"] is False
    assert second["derived_name"] is True
    assert "file" not in second and "upstream_id" not in second
    assert "published_path" not in second
    assert second["responses"] == _hash({})
    (by_pair,) = [
        e for e in build_inventory(_doc(), [("GET /a/{id}", "demo.x")]) if e["derived_name"]
    ]
    assert by_pair["name"] == "demo.a.get"


def test_parameters_are_hashed_in_a_stable_order() -> None:
    doc = _doc()
    shuffled = _doc()
    shuffled["paths"]["/a/{id}"]["get"]["parameters"].reverse()
    assert build_inventory(doc)[0]["parameters"] == build_inventory(shuffled)[0]["parameters"]
    params = [
        {"in": "query", "name": "b"},
        {"in": "path", "name": "z"},
        {"in": "query", "name": "a"},
    ]
    assert sorted(params, key=_param_order) == [params[1], params[2], params[0]]
    assert _param_order("x") == ("", "")
    assert _param_order({}) == ("", "")


def test_resolver_inlines_references_and_stops_at_cycles() -> None:
    doc = _doc()
    resolver = Resolver(doc)
    tree = resolver.resolve({"$ref": "#/components/schemas/Node"})
    assert tree["properties"] == {"child": {"$recursive": "Node"}, "n": {"type": "integer"}}
    assert resolver.resolve({"$ref": "#/components/responses/Tree"}) == {
        "content": {"j": {"schema": tree}}
    }
    assert resolver.resolve({"$ref": "#/components/parameters/A~1B"}) == {
        "name": "a",
        "in": "header",
    }
    assert resolver.resolve({"$ref": "#/components/schemas/Tilde~0"}) == {"type": "string"}
    with_sibling = resolver.resolve({"$ref": "#/components/requestBodies/Body", "description": "d"})
    assert with_sibling == {"required": True, "description": "d"}
    assert resolver.resolve({"$ref": "other.json#/x"}) == {"$ref": "other.json#/x"}
    assert resolver.resolve([{"$ref": "#/components/schemas/Tilde~0"}, 3]) == [
        {"type": "string"},
        3,
    ]


def test_hash_ignores_documentation_but_not_names_or_line_schemas() -> None:
    base = {"type": "object", "properties": {"a": {"type": "string"}}}
    worded = {**base, "description": "x", "title": "t", "x-note": 1, "example": {}}
    assert _hash(base) == _hash(worded)
    named = {"type": "object", "properties": {"description": {"type": "string"}}}
    assert _hash(named) != _hash({"type": "object", "properties": {}})
    assert _hash({"x-line-schema": {"type": "a"}}) != _hash({"x-line-schema": {"type": "b"}})
    assert _hash([{"summary": "s", "type": "a"}]) == _hash([{"type": "a"}])
    nested = {"properties": {"p": {"properties": {"description": {}}}}}
    assert _structure(nested) == nested
    assert _structure({"properties": {"p": {"description": "d"}}}) == {"properties": {"p": {}}}
    assert len(_hash(base)) == 16
    assert (
        _hash("é") == hashlib.sha256(json.dumps("é", ensure_ascii=False).encode()).hexdigest()[:16]
    )
    assert _hash({"b": 1, "a": 2}) == hashlib.sha256(b'{"a":2,"b":1}').hexdigest()[:16]


def _schemas(**schemas: Any) -> Resolver:
    return Resolver({"components": {"schemas": schemas}})


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_cycles_through_lists_and_siblings_end_in_a_marker() -> None:
    through_list = _schemas(Node={"allOf": [_ref("Node"), {"type": "object"}]})
    assert through_list.resolve(_ref("Node")) == {
        "allOf": [{"$recursive": "Node"}, {"type": "object"}]
    }
    sibling = {**_ref("Node"), "items": _ref("Node")}
    through_sibling = _schemas(Node={"type": "object", "properties": {"child": sibling}})
    child = through_sibling.resolve(_ref("Node"))["properties"]["child"]
    assert child == {"$recursive": "Node", "items": {"$recursive": "Node"}}


def test_siblings_of_a_reference_are_resolved_too() -> None:
    resolver = _schemas(A={"type": "object"}, B={"type": "string"})
    assert resolver.resolve({**_ref("A"), "items": _ref("B")}) == {
        "type": "object",
        "items": {"type": "string"},
    }


def test_a_reference_to_a_list_is_the_list() -> None:
    resolver = _schemas(E={"type": "string", "enum": ["a", "b"]})
    enum = {"$ref": "#/components/schemas/E/enum"}
    assert resolver.resolve(enum) == ["a", "b"]
    assert resolver.resolve({**enum, "description": "the values"}) == ["a", "b"]


def test_documentation_inside_any_schema_is_left_out() -> None:
    assert _structure({"items": {"description": "d", "type": "string"}}) == {
        "items": {"type": "string"}
    }
