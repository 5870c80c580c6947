"""The breaking-change rules' helpers one by one: pairing moved operations, wire checks."""

from __future__ import annotations

from typing import Any

from pipeline.rules import is_breaking, moved_pairs, wire_incompatible


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
