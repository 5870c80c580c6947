"""The conversion stage: Swagger 2.0 and OpenAPI 3.1 files become the OpenAPI 3.0 the
generator takes, before any fix sees them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from pipeline.config import load_areas
from pipeline.convert import (
    REWRITES_31,
    Conversion,
    convert,
    convert_document,
    format_report,
    keyword_nodes,
)
from pipeline.fixes import repair
from pipeline.vocab import JSON


def _op(schema: dict[str, Any]) -> dict[str, Any]:
    content = {JSON: {"schema": schema}}
    return {"get": {"responses": {"200": {"description": "ok", "content": content}}}}


def _doc_31() -> dict[str, Any]:
    """A small OpenAPI 3.1 document using every 3.1 form the conversion knows."""
    thing = {
        "type": "object",
        "properties": {
            "name": {"type": ["string", "null"], "examples": ["a", "b"]},
            "count": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10},
            "share": {"type": "number", "minimum": 1, "exclusiveMinimum": 0},
            "kind": {"const": "thing"},
            "either": {"type": ["integer", "string"]},
            "nothing": {"type": ["null"]},
            "note": {"oneOf": [{"type": "string"}, {"type": "null"}]},
            "labels": {"type": "object", "patternProperties": {"^[a-z]+$": {"type": "string"}}},
            "logo": {"type": "string", "contentEncoding": "base64"},
            "file": {"type": "string", "contentMediaType": "image/png"},
            "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]},
            # property names that are also keywords stay properties
            "const": {"type": "string", "$comment": "a property named const"},
            "if": {"type": "boolean"},
        },
        "$comment": "unknown to 3.0",
        "unevaluatedProperties": False,
    }
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": {
            "title": "t",
            "summary": "a 3.1 info summary",
            "version": "1",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "paths": {"/things": _op({"$ref": "#/components/schemas/Thing"})},
        "webhooks": {"thing": _op({"type": "string"})},
        "components": {"schemas": {"Thing": thing}},
    }


CONVERTED_THING = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "nullable": True, "example": "a"},
        "count": {
            "type": "integer",
            "minimum": 0,
            "exclusiveMinimum": True,
            "maximum": 10,
            "exclusiveMaximum": True,
        },
        "share": {"type": "number", "minimum": 1},
        "kind": {"enum": ["thing"]},
        "either": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
        "nothing": {"nullable": True, "enum": [None]},
        "note": {"oneOf": [{"type": "string"}, {"nullable": True, "enum": [None]}]},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "logo": {"type": "string", "format": "byte"},
        "file": {"type": "string", "format": "binary"},
        "pair": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
        "const": {"type": "string"},
        "if": {"type": "boolean"},
    },
}


def test_a_31_document_becomes_a_valid_30_document() -> None:
    doc = _doc_31()
    OpenAPIV31SpecValidator(doc).validate()  # the input is real 3.1 ...
    assert not OpenAPIV30SpecValidator(doc).is_valid()  # ... that 3.0 refuses

    done = convert_document(doc)

    assert done is not None and done.source == "OpenAPI 3.1.0"
    assert doc["components"]["schemas"]["Thing"] == CONVERTED_THING
    assert doc["openapi"] == "3.0.3"
    assert doc["info"] == {"title": "t", "version": "1", "license": {"name": "MIT"}}
    assert "webhooks" not in doc and "jsonSchemaDialect" not in doc
    OpenAPIV30SpecValidator(doc).validate()


def test_every_31_rewrite_is_counted() -> None:
    """Each registered rewrite changed the nodes of its form, and says how many."""
    done = convert_document(_doc_31())
    assert done is not None
    assert done.rewrites == {
        "type_list": 3,
        "null_type": 1,
        "const": 1,
        "examples_list": 1,
        "exclusive_bounds": 3,
        "pattern_properties": 1,
        "content_encoding": 2,
        "prefix_items": 1,
        "unknown_keywords": 3,
    }
    assert [name for name, _ in REWRITES_31] == list(done.rewrites)


@pytest.mark.parametrize(("name", "rewrite"), REWRITES_31, ids=[n for n, _ in REWRITES_31])
def test_each_31_rewrite_is_needed(
    name: str, rewrite: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without any one rewrite the small 3.1 document no longer converts to valid 3.0."""
    assert rewrite.__name__ == name
    doc = _doc_31()
    without = tuple(r for r in REWRITES_31 if r[0] != name)
    monkeypatch.setattr("pipeline.convert.REWRITES_31", without)
    convert_document(doc)
    assert doc["components"]["schemas"]["Thing"] != CONVERTED_THING, f"{name} changes nothing"
    assert not OpenAPIV30SpecValidator(doc).is_valid(), f"{name} is not needed for 3.0"


def test_exclusive_bounds_keep_the_stricter_bound() -> None:
    node: dict[str, Any] = {
        "minimum": 5,
        "exclusiveMinimum": 5,
        "maximum": 3,
        "exclusiveMaximum": 9,
    }
    convert_document({"openapi": "3.1.0", "info": {}, "paths": {"/": _op(node)}})
    assert node == {"minimum": 5, "exclusiveMinimum": True, "maximum": 3}


def test_keyword_nodes_skip_names() -> None:
    """The mappings of property names are not keyword mappings; their schemas are."""
    props = {"const": {"type": "string"}, "default": {"type": "integer"}}
    schema = {"type": "object", "properties": props, "example": {"const": 1}}
    assert list(keyword_nodes(schema)) == [schema, props["const"], props["default"]]


def test_30_documents_are_left_alone() -> None:
    doc = {"openapi": "3.0.3", "info": {}, "paths": {"/": _op({"type": "string"})}}
    before = copy.deepcopy(doc)
    assert convert({"a.json": doc}) == {}
    assert doc == before


def test_any_swagger2_file_is_converted_before_the_repairs() -> None:
    """A Swagger 2.0 file of any name is converted before the repairs see it."""
    swagger = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "host": "example.piwik.pro",
        "paths": {
            "/x/{id}": {
                "get": {
                    "parameters": [{"name": "id", "in": "path", "type": "int"}],
                    "responses": {"200": {"description": "ok", "schema": {"type": "bool"}}},
                }
            }
        },
    }
    docs = {"new_area_api.json": copy.deepcopy(swagger)}
    converted = convert(docs)
    report = repair(docs)
    op = docs["new_area_api.json"]["paths"]["/x/{id}"]["get"]
    assert docs["new_area_api.json"]["openapi"] == "3.0.3"
    assert op["parameters"][0]["schema"] == {"type": "integer"}
    assert op["responses"]["200"]["content"][JSON]["schema"] == {"type": "boolean"}
    assert converted["new_area_api.json"].source == "Swagger 2.0"
    assert report["python_type_names"]["new_area_api.json"] == 2


def test_the_published_files_convert_to_30(upstream: Path) -> None:
    """Every published file is OpenAPI 3.0 after the stage, with no 3.1 form left."""
    _, files = load_areas()
    docs = {spec.file: json.loads((upstream / spec.file).read_text()) for spec in files}
    convert(docs)
    for file, doc in docs.items():
        assert str(doc["openapi"]).startswith("3.0"), file
        for node in keyword_nodes(doc):
            assert not isinstance(node.get("type"), list) and node.get("type") != "null", file
            assert not {"const", "patternProperties", "prefixItems"} & set(node), file
            assert not isinstance(node.get("examples"), list), file


def test_the_printed_line_counts_what_the_stage_did() -> None:
    done = convert_document(_doc_31())
    assert done is not None
    line = format_report({"a.json": done, "b.json": Conversion("Swagger 2.0", {})})
    assert line == (
        "converted to OpenAPI 3.0: 1 from OpenAPI 3.1.0, 1 from Swagger 2.0 "
        "(const 1, content_encoding 2, examples_list 1, exclusive_bounds 3, null_type 1, "
        "pattern_properties 1, prefix_items 1, type_list 3, unknown_keywords 3)"
    )
