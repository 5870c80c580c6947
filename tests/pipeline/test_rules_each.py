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


def _body(fields: dict[str, Leaf], media: tuple[str, ...] = ("application/json",)) -> Contract:
    return Contract(fields={"parameters": {}, "body": fields}, media={"body": media})


def test_request_body_added_removed_and_required() -> None:
    none = Contract(fields={"parameters": {}})
    optional = _body({"": Leaf("model", required=False)})
    required = _body({"": Leaf("model", required=True)})
    assert compare(none, optional) == ["optional-request-body-added: body"]
    assert compare(none, required) == ["required-request-body-added: body"]
    assert compare(required, none) == ["request-body-removed: body"]
    assert compare(required, optional) == ["request-body-became-optional: body"]
    assert compare(optional, required) == ["required-request-body-added: body"]
    form = _body({"": Leaf("model", required=False)}, ("multipart/form-data",))
    assert compare(optional, form) == [
        "request-media-type-changed: body: ('application/json',) -> ('multipart/form-data',)"
    ]


def _answer(
    fields: dict[str, Leaf], media: tuple[str, ...] | None, status: str = "200"
) -> Contract:
    section = f"response {status}"
    return Contract(
        fields={"parameters": {}, section: {"": Leaf("model"), **fields}},
        media={section: media} if media is not None else {},
    )


def test_success_answers_added_and_removed() -> None:
    ok = _answer({}, ("application/json",))
    created = _answer({}, ("application/json",), status="201")
    assert compare(ok, created) == ["success-response-removed: 200", "success-response-added: 201"]


def test_answer_media_change_with_and_without_overlap() -> None:
    x, y = {"x": Leaf("int")}, {"x": Leaf("str")}
    json_only = _answer(x, ("application/json",))
    both = _answer(y, ("application/json", "text/csv"))
    csv = _answer(y, ("text/csv",))
    assert compare(json_only, both) == [
        "response-media-type-changed: 200: ('application/json',) -> "
        "('application/json', 'text/csv')",
        "response-field-retyped: 200 x: int -> str",
    ]
    assert compare(json_only, csv) == [
        "response-media-type-changed: 200: ('application/json',) -> ('text/csv',)"
    ]
    assert compare(_answer(x, None), csv) == [
        "response-media-type-changed: 200: None -> ('text/csv',)"
    ]
    assert compare(json_only, _answer(y, None)) == [
        "response-media-type-changed: 200: ('application/json',) -> None"
    ]


def test_list_items_speak_for_the_list() -> None:
    old = _response({"tags": Leaf("list[str]", format="f"), "tags[]": Leaf("str")})
    new = _response({"tags": Leaf("list[int]", format="f"), "tags[]": Leaf("int")})
    assert compare(old, new) == ["response-field-retyped: 200 tags[]: str -> int"]
    only_old = _response({"tags": Leaf("list[str]"), "tags[]": Leaf("str")})
    only_new = _response({"tags": Leaf("str")})
    assert compare(only_old, only_new) == [
        "response-field-removed: 200 tags[]",
        "response-field-retyped: 200 tags: list[str] -> str",
    ]
    assert compare(only_new, only_old) == [
        "required-response-field-added: 200 tags[]",
        "response-field-retyped: 200 tags: str -> list[str]",
    ]
    enums = _response({"tags": Leaf("list[str]", enum=("a",)), "tags[]": Leaf("str")})
    other = _response({"tags": Leaf("list[str]", enum=("b",)), "tags[]": Leaf("str")})
    assert compare(enums, other) == [
        "response-enum-value-removed: 200 tags: a",
        "response-enum-value-added: 200 tags: b",
    ]


def test_the_root_is_not_a_field() -> None:
    optional = _body({"": Leaf("model", required=False), "a": Leaf("int")})
    required = _body({"": Leaf("model", required=True), "a": Leaf("int")})
    assert compare(optional, required) == ["required-request-body-added: body"]


def test_enum_changes_need_both_enums_and_keep_other_reasons() -> None:
    plain = _response({"kind": Leaf("str")})
    listed = _response({"kind": Leaf("str", enum=("a",))})
    assert compare(plain, listed) == []
    assert compare(listed, plain) == []
    retyped = _response({"kind": Leaf("int", enum=("1",))})
    assert compare(listed, retyped) == [
        "response-field-retyped: 200 kind: str -> int",
        "response-enum-value-removed: 200 kind: a",
        "response-enum-value-added: 200 kind: 1",
    ]


def test_removed_objects_hide_their_fields_and_renames_need_one_twin() -> None:
    nested = {"Xa": Leaf("model"), "Xa.b": Leaf("model"), "Xa.b.c": Leaf("int")}
    assert compare(_response(nested), _response({"Xa": Leaf("model")})) == [
        "response-field-removed: 200 Xa.b"
    ]
    two = _response({"x": Leaf("int"), "y": Leaf("str")})
    assert compare(two, _response({"z": Leaf("int")})) == [
        "response-field-renamed: x -> z",
        "response-field-removed: 200 y",
    ]


def test_retyping_reads_the_types_after_the_last_colon() -> None:
    assert wire_incompatible("response-field-retyped: 200: data.x: str -> model") is True
    assert wire_incompatible("response-field-retyped: data.x: model -> int | str") is True


def test_moved_pairs_signs_each_part() -> None:
    def entry(path: str, **more: Any) -> dict[str, Any]:
        return _entry(
            "GET", path, **{"parameters": "p", "request_body": "b", "responses": "r", **more}
        )

    old, new = entry("/old"), entry("/new")
    assert moved_pairs([old], [new]) == [(old, new)]
    for part in ("parameters", "request_body", "responses"):
        assert moved_pairs([old], [entry("/new", **{part: "changed"})]) == [], part
    by_id_old = entry("/a", upstream_id="op", responses="r1")
    by_id_new = entry("/b", upstream_id="op", responses="r2")
    assert moved_pairs([by_id_old], [by_id_new]) == [(by_id_old, by_id_new)]


def test_moved_pairs_several_pairs_and_no_double_pairing() -> None:
    a_old, a_new = _entry("GET", "/a/{x}", responses="1"), _entry("GET", "/a/{y}", responses="1")
    b_old, b_new = _entry("GET", "/b/{x}", responses="2"), _entry("GET", "/b/{y}", responses="2")
    assert moved_pairs([a_old, b_old], [a_new, b_new]) == [(a_old, a_new), (b_old, b_new)]
    plain = _entry("POST", "/p/{x}", responses="3")
    named = _entry("PUT", "/q", upstream_id="q", responses="4")
    named_new = _entry("PUT", "/r", upstream_id="q", responses="5")
    plain_new = _entry("POST", "/p/{y}", responses="3")
    assert moved_pairs([plain, named], [plain_new, named_new]) == [
        (plain, plain_new),
        (named, named_new),
    ]
    twin = _entry("POST", "/s", responses="3")
    assert moved_pairs([plain], [plain_new, twin]) == [(plain, plain_new)]
