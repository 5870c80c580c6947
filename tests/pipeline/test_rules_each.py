"""The breaking-change rules' helpers one by one: pairing moved operations, wire checks."""

from __future__ import annotations

from typing import Any

from pipeline.contract import Contract, Leaf
from pipeline.rules import compare, is_breaking, moved_pairs, wire_incompatible


def _entry(method: str, path: str, **more: Any) -> dict[str, Any]:
    return {"method": method, "path": path, **more}


def test_is_breaking_reads_the_rule_before_the_colon() -> None:
    assert is_breaking(["optional-parameter-added: query x", "operation-removed: x"]) is True
    assert is_breaking(["optional-parameter-added: query x: a: b"]) is False
    assert is_breaking([]) is False


def test_wire_incompatible_cases() -> None:
    assert wire_incompatible("operation-removed: GET /a") is True
    assert wire_incompatible("parameter-renamed: path id -> path appId") is False
    assert wire_incompatible("parameter-renamed: query id -> query appId") is True
    assert wire_incompatible("parameter-renamed: path id -> query id") is True
    assert wire_incompatible("response-field-retyped: data.id: str -> UUID") is False
    assert wire_incompatible("response-field-retyped: data.id: str -> int") is True
    assert wire_incompatible("request-field-retyped: x: int -> int | str") is False
    assert wire_incompatible("request-field-retyped: x: int | str -> int") is True
    assert wire_incompatible("request-field-retyped: x: Any -> int") is False
    assert wire_incompatible("request-field-retyped: x: int -> Any") is False
    assert wire_incompatible("request-field-retyped: x: list[int] -> Model") is True
    assert wire_incompatible("request-field-retyped: x: Model -> dict") is False
    assert wire_incompatible("response-field-renamed: a -> b") is True
    assert wire_incompatible("optional-parameter-added: query x") is False
    assert wire_incompatible("format-changed: x: date -> date-time") is False


def test_moved_pairs_only_unambiguous_matches() -> None:
    old = _entry("GET", "/a/{id}", upstream_id="getA")
    new = _entry("GET", "/a/{appId}")
    assert moved_pairs([old], [new]) == [(old, new)]
    other_method = _entry("POST", "/a/{appId}")
    assert moved_pairs([old], [other_method]) == []
    by_id = _entry("GET", "/b", upstream_id="getA")
    assert moved_pairs([old], [by_id]) == [(old, by_id)]
    twins = [_entry("GET", "/x/{a}"), _entry("GET", "/x/{b}")]
    assert moved_pairs(twins, [_entry("GET", "/x/{c}")]) == []
    assert (
        moved_pairs([_entry("GET", "/y/{a}")], [_entry("GET", "/y/{b}"), _entry("GET", "/y/{c}")])
        == []
    )


def test_retyping_is_judged_by_the_json_types() -> None:
    retyped = "response-field-retyped: data.x: {} -> {}"
    compatible = [
        ("UUID", "str"), ("datetime", "str"), ("date", "str"), ("enum", "str"),
        ("File", "str"), ("int", "float | int"), ("None", "None | str"), ("model", "dict"),
        ("list[int]", "list[str]"), ("bool", "bool"), ("int | float", "float | int"),
    ]  # fmt: skip
    for old, new in compatible:
        assert wire_incompatible(retyped.format(old, new)) is False, (old, new)
    incompatible = [
        ("str", "int"), ("int", "float"), ("float", "int"), ("bool", "str"), ("None", "str"),
        ("list[int]", "str"), ("str", "list[str]"), ("model", "str"), ("str | int", "str"),
        ("date", "int"), ("UUID", "bool"), ("File", "int"), ("enum", "float"),
    ]  # fmt: skip
    for old, new in incompatible:
        assert wire_incompatible(retyped.format(old, new)) is True, (old, new)
    assert wire_incompatible("parameter-retyped: query x: str -> int") is True
    assert wire_incompatible("parameter-retyped: query x: Any | str -> int") is False
    assert wire_incompatible("parameter-retyped: query x: str -> int | Any") is False


def _response(fields: dict[str, Leaf]) -> Contract:
    return Contract(
        fields={"parameters": {}, "response 200": {"": Leaf("model"), **fields}},
        media={"response 200": ("application/json",)},
    )


def test_a_rename_pairs_fields_under_the_same_parent_only() -> None:
    old = _response({"data": Leaf("model"), "data.a": Leaf("model"), "data.a.x": Leaf("int")})
    renamed = _response({"data": Leaf("model"), "data.a": Leaf("model"), "data.a.y": Leaf("int")})
    assert compare(old, renamed) == ["response-field-renamed: data.a.x -> data.a.y"]
    moved = _response({"data": Leaf("model"), "data.a": Leaf("model"), "data.y": Leaf("int")})
    assert compare(old, moved) == [
        "response-field-removed: 200 data.a.x",
        "required-response-field-added: 200 data.y",
    ]
    top = _response({"x": Leaf("int")})
    assert compare(top, _response({"y": Leaf("int")})) == ["response-field-renamed: x -> y"]
    assert compare(top, _response({"y": Leaf("str")})) == [
        "response-field-removed: 200 x",
        "required-response-field-added: 200 y",
    ]
