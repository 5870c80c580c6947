"""Each spec fix on a small document: exactly what it changes, what it leaves, what it counts.

``test_pipeline_fixes.py`` checks that every fix still finds its defect in the published
files; these check the repair itself, one defect and its near misses per fix.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from pipeline import convert, fixes, fixes_fidelity
from pipeline.fixes import BEARER, FIXES, JSONAPI, Fix, repair
from pipeline.fixes_analytics import placeholder_in_enum
from pipeline.fixes_tracking import switch_enums

Doc = dict[str, Any]


def _with_op(op: Doc, path: str = "/things", method: str = "post") -> Doc:
    return {"openapi": "3.0.3", "paths": {path: {method: op}}}


def _unchanged(apply: Any, doc: Doc) -> None:
    before = copy.deepcopy(doc)
    assert apply(doc) == 0
    assert doc == before


def test_swagger2_document_is_converted_in_place() -> None:
    """The conversion stage (``convert``) turns a Swagger 2.0 file into OpenAPI 3.0 in place."""
    doc: Doc = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "host": "example.piwik.pro",
        "basePath": "/",
        "paths": {"/a": {"get": {"responses": {"200": {"description": "OK"}}}}},
    }
    same = doc
    conversion = convert.convert_document(doc)
    assert conversion is not None and conversion.source == "Swagger 2.0"
    assert same is doc
    assert "swagger" not in doc
    assert doc["openapi"].startswith("3.")
    assert doc["paths"]["/a"]["get"]["responses"]["200"]["description"] == "OK"
    already: Doc = {"openapi": "3.0.3", "paths": {}}
    assert convert.convert_document(already) is None
    assert already == {"openapi": "3.0.3", "paths": {}}


def test_required_inside_content_moves_up() -> None:
    media = {"schema": {"type": "object"}}
    doc = _with_op({"requestBody": {"content": {"required": True, "application/json": media}}})
    doc["paths"]["/other"] = {"put": {"requestBody": {"content": {"required": True}}}}
    assert fixes.required_inside_content(doc) == 2
    body = doc["paths"]["/things"]["post"]["requestBody"]
    assert body == {"content": {"application/json": media}, "required": True}
    _unchanged(fixes.required_inside_content, _with_op({"requestBody": {"content": {}}}))
    # a media type named "required" (a mapping, not True) is not the defect
    _unchanged(
        fixes.required_inside_content,
        _with_op({"requestBody": {"content": {"required": {"schema": {}}}}}),
    )
    _unchanged(fixes.required_inside_content, _with_op({"responses": {}}))


def test_integer_default_on_string() -> None:
    params = {
        "Limit": {"name": "limit", "schema": {"type": "string", "default": 10}},
        "Offset": {"name": "offset", "schema": {"type": "integer", "default": 0}},
        "Sort": {"name": "sort", "schema": {"type": "string", "default": "name"}},
        "Bare": {"name": "bare"},
        "Flag": {"name": "flag", "schema": {"type": "string", "default": None}},
    }
    doc: Doc = {"components": {"parameters": params}}
    expected = copy.deepcopy(params)
    expected["Limit"]["schema"]["type"] = "integer"
    assert fixes.integer_default_on_string(doc) == 1
    assert doc["components"]["parameters"] == expected
    assert fixes.integer_default_on_string({}) == 0


def test_undefined_security_scheme_is_defined() -> None:
    doc: Doc = {
        "security": [{"BearerAuth": []}, {"Other": [], "BearerAuth": []}],
        "components": {"securitySchemes": {"Other": {"type": "apiKey"}}},
    }
    assert fixes.undefined_security_scheme(doc) == 2  # named twice, both counted
    schemes = doc["components"]["securitySchemes"]
    assert schemes == {"Other": {"type": "apiKey"}, "BearerAuth": BEARER}
    assert schemes["BearerAuth"] is not BEARER
    bare: Doc = {"security": [{"BearerAuth": []}]}
    assert fixes.undefined_security_scheme(bare) == 1
    assert bare["components"] == {"securitySchemes": {"BearerAuth": BEARER}}
    nothing: Doc = {}
    assert fixes.undefined_security_scheme(nothing) == 0
    assert nothing == {"components": {"securitySchemes": {}}}


def test_missing_bearer_security_is_added_only_when_none_is_declared() -> None:
    doc: Doc = {"paths": {}}
    assert fixes.missing_bearer_security(doc) == 1
    assert doc["security"] == [{"BearerAuth": []}]
    assert doc["components"]["securitySchemes"] == {"BearerAuth": BEARER}
    assert doc["components"]["securitySchemes"]["BearerAuth"] is not BEARER
    kept: Doc = {"components": {"schemas": {"A": {}}}}
    assert fixes.missing_bearer_security(kept) == 1
    assert kept["components"]["schemas"] == {"A": {}}
    _unchanged(fixes.missing_bearer_security, {"security": [{"Key": []}]})
    _unchanged(fixes.missing_bearer_security, {"components": {"securitySchemes": {"K": {}}}})


def test_schema_as_response_becomes_a_response() -> None:
    responses = {
        "204": {"$ref": "#/components/schemas/No_Content"},
        "200": {"$ref": "#/components/responses/Ok"},
        "404": {"description": "missing"},
    }
    doc = _with_op({"responses": responses})
    assert fixes.schema_as_response(doc) == 1
    assert doc["paths"]["/things"]["post"]["responses"] == {
        "204": {"description": "No Content"},
        "200": {"$ref": "#/components/responses/Ok"},
        "404": {"description": "missing"},
    }
    _unchanged(fixes.schema_as_response, _with_op({}))


def test_media_type_renames_keep_order_and_count_each_place() -> None:
    first = {"schema": {"title": "a"}}
    doc: Doc = {
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "409": {"content": {"text/plain": {}, "application/vnd.api.json": first}},
                        "400": {"content": {"application/vnd.api.json": {}}},
                    }
                }
            }
        }
    }
    assert fixes.media_type_typo(doc) == 2
    conflict = doc["paths"]["/a"]["get"]["responses"]["409"]["content"]
    assert list(conflict) == ["text/plain", JSONAPI]
    assert conflict[JSONAPI] is first
    assert fixes.media_type_typo(doc) == 0
    wild: Doc = {"responses": {"200": {"content": {"*/*": {"schema": {}}}}}}
    assert fixes.wildcard_media_type(wild) == 1
    assert wild == {"responses": {"200": {"content": {JSONAPI: {"schema": {}}}}}}
    _unchanged(fixes.wildcard_media_type, {"content": "*/*"})  # not a mapping of media types


def test_deep_object_gets_explode() -> None:
    filters = {"name": "filter", "in": "query", "style": "deepObject", "explode": False}
    shared = {"name": "f", "in": "query", "style": "deepObject"}
    doc = _with_op(
        {
            "parameters": [
                filters,
                {"$ref": "#/components/parameters/F"},
                {"name": "sort", "in": "query", "style": "form"},
                {"name": "ok", "in": "query", "style": "deepObject", "explode": True},
            ]
        },
        method="get",
    )
    doc["components"] = {"parameters": {"F": shared}}
    assert fixes.deep_object_without_explode(doc) == 2
    assert filters["explode"] is True
    assert shared["explode"] is True
    assert "explode" not in doc["paths"]["/things"]["get"]["parameters"][2]
    assert fixes.deep_object_without_explode(doc) == 0


def test_comma_separated_array_becomes_text() -> None:
    described = "Comma Separated list of ids"
    props = {
        "ids": {"type": "array", "items": {"type": "string"}, "description": described},
        "tags": {"type": "array", "description": "a list"},
        "name": {"type": "string", "description": "comma separated words"},
        "bare": {"type": "array"},
    }
    filters = {"name": "filter", "in": "query", "schema": {"type": "object", "properties": props}}
    doc = _with_op({"parameters": [filters, {"name": "x", "in": "query"}]}, method="get")
    assert fixes.comma_separated_array(doc) == 1
    assert props["ids"] == {"type": "string", "description": described}
    assert props["tags"] == {"type": "array", "description": "a list"}
    assert props["name"]["type"] == "string"
    assert props["bare"] == {"type": "array"}


def test_closed_composition_opens() -> None:
    closed = {"additionalProperties": False, "oneOf": [{"type": "object"}]}
    any_of = {"additionalProperties": False, "anyOf": [{}]}
    all_of = {"additionalProperties": False, "allOf": [{}]}
    with_props = {"additionalProperties": False, "oneOf": [{}], "properties": {"a": {}}}
    plain = {"additionalProperties": False, "properties": {"a": {}}}
    open_ = {"additionalProperties": True, "oneOf": [{}]}
    doc: Doc = {"schemas": [closed, any_of, all_of, with_props, plain, open_]}
    assert fixes.closed_composition(doc) == 3
    assert closed == {"oneOf": [{"type": "object"}]}
    assert any_of == {"anyOf": [{}]}
    assert all_of == {"allOf": [{}]}
    assert with_props["additionalProperties"] is False
    assert plain["additionalProperties"] is False
    assert open_["additionalProperties"] is True


def test_upload_gets_binary_format() -> None:
    props = {
        "file": {"type": "string", "format": "application/json"},
        "name": {"type": "string", "format": "uuid"},
        "count": {"type": "integer", "format": "a/b"},
        "plain": {"type": "string"},
    }
    media = {"multipart/form-data": {"schema": {"properties": props}}}
    doc = _with_op({"requestBody": {"content": media}})
    assert fixes.upload_without_binary_format(doc) == 1
    assert props == {
        "file": {"type": "string", "format": "binary"},
        "name": {"type": "string", "format": "uuid"},
        "count": {"type": "integer", "format": "a/b"},
        "plain": {"type": "string"},
    }
    json_only = _with_op(
        {"requestBody": {"content": {"application/json": media["multipart/form-data"]}}}
    )
    _unchanged(fixes.upload_without_binary_format, json_only)


def test_undocumented_stream_body_gets_content() -> None:
    doc = _with_op({"responses": {"200": {"description": "OK"}}}, path="/api/profiles/")
    assert fixes.undocumented_stream_body(doc) == 1
    assert doc["paths"]["/api/profiles/"]["post"]["responses"]["200"] == {
        "description": "OK",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
    assert fixes.undocumented_stream_body(doc) == 0  # it has content now
    for near in (
        _with_op({"responses": {"200": {"description": "OK"}}}, path="/api/profiles"),
        _with_op({"responses": {"200": {"description": "OK"}}}, path="/p/profiles/", method="get"),
        _with_op({"responses": {"201": {"description": "OK"}}}, path="/p/profiles/"),
        _with_op({"responses": {"200": {}}}, path="/p/profiles/"),
    ):
        _unchanged(fixes.undocumented_stream_body, near)


def _counting(name: str, files: tuple[str, ...], counts: dict[str, int], general: bool) -> Fix:
    def apply(doc: Doc) -> int:
        """Counts what the test says."""
        doc.setdefault("seen", []).append(name)
        return counts.get(doc["file"], 0)

    return Fix(name, files, apply, general=general)


def test_repair_applies_each_fix_to_its_files_and_reports_counts(monkeypatch: Any) -> None:
    mine = _counting("mine", ("a.json",), {"a.json": 2, "b.json": 5}, general=False)
    everywhere = _counting("everywhere", ("b.json",), {"a.json": 3}, general=True)
    gone = _counting("gone", ("a.json",), {}, general=False)
    monkeypatch.setattr(fixes, "FIXES", (mine, everywhere, gone))
    docs: dict[str, Doc] = {"a.json": {"file": "a.json"}, "b.json": {"file": "b.json"}}
    report = repair(docs)
    assert report == {
        "mine": {"a.json": 2},
        "everywhere": {"a.json": 3, "b.json": 0},
        "gone": {"a.json": 0},
    }
    assert docs["a.json"]["seen"] == ["mine", "everywhere", "gone"]
    assert docs["b.json"]["seen"] == ["everywhere"]


def test_fix_defect_is_the_docstring_first_line() -> None:
    fix = next(f for f in FIXES if f.name == "closed_composition")
    assert (
        fix.defect
        == "`additionalProperties: false` beside a `oneOf` that declares no `properties`."
    )

    def documented(doc: Doc) -> int:
        """One defect.

        More words."""
        return 0

    assert Fix("x", (), documented).defect == "One defect."
    assert Fix("x", (), documented).general is False


def test_fix_without_docstring_is_refused_when_declared() -> None:
    """A fix must say what it repairs: declaring one without a docstring is a TypeError."""

    def undocumented(doc: Doc) -> int:
        return 0

    def blank(doc: Doc) -> int:
        """ """
        return 0

    for apply in (undocumented, blank):
        with pytest.raises(TypeError, match=rf"fix 'nameless': {apply.__name__}\(\) has no doc"):
            Fix("nameless", (), apply)


def test_each_place_is_counted() -> None:
    """Every fix counts each repair, not just whether it repaired something."""
    two_ints = {
        "components": {
            "parameters": {
                "A": {"schema": {"type": "string", "default": 1}},
                "B": {"schema": {"type": "string", "default": 2}},
            }
        }
    }
    assert fixes.integer_default_on_string(two_ints) == 2
    responses = {
        "204": {"$ref": "#/components/schemas/No_Content"},
        "205": {"$ref": "#/components/schemas/No_Content"},
    }
    assert fixes.schema_as_response(_with_op({"responses": responses})) == 2
    words = "comma separated"
    props = {
        "a": {"type": "array", "description": words},
        "b": {"type": "array", "description": words},
    }
    params = [{"name": "f", "in": "query", "schema": {"properties": props}}]
    assert fixes.comma_separated_array(_with_op({"parameters": params})) == 2
    files = {"a": {"type": "string", "format": "x/y"}, "b": {"type": "string", "format": "a/b"}}
    upload = {"multipart/form-data": {"schema": {"properties": files}}}
    assert fixes.upload_without_binary_format(_with_op({"requestBody": {"content": upload}})) == 2
    streams: Doc = {
        "paths": {
            p: {"post": {"responses": {"200": {"description": "OK"}}}}
            for p in ("/a/profiles/", "/b/profiles/")
        }
    }
    assert fixes.undocumented_stream_body(streams) == 2


def test_operations_without_parameters_or_responses_are_skipped() -> None:
    bare = _with_op({}, path="/x/profiles/")
    for fix in (
        fixes.comma_separated_array,
        fixes.undocumented_stream_body,
        fixes.deep_object_without_explode,
        fixes.schema_as_response,
        fixes.upload_without_binary_format,
        fixes.required_inside_content,
    ):
        _unchanged(fix, bare)


def test_closed_object_without_composition_stays_closed() -> None:
    closed = {"type": "object", "additionalProperties": False}
    assert fixes.closed_composition({"schemas": {"A": closed}}) == 0
    assert closed == {"type": "object", "additionalProperties": False}


def test_fix_without_docstring_says_what_the_docstring_must_hold() -> None:
    def undocumented(doc: Doc) -> int:
        return 0

    with pytest.raises(TypeError) as refused:
        Fix("nameless", (), undocumented)
    assert str(refused.value) == (
        "fix 'nameless': undocumented() has no docstring; its first line must name the "
        "upstream defect the fix repairs"
    )


def test_placeholder_in_enum_becomes_a_pattern() -> None:
    """An enum value with a one-letter placeholder the description names becomes a pattern
    where the placeholder is a number; the other values stay literal (escaped)."""
    near = {
        "plain": {"type": "string", "enum": ["today", "yesterday"], "description": "X is 1"},
        "undescribed": {"type": "string", "enum": ["last_X_days"], "description": "relative"},
        "in_a_word": {"type": "string", "enum": ["last_X_days"], "description": "Xmas"},
        "half": {"enum": ["last_X_days", "last_Y_weeks"], "description": "X is a number"},
        "not_text": {"enum": ["last_X_days", 7], "description": "X is a number"},
        "lower": {"enum": ["last_x_days"], "description": "x is a number"},
        "no_enum": {"type": "string", "description": "X is a number"},
    }
    dates = {
        "type": "string",
        "enum": ["today", "last_X_days", "last_X_months"],
        "description": "X is a number (1 <= X <= 365)",
    }
    dotted = {"enum": ["a.b_N_c"], "description": "N: how many"}
    doc: Doc = {"components": {"schemas": {**copy.deepcopy(near), "Dates": dates, "D": dotted}}}
    assert placeholder_in_enum(doc) == 2
    assert dates == {
        "type": "string",
        "description": "X is a number (1 <= X <= 365)",
        "pattern": "^(?:today|last_[0-9]+_days|last_[0-9]+_months)$",
    }
    assert dotted == {"description": "N: how many", "pattern": r"^(?:a\.b_[0-9]+_c)$"}
    assert re.fullmatch(dates["pattern"], "last_30_days")
    assert not re.fullmatch(dates["pattern"], "last_X_days")
    assert not re.fullmatch(dotted["pattern"], "aXb_1_c")
    assert {k: v for k, v in doc["components"]["schemas"].items() if k in near} == near
    assert placeholder_in_enum(doc) == 0


def test_switch_enums_become_integers_from_0_to_1() -> None:
    """Each integer enum of exactly 0 and 1 on a query parameter (inline or shared) becomes
    an integer from 0 to 1; other enums, other places, parameters without a schema stay."""

    def query(name: str, schema: Doc) -> Doc:
        return {"name": name, "in": "query", "schema": schema}

    rec = query("rec", {"type": "integer", "enum": [1, 0], "description": "record"})
    shared = query("send_image", {"type": "integer", "enum": [0, 1]})
    near = [
        {"name": "h", "in": "header", "schema": {"type": "integer", "enum": [0, 1]}},
        query("ping", {"type": "integer", "enum": [1, 2, 3]}),
        query("both", {"type": "integer", "enum": [0, 1, 1]}),
        query("text", {"type": "string", "enum": [0, 1]}),
        query("plain", {"type": "integer"}),
        {"name": "c", "in": "query", "content": {"application/json": {}}},
    ]
    params = [rec, {"$ref": "#/components/parameters/Image"}, *copy.deepcopy(near)]
    doc: Doc = {
        "paths": {"/ppms.php": {"get": {"parameters": params}}},
        "components": {"parameters": {"Image": shared}},
    }
    assert switch_enums(doc) == 2
    assert rec["schema"] == {"type": "integer", "description": "record", "minimum": 0, "maximum": 1}
    assert shared["schema"] == {"type": "integer", "minimum": 0, "maximum": 1}
    assert params[2:] == near
    assert switch_enums(doc) == 0


def _array_query(name: str, description: str, **declared: Any) -> Doc:
    items = {"type": "string"}
    return {
        "name": name,
        "in": "query",
        "description": description,
        **declared,
        "schema": {"type": "array", "items": items},
    }


def test_shared_parameter_is_judged_by_every_operation_using_it() -> None:
    """A parameter declared once (`$ref`) and used by two operations is repaired when either
    documents the defect, whatever the order of the paths, and counted once."""
    shared = _array_query("since", "Start dates.", style="form", explode=False)
    ref = {"$ref": "#/components/parameters/Since"}
    doc: Doc = {
        "paths": {
            "/a": {"get": {"description": "Lists a.", "parameters": [ref]}},
            "/b": {"get": {"description": "E.g. `?since=1&since=2`.", "parameters": [ref]}},
        },
        "components": {"parameters": {"Since": shared}},
    }
    assert fixes_fidelity.repeated_query_declared_unexploded(doc) == 1
    assert shared["explode"] is True
    commas = _array_query("sort", "Comma separated fields.")
    twice: Doc = {
        "paths": {
            p: {"get": {"parameters": [{"$ref": "#/components/parameters/S"}]}}
            for p in ("/a", "/b")
        },
        "components": {"parameters": {"S": commas}},
    }
    assert fixes_fidelity.comma_list_declared_exploded(twice) == 1
    assert commas["explode"] is False


ROWS = [[["EU", "Europe"], "Blink", 529437], [["NA", "North America"], "Blink", 199355]]
CELLS = {"type": "array", "description": "One cell per column.", "items": {}}


def _answers(*medias: Doc) -> Doc:
    """One operation per media type object, each answering 200 with it."""
    return {
        "paths": {
            f"/q{i}": {"post": {"responses": {"200": {"content": {"application/json": media}}}}}
            for i, media in enumerate(medias)
        }
    }


def _rows_media(items: Any, **examples: Any) -> Doc:
    """An inline rows answer (`data`, `meta`) declaring its rows as ``items``."""
    data = {"type": "array", "items": items}
    return {"schema": {"properties": {"data": data, "meta": {"type": "object"}}}, **examples}


def test_object_rows_become_arrays_when_every_example_row_is_one() -> None:
    """The examples are the media type's own, its schema's and the named ones; an example
    without `data` (or `meta`) is passed over. Each repaired answer counts once."""
    own = _rows_media({"type": "object"}, example={"data": ROWS, "meta": {"count": 2}})
    by_schema = _rows_media({"type": "object"})
    by_schema["schema"]["example"] = {"data": ROWS[:1]}
    named = _rows_media(
        {"type": "object"},
        examples={"eu": {"value": {"data": ROWS[:1]}}, "na": {"value": {"meta": {}}}},
    )
    doc = _answers(own, by_schema, named)
    assert fixes_fidelity.rows_declared_as_objects(doc) == 3
    for media in (own, by_schema, named):
        assert media["schema"]["properties"] == {
            "data": {"type": "array", "items": CELLS},
            "meta": {"type": "object"},
        }
    assert own["example"] == {"data": ROWS, "meta": {"count": 2}}
    assert fixes_fidelity.rows_declared_as_objects(doc) == 0


def test_rows_stay_as_declared_unless_declared_as_bare_objects_with_array_examples() -> None:
    example = {"data": ROWS}
    for media in (
        _rows_media({"type": "object", "properties": {"a": {}}}, example=example),
        _rows_media({"type": "array"}, example=example),  # already arrays
        _rows_media({"type": "object"}),  # no example
        _rows_media({"type": "object"}, example={"data": [{"a": 1}, {"a": 2}]}),
        _rows_media({"type": "object"}, example={"data": [ROWS[0], {"a": 1}]}),
        _rows_media({"type": "object"}, examples={"eu": {"summary": "no value"}}),
        _rows_media({"type": "object"}, example={"rows": ROWS}),  # other member
        # siblings of a $ref are ignored (OpenAPI 3.0): not an inline schema
        {
            "schema": {"$ref": "#/x", **_rows_media({"type": "object"})["schema"]},
            "example": example,
        },
        {"schema": {"properties": {"data": True}}, "example": example},  # no schema object
        {"example": example},  # no schema
    ):
        _unchanged(fixes_fidelity.rows_declared_as_objects, _answers(media))
    _unchanged(fixes_fidelity.rows_declared_as_objects, _with_op({"description": "no answers"}))


def _meta_media(meta: Any) -> Doc:
    """An inline rows answer (array rows) whose `meta` is ``meta``."""
    data = {"type": "array", "items": {"type": "array"}}
    return {"schema": {"properties": {"data": data, "meta": meta}}}


def test_rows_meta_without_columns_gets_a_copy_of_the_declared_ones() -> None:
    """The first declared `meta.columns` is copied into each rows `meta` without; answers
    that are not rows (object `data`, no `meta`) are left alone."""
    columns = {"type": "array", "items": {"type": "string"}, "description": "Column ids."}
    others = {"type": "array", "description": "Other ids."}
    raw = _meta_media({"type": "object", "properties": {"columns": columns}})
    raw_too = _meta_media({"properties": {"columns": others, "count": {}}})
    counted = _meta_media({"type": "object", "properties": {"count": {"type": "integer"}}})
    bare = _meta_media({"type": "object"})
    resource = {"schema": {"properties": {"data": {"type": "object"}, "meta": {"type": "object"}}}}
    no_meta = {"schema": {"properties": {"data": {"type": "array", "items": {"type": "array"}}}}}
    doc = _answers(raw, raw_too, counted, resource, bare, no_meta)
    before = copy.deepcopy(doc)
    assert fixes_fidelity.rows_meta_without_columns(doc) == 2
    metas = [media["schema"]["properties"].get("meta") for media in (counted, bare)]
    assert metas == [
        {"type": "object", "properties": {"count": {"type": "integer"}, "columns": columns}},
        {"type": "object", "properties": {"columns": columns}},
    ]
    assert all(meta["properties"]["columns"] is not columns for meta in metas)
    assert raw["schema"]["properties"]["meta"]["properties"]["columns"] is columns
    assert raw_too["schema"]["properties"]["meta"]["properties"]["columns"] is others
    for name in ("/q0", "/q1", "/q3", "/q5"):
        assert doc["paths"][name] == before["paths"][name]
    assert fixes_fidelity.rows_meta_without_columns(doc) == 0


def test_rows_meta_stays_without_columns_when_no_answer_declares_them() -> None:
    counted = _meta_media({"type": "object", "properties": {"count": {"type": "integer"}}})
    _unchanged(fixes_fidelity.rows_meta_without_columns, _answers(counted, _meta_media({})))
    _unchanged(fixes_fidelity.rows_meta_without_columns, {"paths": {}})


def test_comma_list_query_array_is_declared_unexploded() -> None:
    """Array query parameters described as comma separated, inline, shared (schema by `$ref`
    too) or of the path item, get `style: form, explode: false`; the rest are left alone."""
    inline = _array_query("sort", "Comma separated list of fields to sort by.")
    shared = {"name": "fields", "in": "query", "description": "Comma-separated field names."}
    shared["schema"] = {"$ref": "#/components/schemas/Names"}
    of_item = _array_query("ids", "IDs, COMMA SEPARATED.")
    near = [
        _array_query("tags", "A list of tags."),
        _array_query("order", "Comma separated.", explode=True),
        _array_query("joined", "Values joined by a comma."),
        {**_array_query("names", "Comma separated names."), "in": "header"},
        {"name": "q", "in": "query", "description": "Comma separated words.", "schema": {}},
        {"name": "f", "in": "query", "description": "Comma separated.", "content": {}},
    ]
    ref = {"$ref": "#/components/parameters/Fields"}
    doc = _with_op({"parameters": [inline, ref, *near]}, method="get")
    doc["paths"]["/things"]["parameters"] = [of_item]
    names = {"type": "array", "items": {"type": "string"}}
    doc["components"] = {"parameters": {"Fields": shared}, "schemas": {"Names": names}}
    before = copy.deepcopy(doc)
    assert fixes_fidelity.comma_list_declared_exploded(doc) == 3
    unexploded = {"style": "form", "explode": False}
    assert inline == {**before["paths"]["/things"]["get"]["parameters"][0], **unexploded}
    assert shared == {**before["components"]["parameters"]["Fields"], **unexploded}
    assert of_item == {**before["paths"]["/things"]["parameters"][0], **unexploded}
    assert near == before["paths"]["/things"]["get"]["parameters"][2:]
    assert doc["components"]["schemas"] == before["components"]["schemas"]
    assert fixes_fidelity.comma_list_declared_exploded(doc) == 0


REPEATED = (
    "For example `?date_from=2020-01-01&date_to=2020-01-10&date_from=2021-06-01&date_to=...`."
)


def test_repeated_query_array_is_declared_exploded() -> None:
    """An unexploded array query parameter shown repeated in its operation's description or
    in any of its parameters' (through `$ref` too) becomes `explode: true`."""
    date_from = _array_query("date_from", f"Start dates. {REPEATED}", style="form", explode=False)
    date_to = _array_query("date_to", "End dates, see `date_from`.", style="form", explode=False)
    once = _array_query("single", "For example `?single=1&date_to=2`.", explode=False)
    unset = _array_query("ids", "For example `?ids=1&ids=2`.")
    annotations = {"parameters": [date_from, {"$ref": "#/components/parameters/To"}, once, unset]}
    since = _array_query("since", "Start dates.", explode=False)
    system = {"description": "For example `?since=2020-01-01&since=2021-01-01`."}
    doc: Doc = {
        "paths": {
            "/annotations": {"get": annotations},
            "/system": {"parameters": [since], "get": system},
        },
        "components": {"parameters": {"To": date_to}},
    }
    before = copy.deepcopy(doc)
    assert fixes_fidelity.repeated_query_declared_unexploded(doc) == 3
    assert date_from == {**before["paths"]["/annotations"]["get"]["parameters"][0], "explode": True}
    assert date_to == {**before["components"]["parameters"]["To"], "explode": True}
    assert since == {**before["paths"]["/system"]["parameters"][0], "explode": True}
    assert [once, unset] == before["paths"]["/annotations"]["get"]["parameters"][2:]
    assert fixes_fidelity.repeated_query_declared_unexploded(doc) == 0


def test_format_alternatives_become_any_of() -> None:
    """A `oneOf` of two or more members holding only `format` (with a `description` or
    `title`) becomes an `anyOf` of the same members; other `oneOf`s stay."""
    dates = [{"format": "date"}, {"format": "datetime", "description": "UTC", "title": "Time"}]
    date_from = {"type": "string", "oneOf": dates}
    date_to = {"type": "string", "oneOf": [{"format": "date"}, {"format": "datetime"}]}
    near = [
        {"type": "string", "oneOf": [{"format": "date"}]},
        {"type": "string", "oneOf": [{"format": "date"}, {"description": "any text"}]},
        {"oneOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "time"}]},
        {"oneOf": ["date", "datetime"]},
    ]
    props = {"to": date_to, **{f"near{i}": schema for i, schema in enumerate(near)}}
    doc: Doc = {
        "components": {
            "parameters": {"From": {"name": "date_from", "schema": date_from}},
            "schemas": {"Query": {"properties": props}},
        }
    }
    before = copy.deepcopy(doc)
    assert fixes_fidelity.format_alternatives_as_one_of(doc) == 2
    assert date_from == {
        "type": "string",
        "anyOf": before["components"]["parameters"]["From"]["schema"]["oneOf"],
    }
    assert date_from["anyOf"] is dates
    assert date_to == {"type": "string", "anyOf": [{"format": "date"}, {"format": "datetime"}]}
    assert near == [
        before["components"]["schemas"]["Query"]["properties"][f"near{i}"] for i in range(4)
    ]
    assert fixes_fidelity.format_alternatives_as_one_of(doc) == 0
