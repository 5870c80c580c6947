"""General repairs: each class of upstream defect repaired wherever it occurs."""

from __future__ import annotations

from typing import Any

from pipeline.repairs import (
    parameter_without_schema,
    path_parameters,
    python_type_names,
)
from pipeline.vocab import X_PUBLISHED_PATH, X_PUBLISHED_TYPE


def _doc(paths: dict[str, Any], **components: Any) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {}, "paths": paths, "components": components}


def _schema_doc(properties: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    return _doc({}, schemas={"Thing": schema}, securitySchemes={"Bearer": {"type": "http"}})


def test_python_type_names_become_json_schema_types() -> None:
    """`bool`, `int`, `float`, `str` (any case) and "X or Y" become JSON Schema types."""
    doc = _schema_doc(
        {
            "a": {"type": "bool"},
            "b": {"type": "int"},
            "c": {"type": "Float"},
            "d": {"type": "str", "example": {"type": "int"}},
            "e": {"type": "string or float"},
            "f": {"type": ["int", "null"]},
            "type": {"type": "string", "enum": ["str"]},
            "g": {"type": "strin"},
        }
    )
    assert python_type_names(doc) == 7
    props = doc["components"]["schemas"]["Thing"]["properties"]
    assert props["a"] == {"type": "boolean"}
    assert props["b"] == {"type": "integer"}
    assert props["c"] == {"type": "number"}
    assert props["d"] == {"type": "string", "example": {"type": "int"}}  # examples untouched
    assert props["e"] == {"oneOf": [{"type": "string"}, {"type": "number"}]}
    assert props["f"] == {"type": ["integer", "null"]}
    assert props["type"] == {"type": "string", "enum": ["str"]}
    assert props["g"] == {X_PUBLISHED_TYPE: "strin"}  # unknown: any value, text kept
    assert doc["components"]["securitySchemes"] == {"Bearer": {"type": "http"}}
    assert python_type_names(doc) == 0


def _op(*params: dict[str, Any]) -> dict[str, Any]:
    return {"parameters": list(params), "responses": {"200": {"description": "ok"}}}


def _path_param(name: str, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": kind}}


def test_template_takes_the_declared_name() -> None:
    """`/{appId}/tags/{tag_id}` declaring `app_id`: the template is renamed, order kept."""
    item = {"get": _op(_path_param("app_id"), _path_param("tag_id")), "delete": _op()}
    item["delete"]["parameters"] = [_path_param("app_id"), _path_param("tag_id")]
    doc = _doc({"/first": {"get": _op()}, "/api/{appId}/tags/{tag_id}": item, "/last": {}})
    assert path_parameters(doc) == 1
    assert list(doc["paths"]) == ["/first", "/api/{app_id}/tags/{tag_id}", "/last"]
    renamed = doc["paths"]["/api/{app_id}/tags/{tag_id}"]
    assert renamed[X_PUBLISHED_PATH] == "/api/{appId}/tags/{tag_id}"
    assert [p["name"] for p in renamed["get"]["parameters"]] == ["app_id", "tag_id"]


def test_undeclared_template_names_are_declared() -> None:
    """A template name no parameter declares gets a sibling's declaration, else a string."""
    item = {"get": _op(_path_param("userId", "integer")), "delete": _op(), "patch": _op()}
    doc = _doc({"/users/{userId}": item})
    assert path_parameters(doc) == 2
    assert item["delete"]["parameters"] == [_path_param("userId", "integer")]
    assert item["patch"]["parameters"] == [_path_param("userId", "integer")]
    other = _doc({"/x/{id}": {"get": _op()}})
    assert path_parameters(other) == 1
    assert other["paths"]["/x/{id}"]["get"]["parameters"] == [_path_param("id")]


def test_declared_path_parameters_the_template_lacks_are_dropped() -> None:
    """A declared path parameter with no template name (and no partner) cannot be sent."""
    query = {"name": "q", "in": "query", "schema": {"type": "string"}}
    item = {"parameters": [_path_param("ghost")], "get": _op(_path_param("other"), query)}
    doc = _doc({"/x": item})
    assert path_parameters(doc) == 2
    assert item["parameters"] == []
    assert item["get"]["parameters"] == [query]
    assert path_parameters(doc) == 0


def test_swagger_style_parameters_get_a_schema() -> None:
    """`type`, `default`, `minimum` on an OpenAPI 3 parameter move into its `schema`."""
    limit = {"name": "limit", "in": "query", "type": "integer", "default": 10, "minimum": 1}
    ready = {"name": "q", "in": "query", "schema": {"type": "string"}}
    doc = _doc({"/x": {"get": _op(limit, ready)}})
    assert parameter_without_schema(doc) == 1
    assert limit == {
        "name": "limit",
        "in": "query",
        "schema": {"type": "integer", "default": 10, "minimum": 1},
    }
    assert ready == {"name": "q", "in": "query", "schema": {"type": "string"}}
    assert parameter_without_schema(doc) == 0
