"""Every facade method shows its real parameters to ``help()``, ``inspect`` and editors.

For each operation of the generated resources (sync and async): ``inspect.signature``
lists every parameter of the generated endpoint (under its facade name) and every body
field the keyword form takes, with no ``**kwargs``; the docstring names each parameter
of the signature (numpy style ``name : type``) and carries the spec's description of
each parameter and body field.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import textwrap
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import attrs
import pytest

from piwik_pro import AsyncPiwikPro, PiwikPro
from piwik_pro._openapi import spec_resource
from piwik_pro._operation import Operation, resolve_ref
from piwik_pro._resources import AsyncAreas, SyncAreas


@cache
def _spec() -> dict[str, Any]:
    return dict(json.loads(spec_resource().read_text()))


def _clients() -> tuple[PiwikPro, AsyncPiwikPro]:
    return (
        PiwikPro("example.piwik.pro", "id", "secret"),
        AsyncPiwikPro("example.piwik.pro", "id", "secret"),
    )


def _operations() -> Iterator[tuple[str, Operation]]:
    for name in vars(SyncAreas):
        if name.startswith("_"):
            continue
        module = importlib.import_module(f"piwik_pro._resources.{name}")
        for op in vars(module).values():
            if isinstance(op, Operation):
                yield name, op


OPERATIONS = sorted(_operations(), key=lambda pair: pair[1].name)


def _method(areas: type, client: Any, op: Operation, prefix: str = "") -> Callable[..., Any]:
    area, *rest = op.name.split(".")
    obj = vars(areas)[area].func(client)  # the generated class, also for analytics
    for part in rest[:-1]:
        obj = getattr(obj, part)
    method: Callable[..., Any] = getattr(obj, prefix + rest[-1])
    return method


def _call_of(method: Callable[..., Any]) -> ast.Call:
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("_call", "_iter_items", "_iter_pages")
    ]
    assert len(calls) == 1, f"{method.__qualname__}: one call to the client expected"
    return calls[0]


def _dict_names(node: ast.expr) -> dict[str, str]:
    """``{"target": name, ...}`` of a literal dict of parameters."""
    assert isinstance(node, ast.Dict)
    out = {}
    for key, value in zip(node.keys, node.values, strict=True):
        assert isinstance(key, ast.Constant) and isinstance(value, ast.Name)
        out[str(key.value)] = value.id
    return out


def _normal(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", text).split())


def _check_docstring(method: Callable[..., Any], names: list[str]) -> None:
    doc = inspect.getdoc(method) or ""
    assert "Parameters\n----------" in doc, f"{method.__qualname__}: no Parameters section"
    for name in names:
        assert re.search(rf"^{name} : ", doc, re.M), f"{method.__qualname__}: {name} undocumented"


def _described(doc: str, description: str | None, what: str) -> None:
    words = _normal(description or "")[:60].rstrip('"')
    if words:
        assert words in _normal(doc), f"{what}: the spec's description is missing: {words!r}"


def _body_fields(op: Operation) -> set[str]:
    if op.jsonapi is not None:
        model = resolve_ref(op.jsonapi.attributes_model)
        return {f.name for f in attrs.fields(model)} - {"additional_properties"}
    return {keyword for keyword, _ in op.body_fields}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(("area", "op"), OPERATIONS, ids=[op.name for _, op in OPERATIONS])
def test_signature_and_docstring_list_every_parameter(area: str, op: Operation, kind: str) -> None:
    del area
    client = _clients()[kind == "async"]
    areas = AsyncAreas if kind == "async" else SyncAreas
    method = _method(areas, client, op)
    signature = inspect.signature(method)
    params = signature.parameters
    assert all(p.kind is not p.VAR_KEYWORD for p in params.values()), "no **kwargs"

    generated = set(inspect.signature(op.load()._get_kwargs).parameters)
    call = _call_of(method)
    passed = _dict_names(call.args[1])
    assert set(passed) == generated, f"{op.name}: passes {sorted(passed)}, not {generated}"
    assert set(passed.values()) <= set(params), f"{op.name}: {signature}"
    keywords = next((k.value for k in call.keywords if k.arg == "attributes"), None)
    fields = _body_fields(op)
    if fields:
        assert keywords is not None, f"{op.name} takes no keyword body fields"
        assert set(_dict_names(keywords)) == fields
        assert fields <= set(params)
    assert "request_options" in params

    _check_docstring(method, list(params))
    doc = inspect.getdoc(method) or ""
    assert f"``{op.method} {op.path}``" in doc
    spec_op = _spec()["paths"][op.path][op.method.lower()]
    for parameter in spec_op.get("parameters", []):
        _described(doc, parameter.get("description"), f"{op.name}({parameter['name']})")


@pytest.mark.parametrize(
    ("area", "op"),
    [(a, op) for a, op in OPERATIONS if op.pagination],
    ids=[op.name for _, op in OPERATIONS if op.pagination],
)
def test_iterators_document_their_parameters(area: str, op: Operation) -> None:
    del area
    client, async_client = _clients()
    name = op.name.rsplit(".", 1)[-1]
    for areas, owner in ((SyncAreas, client), (AsyncAreas, async_client)):
        items = _method(areas, owner, op, prefix="iter_")
        pages = getattr(items.__self__, f"iter_{name}_pages")
        for method in (items, pages):
            params = inspect.signature(method).parameters
            assert "page_size" in params and "request_options" in params
            _check_docstring(method, list(params))


def test_keyword_body_fields_carry_the_spec_descriptions() -> None:
    """``users.invite`` documents ``email`` with the spec's words; ``analytics.query`` its
    body fields."""
    client, _ = _clients()
    invite = inspect.getdoc(client.users.invite) or ""
    assert re.search(r"^email : str\n    Valid user email", invite, re.M), invite
    query = inspect.getdoc(client.analytics.query) or ""
    body = _spec()["components"]["schemas"]["AnalyticsQueryBody"]["properties"]
    for name in ("website_id", "columns", "date_from", "filters"):
        assert re.search(rf"^{name} : ", query, re.M), name
        _described(query, body[name].get("description"), f"analytics.query({name})")
    assert str(inspect.signature(client.users.get).parameters["user_id"].annotation) == (
        "str | UUID"
    )


@pytest.mark.parametrize(("area", "op"), OPERATIONS, ids=[op.name for _, op in OPERATIONS])
def test_ids_take_str_or_uuid(area: str, op: Operation) -> None:
    """Path ids, ``website_id``/``app_id`` and UUID parameters all take ``str | UUID``."""
    del area
    method = _method(SyncAreas, _clients()[0], op)
    for param in inspect.signature(method).parameters.values():
        kinds = str(param.annotation).split(" | ")
        path_id = param.kind is param.POSITIONAL_OR_KEYWORD and re.fullmatch(
            r"(\w+_)?id", param.name
        )
        id_like = path_id or param.name in ("website_id", "app_id") or "UUID" in kinds
        if id_like and ("str" in kinds or "UUID" in kinds):
            assert {"str", "UUID"} <= set(kinds), f"{op.name}({param.name}: {param.annotation})"
