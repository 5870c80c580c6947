"""General repairs: each class of upstream defect repaired wherever it occurs."""

from __future__ import annotations

import copy
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


def test_type_names_joined_by_a_bar_and_types_under_paths() -> None:
    """`int|str` reads as "int or str"; a schema under `paths` is repaired as one in
    `components` is."""
    body = {"schema": {"type": "int|str"}}
    param = {"name": "n", "in": "query", "schema": {"type": "Long"}}
    doc = _doc({"/x": {"post": {"parameters": [param], "requestBody": {"content": {"a": body}}}}})
    assert python_type_names(doc) == 2
    assert body == {"schema": {"oneOf": [{"type": "integer"}, {"type": "string"}]}}
    assert param["schema"] == {"type": "integer"}
    assert python_type_names(doc) == 0


def _ref_param(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/parameters/{name}"}


def test_letters_pair_the_names_before_order_does() -> None:
    """Two template names, two declared names in the other order: paired by their letters."""
    op = _op(_path_param("tag_id"), _path_param("app_id"))
    doc = _doc({"/a/{appId}/t/{tagId}": {"get": op}})
    assert path_parameters(doc) == 2
    assert list(doc["paths"]) == ["/a/{app_id}/t/{tag_id}"]
    assert op["parameters"] == [_path_param("tag_id"), _path_param("app_id")]


def test_the_one_name_left_of_each_pairs_in_any_spelling() -> None:
    """After the letter matches, one template name and one declared name left are a pair;
    two of each are not (nothing says which goes with which)."""
    op = _op(_path_param("app_id"), _path_param("tag_id"))
    doc = _doc({"/a/{appId}/t/{tag}": {"get": op}})
    assert path_parameters(doc) == 2
    assert list(doc["paths"]) == ["/a/{app_id}/t/{tag_id}"]
    assert op["parameters"] == [_path_param("app_id"), _path_param("tag_id")]
    two = _op(_path_param("one"), _path_param("two"))
    doc = _doc({"/{a}/{b}": {"get": two}})
    assert path_parameters(doc) == 4  # two declared, two dropped
    assert list(doc["paths"]) == ["/{a}/{b}"]
    assert two["parameters"] == [_path_param("a"), _path_param("b")]


def test_a_sibling_declaration_by_reference_is_copied() -> None:
    """The sibling operation's path parameter is a `$ref`: the reference is copied."""
    user = _path_param("userId", "integer")
    item = {"get": _op(_ref_param("User")), "delete": _op()}
    doc = _doc({"/users/{userId}": item}, parameters={"User": user})
    assert path_parameters(doc) == 1
    assert item["delete"]["parameters"] == [_ref_param("User")]
    assert item["delete"]["parameters"][0] is not item["get"]["parameters"][0]
    assert user == _path_param("userId", "integer")


def test_both_spellings_published_merge_into_the_declared_one() -> None:
    """`/a/{appId}` and `/a/{app_id}` both published: each operation of the misspelt item
    moves to the other unless that one has the method already; a moved operation takes the
    item's shared parameters along and keeps the published path."""
    shared = _path_param("app_id", "integer")
    get, put = {"responses": {}}, _op()
    kept = _op(_path_param("app_id"))
    misspelt = {"parameters": [shared], "get": get, "put": put}
    right = {"put": kept, "delete": _op(_path_param("app_id"))}
    doc = _doc({"/a/{app_id}": right, "/a/{appId}": misspelt})
    assert path_parameters(doc) == 1
    assert list(doc["paths"]) == ["/a/{app_id}"]
    assert list(right) == ["put", "delete", "get"]
    assert right["put"] is kept
    assert right["get"] is get
    assert get == {"responses": {}, "parameters": [shared], X_PUBLISHED_PATH: "/a/{appId}"}
    assert path_parameters(doc) == 0


def test_a_moved_operation_keeps_its_own_declarations() -> None:
    """A moved operation's own declaration of a shared parameter overrides it (same name,
    same place); one of the same name elsewhere does not. An item sharing no parameters
    moves its operations as they are."""
    own, query = _ref_param("App"), {"name": "q", "in": "query"}
    header = {"name": "v", "in": "header"}
    get = _op(own, header, query)
    misspelt = {"parameters": [_path_param("app_id"), _ref_param("V")], "get": get}
    alone = _op(_path_param("b_id"))
    doc = _doc(
        {
            "/a/{app_id}": {"delete": _op(_path_param("app_id"))},
            "/a/{appId}": misspelt,
            "/b/{b_id}": {"get": _op(_path_param("b_id"))},
            "/b/{bId}": {"put": alone},
        },
        parameters={"App": _path_param("app_id", "integer"), "V": {"name": "v", "in": "query"}},
    )
    assert path_parameters(doc) == 2
    assert list(doc["paths"]) == ["/a/{app_id}", "/b/{b_id}"]
    assert get == {**_op(_ref_param("V"), own, header, query), X_PUBLISHED_PATH: "/a/{appId}"}
    assert doc["paths"]["/b/{b_id}"]["put"] is alone
    assert alone == {**_op(_path_param("b_id")), X_PUBLISHED_PATH: "/b/{bId}"}


def test_documents_without_paths_are_left_alone() -> None:
    """A document of components only (OpenAPI 3.1 allows it) has nothing to repair."""
    for repair in (path_parameters, parameter_without_schema, python_type_names):
        doc: dict[str, Any] = {"openapi": "3.1.0", "components": {"schemas": {"A": {}}}}
        assert repair(doc) == 0
        assert doc == {"openapi": "3.1.0", "components": {"schemas": {"A": {}}}}


def _bare(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "type": "integer"}


def test_swagger_style_parameters_of_path_items_and_components() -> None:
    """Parameters of a path item and of `components` get their schema too; each counts."""
    on_item, on_op, shared = _bare("a"), _bare("b"), _bare("c")
    doc = _doc({"/x": {"parameters": [on_item], "get": _op(on_op)}}, parameters={"C": shared})
    assert parameter_without_schema(doc) == 3
    for param, name in ((on_item, "a"), (on_op, "b"), (shared, "c")):
        assert param == {"name": name, "in": "query", "schema": {"type": "integer"}}
    no_paths = {"openapi": "3.1.0", "components": {"parameters": {"C": _bare("c")}}}
    assert parameter_without_schema(no_paths) == 1
    assert no_paths["components"]["parameters"]["C"]["schema"] == {"type": "integer"}


def test_parameters_that_are_not_swagger_style_are_left_alone() -> None:
    """A reference (even beside a `type`), a parameter with a `schema` or a `content`, one
    without a `type`, and a whole Swagger 2.0 document stay as they are."""
    near = [
        _ref_param("C"),
        {**_ref_param("C"), "type": "integer"},
        {**_bare("s"), "schema": {"type": "string"}},
        {**_bare("m"), "content": {"application/json": {}}},
        {"name": "t", "in": "query"},
    ]
    doc = _doc({"/x": {"get": _op(*near)}}, parameters={"C": {**_bare("c"), "schema": {}}})
    before = copy.deepcopy(doc)
    assert parameter_without_schema(doc) == 0
    assert doc == before
    swagger = {"swagger": "2.0", "paths": {"/x": {"get": _op(_bare("b"))}}}
    assert parameter_without_schema(swagger) == 0
    assert swagger["paths"]["/x"]["get"]["parameters"] == [_bare("b")]
