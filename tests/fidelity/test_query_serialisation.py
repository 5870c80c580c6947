"""Every array and object query parameter goes out as the OpenAPI specification says.

The expected query strings are not produced by a serialiser of ours: they are the
specification's own style examples (OpenAPI 3.0.3, "Style Examples": ``color`` set to
``"blue"``, ``["blue", "black", "brown"]`` and ``{"R": 100, "G": 200, "B": 150}``) with
the parameter's name and three values put in place of the example's. The actual strings
are what a stub service on 127.0.0.1 received from the facade.
"""

from __future__ import annotations

import importlib
import inspect
import re
import typing
from typing import Any
from urllib.parse import unquote

import pytest

from piwik_pro import PiwikPro, PiwikProError
from piwik_pro.testing._refs import resolve
from piwik_pro_api import models
from recording.calls import _python_name, build_call, convert, load_spec, operations

from .stub import Stub

# (style, explode) -> (primitive, array, object) as printed in the specification.
SPEC_STYLE_EXAMPLES: dict[tuple[str, bool], tuple[str | None, str | None, str | None]] = {
    ("form", False): ("color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    ("form", True): ("color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150"),
    # The 3.0.3 table prints these two without `color=` (an erratum; 3.1.1 adds it).
    ("spaceDelimited", False): (None, "color=blue%20black%20brown",
                                "color=R%20100%20G%20200%20B%20150"),
    ("pipeDelimited", False): (None, "color=blue|black|brown", "color=R|100|G|200|B|150"),
    ("deepObject", True): (None, None, "color[R]=100&color[G]=200&color[B]=150"),
}  # fmt: skip
ARRAY_TOKENS = ("blue", "black", "brown")
OBJECT_TOKENS = ("R", "100", "G", "200", "B", "150")


def expected(style: str, explode: bool, name: str, value: list[Any] | dict[str, Any]) -> str:
    """The specification's example for (style, explode), about ``name`` and ``value``."""
    _, array, obj = SPEC_STYLE_EXAMPLES[(style, explode)]
    if isinstance(value, list):
        template, tokens = array, ARRAY_TOKENS
        values = [str(v) for v in value]
    else:
        template, tokens = obj, OBJECT_TOKENS
        values = [str(part) for pair in value.items() for part in pair]
    assert template is not None, f"the specification defines no {style} form of this value"
    assert len(values) == len(tokens), "the examples substitute exactly three values"
    swap = {"color": name, **dict(zip(tokens, values, strict=True))}
    pattern = r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, swap)) + r")(?![A-Za-z0-9])"
    return unquote(re.sub(pattern, lambda m: swap[m.group(1)], template))


def test_substitution_reproduces_the_specification_table() -> None:
    """The substitution is faithful: the example values give back the printed examples."""
    for (style, explode), (_, array, obj) in SPEC_STYLE_EXAMPLES.items():
        if array is not None:
            assert expected(style, explode, "color", list(ARRAY_TOKENS)) == unquote(array)
        if obj is not None:
            rgb = {"R": 100, "G": 200, "B": 150}
            assert expected(style, explode, "color", rgb) == unquote(obj)


def structured_query_parameters() -> list[tuple[Any, dict[str, Any], dict[str, Any]]]:
    """(operation, parameter, schema) for every array or object query parameter."""
    spec = load_spec()
    found = []
    for op in operations(spec):
        for param in (resolve(spec, p) for p in op.raw.get("parameters", [])):
            schema = resolve(spec, param.get("schema", {})) or {}
            if param["in"] == "query" and schema.get("type") in ("array", "object"):
                found.append((op, param, schema))
    return found


CASES = structured_query_parameters()


def sample(spec: dict[str, Any], schema: dict[str, Any]) -> list[Any] | dict[str, Any]:
    """Three values: array items (enum members, dates or words) or three string members."""
    if schema["type"] == "array":
        items = resolve(spec, schema.get("items", {})) or {}
        if items.get("enum"):
            return (list(items["enum"]) * 3)[:3]
        if items.get("format") == "date":
            return ["2021-05-01", "2021-05-02", "2021-05-03"]
        return ["alpha", "beta", "gamma"]
    plain = [n for n, s in schema.get("properties", {}).items()
             if (resolve(spec, s) or {}).get("type") == "string" and "format" not in s]  # fmt: skip
    return {name: f"{name}-value" for name in plain[:3]}


def sent_pairs(query: str, name: str, value: list[Any] | dict[str, Any], style: str) -> str:
    """The decoded ``key=value`` pairs of ``query`` that carry the parameter."""
    keys = set(value) if isinstance(value, dict) and style == "form" else {name}
    kept = []
    for pair in query.split("&"):
        key = unquote(pair.split("=", 1)[0].replace("+", " "))
        if key in keys or (style == "deepObject" and key.startswith(f"{name}[")):
            kept.append(unquote(pair.replace("+", " ")))
    return "&".join(kept)


def test_every_structured_parameter_is_covered() -> None:
    """The repaired spec still has deepObject, comma-list and repeated parameters to check."""
    styles = {(p.get("style", "form"), p.get("explode", p.get("style", "form") == "form"))
              for _, p, _ in CASES}  # fmt: skip
    assert {("deepObject", True), ("form", False), ("form", True)} <= styles


@pytest.mark.parametrize(("op", "param", "schema"), CASES,
                         ids=[f"{op.name}:{p['name']}" for op, p, _ in CASES])  # fmt: skip
def test_query_parameter_follows_its_style(
    client: PiwikPro, stub: Stub, op: Any, param: dict[str, Any], schema: dict[str, Any]
) -> None:
    """The parameter reaches the wire in the form its style and explode define."""
    spec = load_spec()
    style = param.get("style", "form")
    explode = param.get("explode", style == "form")
    value = sample(spec, schema)
    call = build_call(spec, op)
    name = _facade_argument(call, param["name"], client)
    hint = _hint(op, param["name"])
    stub.answer(op.method, "/never-matched", {})  # every call gets the stub's 404
    with pytest.raises(PiwikProError):
        call.target(client)(*call.args, **{**call.kwargs, name: convert(hint, value)})
    (seen,) = stub.calls()
    assert sent_pairs(seen.query, param["name"], value, style) == expected(
        style, explode, param["name"], value
    )


def _facade_argument(call: Any, wire_name: str, client: PiwikPro) -> str:
    squash = re.sub(r"[^a-z0-9]", "", wire_name.lower())
    names = [n for n in inspect.signature(call.target(client)).parameters
             if re.sub(r"[^a-z0-9]", "", n.lower()) == squash]  # fmt: skip
    assert len(names) == 1, f"{call.name}: no single facade argument for {wire_name!r}"
    return names[0]


def _hint(op: Any, wire_name: str) -> Any:
    """The generated layer's annotation of the parameter (the facade forwards it as is)."""
    module = importlib.import_module(
        f"piwik_pro_api.api.{op.raw['tags'][0]}.{op.raw['operationId']}"
    )
    return typing.get_type_hints(module._get_kwargs, localns=models.NAMES)[_python_name(wire_name)]
