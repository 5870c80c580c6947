"""The operation inventory and the drift report."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

from pipeline.cli import build_spec
from pipeline.config import INVENTORY, load_areas
from pipeline.drift import Drift, drift, format_drift
from pipeline.inventory import build_inventory, read_inventory

Doc = dict[str, Any]


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


def _op(name: str, responses: dict[str, Any], **more: Any) -> Doc:
    return {
        "operationId": name.replace(".", "_"),
        "x-piwik-name": name,
        "responses": responses,
        **more,
    }


def _old() -> Doc:
    """Four operations of a small API."""
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    thing_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "demo", "version": "1"},
        "paths": {
            "/things": {
                "get": _op(
                    "demo.things.list",
                    {"200": {"description": "OK", "content": _json("Summaries")}},
                    parameters=[limit],
                )
            },
            "/things/{id}": {
                "get": _op(
                    "demo.things.get",
                    {"200": {"description": "OK", "content": _json("Thing")}},
                    parameters=[thing_id],
                ),
                "delete": _op(
                    "demo.things.delete", {"204": {"description": "gone"}}, parameters=[thing_id]
                ),
            },
            "/legacy": {
                "post": _op(
                    "demo.legacy",
                    {"200": {"description": "OK", "content": _json("Thing")}},
                    requestBody={"content": _json("Thing")},
                )
            },
        },
        "components": {
            "schemas": {
                "Summaries": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}},
                "Summary": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Thing": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
                },
            }
        },
    }


def _new() -> Doc:
    """The same API later: one removed, one added, one new parameter, one retyped field."""
    doc = _old()
    del doc["paths"]["/legacy"]
    doc["paths"]["/widgets"] = {
        "post": _op(
            "demo.widgets.create", {"201": {"description": "made", "content": _json("Summary")}}
        )
    }
    site = {"name": "site", "in": "query", "required": True, "schema": {"type": "string"}}
    doc["paths"]["/things"]["get"]["parameters"].append(site)
    doc["components"]["schemas"]["Thing"]["properties"]["size"] = {"type": "string"}
    return doc


def test_inventory_entry_fields() -> None:
    """An entry names the operation, its place, and hashes of its three parts."""
    entry = build_inventory(_old())[0]
    assert {k: entry[k] for k in ("area", "name", "method", "path", "operation_id")} == {
        "area": "demo",
        "name": "demo.things.list",
        "method": "GET",
        "path": "/things",
        "operation_id": "demo_things_list",
    }
    assert all(len(entry[p]) == 16 for p in ("parameters", "request_body", "responses"))
    assert entry["derived_name"] is False


def _changed(name: str, key: str, breaking: bool, *reasons: str) -> dict[str, Any]:
    method, path = key.split()
    return {
        "name": name,
        "method": method,
        "path": path,
        "breaking": breaking,
        "reasons": [*reasons],
    }


def _op_of(name: str, key: str) -> dict[str, str]:
    method, path = key.split()
    return {"name": name, "method": method, "path": path}


def test_drift_names_exactly_the_affected_operations() -> None:
    """Added, removed and changed operations are reported with what changed."""
    old, new = _old(), _new()
    result = drift(build_inventory(old), build_inventory(new), old, new)
    assert result.added == [_op_of("demo.widgets.create", "POST /widgets")]
    assert result.removed == [_op_of("demo.legacy", "POST /legacy")]
    assert result.changed == [
        _changed("demo.things.list", "GET /things", True, "required-parameter-added: query site"),
        _changed(
            "demo.things.get",
            "GET /things/{id}",
            True,
            "response-field-retyped: 200 size: int -> str",
        ),
    ]
    assert (result.moved, result.needs_name) == ([], [])


def test_change_inside_a_shared_component_changes_every_user() -> None:
    """Retyping a field of a referenced schema changes every operation that uses it."""
    old = _old()
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Thing"]["properties"]["id"] = {"type": "integer"}
    result = drift(build_inventory(old), build_inventory(new), old, new)
    assert [(c["name"], c["reasons"]) for c in result.changed] == [
        ("demo.things.get", ["response-field-retyped: 200 id: str -> int"]),
        (
            "demo.legacy",
            [
                "request-field-retyped: body id: str -> int",
                "response-field-retyped: 200 id: str -> int",
            ],
        ),
    ]


def test_without_the_documents_a_change_is_unclassified() -> None:
    """Hashes alone say which part changed; the report says it could not classify it."""
    result = drift(build_inventory(_old()), build_inventory(_new()))
    assert result.changed[0]["reasons"] == ["unclassified: parameters changed"]
    assert result.changed[0]["breaking"] is False


def test_renaming_a_component_or_reordering_parameters_is_no_drift() -> None:
    """Hashes see the dereferenced content: component names and parameter order do not count."""
    old = _old()
    new = json.loads(json.dumps(old).replace("schemas/Thing", "schemas/Item"))
    new["components"]["schemas"]["Item"] = new["components"]["schemas"].pop("Thing")
    new["paths"]["/things"]["get"]["parameters"].insert(0, {"name": "a", "in": "query"})
    old["paths"]["/things"]["get"]["parameters"].append({"name": "a", "in": "query"})
    result = drift(build_inventory(old), build_inventory(new), old, new)
    assert result == Drift()
    assert (
        format_drift(result)
        == "drift: 0 added, 0 removed, 0 moved, 0 changed (0 breaking), 0 skipped"
    )


def test_renamed_and_moved_operations() -> None:
    """A names-table edit is a breaking rename; the same operation at a new path is a move."""
    old = _old()
    new = copy.deepcopy(old)
    new["paths"]["/things/{id}"]["delete"]["x-piwik-name"] = "demo.things.remove"
    new["paths"]["/old-legacy"] = new["paths"].pop("/legacy")
    result = drift(build_inventory(old), build_inventory(new), old, new)
    assert result.changed == [
        _changed(
            "demo.things.remove",
            "DELETE /things/{id}",
            True,
            "friendly-name-changed: demo.things.delete -> demo.things.remove",
        )
    ]
    assert result.moved == [
        {
            "name": "demo.legacy",
            "from": {"method": "POST", "path": "/legacy"},
            "to": {"method": "POST", "path": "/old-legacy"},
        }
    ]
    assert (result.added, result.removed) == ([], [])


def test_derived_names_are_reported_as_needing_a_name() -> None:
    """Operations the names table did not name are listed for specs/names.toml."""
    entries = build_inventory(_old(), [("DELETE /things/{id}", "demo.delete_things_id")])
    assert [e["derived_name"] for e in entries] == [False, False, True, False]
    result = drift(entries, entries)
    assert result.needs_name == [_op_of("demo.things.delete", "DELETE /things/{id}")]
    assert "specs/names.toml" in format_drift(result)


def test_drift_report_text() -> None:
    """The summary line, then each operation by friendly name and METHOD path, with reasons."""
    old, new = _old(), _new()
    text = format_drift(drift(build_inventory(old), build_inventory(new), old, new))
    assert text.splitlines()[0] == (
        "drift: 1 added, 1 removed, 0 moved, 2 changed (2 breaking), 0 skipped"
    )
    assert "added:   demo.widgets.create  (POST /widgets)" in text
    assert "removed: demo.legacy  (POST /legacy)  BREAKING" in text
    assert "changed: demo.things.list  (GET /things)  BREAKING\n" in text
    assert "      required-parameter-added: query site" in text


def test_new_parameter_upstream_drifts_exactly_that_operation(
    upstream: Path, inventory: list[dict[str, Any]], built: tuple[Doc, Any], tmp_path: Path
) -> None:
    """A parameter added to one operation of a published file changes only that operation."""
    _, files = load_areas()
    for spec in files:
        shutil.copy(upstream / spec.file, tmp_path / spec.file)
    users = tmp_path / "platform_users_authorized_api.json"
    data = json.loads(users.read_text())
    new_param = {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}
    data["paths"]["/api/users/v2"]["get"]["parameters"].append(new_param)
    users.write_text(json.dumps(data))
    doc, report = build_spec(tmp_path)
    result = drift(inventory, build_inventory(doc, report["derived_names"]), built[0], doc)
    assert result == Drift(
        changed=[
            _changed(
                "users.list", "GET /api/users/v2", True, "required-parameter-added: query team"
            )
        ]
    )


def test_committed_inventory_is_current(inventory: list[dict[str, Any]]) -> None:
    """specs/inventory.json matches the published specs (run `make regen` when it does not)."""
    assert read_inventory(INVENTORY) == inventory
