"""Lifting inline schemas into named, deduplicated components."""

from __future__ import annotations

from typing import Any

from pipeline import lift

THING = {"type": "object", "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}}


def _op(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {
        "operationId": operation_id,
        "x-piwik-name": "demo." + operation_id,
        "responses": {"200": {"description": "OK", "content": content}},
    }


def _doc(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "paths": {
            "/a": {"get": _op("demo_get_a", first)},
            "/b": {"get": _op("demo_get_b", second)},
        },
    }


def _refs(doc: dict[str, Any]) -> list[str]:
    return [
        item["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        for item in doc["paths"].values()
    ]


def test_same_inline_object_becomes_one_component() -> None:
    """Two copies of one object (differing only in documentation) become one component."""
    doc = _doc({**THING, "description": "A", "x-origin": "Thing"}, {**THING, "description": "B"})
    assert lift.lift(doc) == 1
    assert list(doc["components"]["schemas"]) == ["Thing"]
    assert _refs(doc) == ["#/components/schemas/Thing"] * 2
    assert "x-origin" not in doc["components"]["schemas"]["Thing"]


def test_upstream_name_wins_wherever_it_appears() -> None:
    """The upstream component name (x-origin) names the component even on the second copy."""
    doc = _doc({**THING}, {**THING, "x-origin": "Thing"})
    lift.lift(doc)
    assert list(doc["components"]["schemas"]) == ["Thing"]


def test_different_objects_stay_apart_and_get_place_names() -> None:
    """Structurally different objects become two components named after their operation."""
    other = {"type": "object", "properties": {"id": {"type": "integer"}}}
    doc = _doc({**THING}, other)
    assert lift.lift(doc) == 2
    assert sorted(doc["components"]["schemas"]) == ["DemoGetAResponse", "DemoGetBResponse"]
