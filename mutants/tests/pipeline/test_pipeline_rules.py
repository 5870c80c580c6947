"""Each breaking-change rule on a small old/new pair: the change, its rule, its verdict."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest

from pipeline.config import ROOT
from pipeline.contract import python_type
from pipeline.drift import drift
from pipeline.inventory import build_inventory
from pipeline.rules import RULES

Doc = dict[str, Any]
JSON = "application/json"


def _thing() -> Doc:
    return {
        "type": "object",
        "required": ["id", "size"],
        "properties": {
            "id": {"type": "string"},
            "size": {"type": "integer"},
            "state": {"type": "string", "enum": ["on", "off"]},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }


def _base() -> Doc:
    """Three operations: a read with parameters, a create with a body, a JSON-lines read."""
    query = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
    ]
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "color": {"type": "string"},
            "mode": {"type": "string", "enum": ["a", "b"]},
        },
    }
    lines = {"x-line-schema": {"type": "object", "properties": {"at": {"type": "string"}}}}
    lines["schema"] = {"type": "string", "format": "binary"}

    def ok(schema: Doc, status: str = "200") -> Doc:
        return {status: {"description": "ok", "content": {JSON: {"schema": schema}}}}

    def op(name: str, **more: Any) -> Doc:
        return {"operationId": name, "x-piwik-name": f"demo.{name}", **more}

    return {
        "openapi": "3.0.3",
        "info": {"title": "demo", "version": "1"},
        "paths": {
            "/things/{id}": {"get": op("get", parameters=query, responses=ok(_thing()))},
            "/things": {
                "post": op(
                    "create",
                    requestBody={"required": True, "content": {JSON: {"schema": body}}},
                    responses=ok(_thing(), "201"),
                )
            },
            "/logs": {
                "get": op(
                    "logs",
                    responses={
                        "200": {"description": "ok", "content": {"application/x-ndjson": lines}}
                    },
                )
            },
        },
    }


def _get(doc: Doc) -> Doc:
    return doc["paths"]["/things/{id}"]["get"]


def _params(doc: Doc) -> list[Doc]:
    params: list[Doc] = _get(doc)["parameters"]
    return params


def _body(doc: Doc) -> Doc:
    body: Doc = doc["paths"]["/things"]["post"]["requestBody"]["content"][JSON]["schema"]
    return body


def _answer(doc: Doc) -> Doc:
    answer: Doc = _get(doc)["responses"]["200"]["content"][JSON]["schema"]
    return answer


def _param(doc: Doc, name: str) -> Doc:
    return next(p for p in _params(doc) if p["name"] == name)


def _rename_param(doc: Doc) -> None:
    _param(doc, "limit")["name"] = "max"


def _move_param(doc: Doc) -> None:
    _param(doc, "limit")["in"] = "cookie"


def _rename_body_field(doc: Doc) -> None:
    _body(doc)["properties"]["colour"] = _body(doc)["properties"].pop("color")


def _rename_answer_field(doc: Doc) -> None:
    _answer(doc)["properties"]["labels"] = _answer(doc)["properties"].pop("tags")


def _remove_operation(doc: Doc) -> None:
    del doc["paths"]["/logs"]


def _rename_operation(doc: Doc) -> None:
    _get(doc)["x-piwik-name"] = "demo.fetch"


CASES: dict[str, tuple[Callable[[Doc], Any], str]] = {
    "operation-removed": (_remove_operation, "demo.logs"),
    "friendly-name-changed": (_rename_operation, "demo.fetch"),
    "parameter-removed": (lambda d: _params(d).pop(1), "demo.get"),
    "parameter-renamed": (_rename_param, "demo.get"),
    "parameter-moved": (_move_param, "demo.get"),
    "required-parameter-added": (
        lambda d: _params(d).append({"name": "site", "in": "query", "required": True}),
        "demo.get",
    ),
    "parameter-became-required": (lambda d: _param(d, "limit").update(required=True), "demo.get"),
    "parameter-retyped": (
        lambda d: _param(d, "limit").update(schema={"type": "string"}),
        "demo.get",
    ),
    "parameter-enum-value-removed": (
        lambda d: _param(d, "sort")["schema"].update(enum=["asc"]),
        "demo.get",
    ),
    "required-request-body-added": (
        lambda d: _get(d).update(requestBody={"required": True, "content": {JSON: {"schema": {}}}}),
        "demo.get",
    ),
    "request-body-removed": (
        lambda d: d["paths"]["/things"]["post"].pop("requestBody"),
        "demo.create",
    ),
    "request-media-type-changed": (
        lambda d: d["paths"]["/things"]["post"]["requestBody"].update(
            content={"multipart/form-data": {"schema": _body(d)}}
        ),
        "demo.create",
    ),
    "required-request-field-added": (
        lambda d: (
            _body(d)["properties"].update(size={"type": "integer"}),
            _body(d)["required"].append("size"),
        ),
        "demo.create",
    ),
    "request-field-became-required": (
        lambda d: _body(d)["required"].append("color"),
        "demo.create",
    ),
    "request-field-removed": (lambda d: _body(d)["properties"].pop("mode"), "demo.create"),
    "request-field-renamed": (_rename_body_field, "demo.create"),
    "request-field-retyped": (
        lambda d: _body(d)["properties"].update(color={"type": "string", "format": "uuid"}),
        "demo.create",
    ),
    "request-enum-value-removed": (
        lambda d: _body(d)["properties"]["mode"].update(enum=["a"]),
        "demo.create",
    ),
    "success-response-removed": (
        lambda d: _get(d)["responses"].update({"default": _get(d)["responses"].pop("200")}),
        "demo.get",
    ),
    "response-media-type-changed": (
        lambda d: _get(d)["responses"]["200"].update(
            content={"text/csv": {"schema": {"type": "string"}}}
        ),
        "demo.get",
    ),
    "response-field-removed": (lambda d: _answer(d)["properties"].pop("state"), "demo.get"),
    "response-field-renamed": (_rename_answer_field, "demo.get"),
    "response-field-retyped": (
        lambda d: _answer(d)["properties"].update(id={"type": "string", "format": "uuid"}),
        "demo.get",
    ),
    "response-field-became-optional": (lambda d: _answer(d)["required"].remove("size"), "demo.get"),
    "optional-parameter-added": (
        lambda d: _params(d).append({"name": "q", "in": "query", "schema": {"type": "string"}}),
        "demo.get",
    ),
    "parameter-enum-value-added": (
        lambda d: _param(d, "sort")["schema"]["enum"].append("none"),
        "demo.get",
    ),
    "optional-request-field-added": (
        lambda d: _body(d)["properties"].update(note={"type": "string"}),
        "demo.create",
    ),
    "request-enum-value-added": (
        lambda d: _body(d)["properties"]["mode"]["enum"].append("c"),
        "demo.create",
    ),
    "response-field-added": (
        lambda d: _answer(d)["properties"].update(note={"type": "string"}),
        "demo.get",
    ),
    "response-enum-value-added": (
        lambda d: _answer(d)["properties"]["state"]["enum"].append("idle"),
        "demo.get",
    ),
    "format-changed": (
        lambda d: _body(d)["properties"]["color"].update(format="hex"),
        "demo.create",
    ),
}


def _drift(change: Callable[[Doc], Any]) -> Any:
    old = _base()
    new = copy.deepcopy(old)
    change(new)
    return drift(build_inventory(old), build_inventory(new), old, new)


@pytest.mark.parametrize(("rule", "case"), CASES.items(), ids=list(CASES))
def test_rule(rule: str, case: tuple[Callable[[Doc], Any], str]) -> None:
    """The change is reported on exactly its operation, under its rule, with its verdict."""
    change, name = case
    result = _drift(change)
    if rule == "operation-removed":
        assert [o["name"] for o in result.removed] == [name]
        assert result.changed == []
        return
    assert [c["name"] for c in result.changed] == [name], result.changed
    [changed] = result.changed
    assert [r.split(":")[0] for r in changed["reasons"]] == [rule], changed["reasons"]
    assert changed["breaking"] is RULES[rule][0]


def test_every_rule_has_a_case() -> None:
    """The catalogue and the cases above agree (the rest are covered in named tests)."""
    named_elsewhere = {
        "optional-request-body-added", "request-body-became-optional", "success-response-added",
        "response-field-became-required", "response-enum-value-removed", "path-template-changed",
        "unclassified", "parameter-became-optional", "request-field-became-optional",
    }  # fmt: skip
    assert set(RULES) == set(CASES) | named_elsewhere


def test_reverse_changes_are_compatible() -> None:
    """Loosening a contract is no break: a field becomes optional, an answer value goes."""
    old = _base()
    _body(old)["required"].append("color")
    _answer(old)["properties"]["state"]["enum"].append("idle")
    _param(old, "limit")["required"] = True
    new = copy.deepcopy(old)
    _body(new)["required"].remove("color")
    _answer(new)["properties"]["state"]["enum"].remove("idle")
    _param(new, "limit")["required"] = False
    reasons = [
        r
        for c in drift(build_inventory(old), build_inventory(new), old, new).changed
        for r in c["reasons"]
    ]
    assert sorted(r.split(":")[0] for r in reasons) == [
        "parameter-became-optional",
        "request-field-became-optional",
        "response-enum-value-removed",
    ]


def test_json_lines_schema_counts() -> None:
    """A field of the NDJSON line schema (x-line-schema) is drift of its operation."""

    def retype(doc: Doc) -> None:
        media = doc["paths"]["/logs"]["get"]["responses"]["200"]["content"]["application/x-ndjson"]
        media["x-line-schema"]["properties"]["at"] = {"type": "string", "format": "date-time"}

    [changed] = _drift(retype).changed
    assert changed["name"] == "demo.logs"
    assert changed["reasons"] == ["response-field-retyped: 200 at: str -> datetime"]
    assert changed["breaking"] is True


def test_python_types_follow_the_generator() -> None:
    """The Python type of a schema is the one the generated model exposes."""
    assert python_type({"type": "string", "format": "uuid"}) == "UUID"
    assert python_type({"type": "string", "pattern": "^[0-9a-f-]{36}$"}) == "str"
    assert (
        python_type({"type": "string", "format": "date-time", "nullable": True})
        == "datetime | None"
    )
    assert python_type({"type": ["integer", "null"]}) == "int | None"
    assert python_type({"type": "array", "items": {"type": "number"}}) == "list[float]"
    assert python_type({"oneOf": [{"type": "string"}, {"type": "integer"}]}) == "int | str"
    assert python_type({"type": "object", "properties": {"a": {}}}) == "model"
    assert python_type({"type": "object", "additionalProperties": {"type": "boolean"}}) == (
        "dict[str, bool]"
    )
    assert python_type({"type": "string", "enum": ["a"]}) == "enum"
    assert python_type({}) == "Any"


def test_moved_operation_is_paired_and_its_changes_kept() -> None:
    """The same operation at a new path (its path parameter renamed) is moved, not
    removed and added, and the rename is a breaking change of the moved operation."""
    old = _base()
    new = copy.deepcopy(old)
    item = new["paths"].pop("/things/{id}")
    _param({"paths": {"/things/{id}": item}}, "id")["name"] = "thing_id"
    new["paths"]["/things/{thing_id}"] = item
    result = drift(build_inventory(old), build_inventory(new), old, new)
    assert result.moved == [
        {
            "name": "demo.get",
            "from": {"method": "GET", "path": "/things/{id}"},
            "to": {"method": "GET", "path": "/things/{thing_id}"},
        }
    ]
    assert (result.added, result.removed) == ([], [])
    assert [(c["name"], c["reasons"], c["breaking"]) for c in result.changed] == [
        ("demo.get", ["parameter-renamed: path id -> path thing_id"], True)
    ]


def test_readme_explains_every_rule() -> None:
    """The README's rule table names every rule once, with its verdict."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Upgrading to a new Piwik PRO release", 1)[1].split("\n## ", 1)[0]
    verdicts: dict[str, bool] = {}
    for cells in re.findall(r"^\| (.+?) \| (yes|no) \|", section, flags=re.MULTILINE):
        for token in re.findall(r"`([a-z*-]+)`", cells[0]):
            pattern = re.compile(token.replace("*", ".*") + "$")
            for rule in filter(pattern.match, RULES):
                verdicts.setdefault(rule, cells[1] == "yes")
    assert verdicts == {rule: breaking for rule, (breaking, _) in RULES.items()}
