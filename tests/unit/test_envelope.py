"""Operations: lazy loading and the JSON:API envelope built from keyword attributes."""

from __future__ import annotations

import importlib
import json

import httpx
import pytest

from piwik_pro._operation import JsonApiBody, Operation, resolve_ref
from piwik_pro_api.types import UNSET

from .fakeapi import CREATE, GET, SEARCH, UPDATE, FakeServer, sync_client, thing
from .fakeapi.models import Thing, ThingAttributes, ThingBody, ThingBodyData


def _sent_json(server: FakeServer) -> object:
    return json.loads(server.requests[-1].content)


def test_post_envelope_has_type_and_attributes() -> None:
    """A POST gets {"data": {"type", "attributes"}} with UNSET attributes dropped."""
    server = FakeServer(httpx.Response(201, json=thing(1)))
    client, _ = sync_client(server)
    client._call(CREATE, {}, attributes={"name": "box", "color": UNSET})
    assert _sent_json(server) == {"data": {"type": "thing", "attributes": {"name": "box"}}}
    assert server.requests[-1].headers["Content-Type"] == "application/vnd.api+json"


def test_patch_envelope_takes_id_from_path_parameter() -> None:
    """A PATCH puts the path id into data.id."""
    server = FakeServer(httpx.Response(204))
    client, _ = sync_client(server)
    client._call(UPDATE, {"thing_id": 42}, attributes={"name": "n", "color": "red"})
    sent = {"data": {"type": "thing", "id": "42", "attributes": {"name": "n", "color": "red"}}}
    assert _sent_json(server) == sent
    assert server.paths == ["/things/42"]


def test_ready_body_is_sent_as_is() -> None:
    """A ready body model is used when no attribute is given."""
    server = FakeServer(httpx.Response(204))
    client, _ = sync_client(server)
    body = ThingBody(ThingBodyData(ThingAttributes("own"), type="custom"))
    client._call(UPDATE, {"thing_id": "a", "body": body}, attributes={"name": UNSET})
    assert _sent_json(server) == {"data": {"type": "custom", "attributes": {"name": "own"}}}


def test_body_and_attributes_together_is_a_type_error() -> None:
    """Passing both a body and attributes raises TypeError naming the operation."""
    body = ThingBody(ThingBodyData(ThingAttributes("own")))
    with pytest.raises(TypeError, match=r"things\.update.*name"):
        UPDATE.with_attributes({"thing_id": "a", "body": body}, {"name": "x"})


def test_missing_required_attribute_names_the_operation() -> None:
    """A required attribute left out raises TypeError naming the operation."""
    with pytest.raises(TypeError, match=r"things\.create"):
        CREATE.with_attributes({}, {"color": "red"})


def test_missing_id_parameter_is_a_type_error() -> None:
    """A PATCH envelope without its id parameter raises TypeError."""
    with pytest.raises(TypeError, match="thing_id"):
        UPDATE.with_attributes({}, {"name": "x"})


def test_envelope_without_resource_type_omits_type() -> None:
    """resource_type None leaves data.type out."""
    spec = JsonApiBody(CREATE.jsonapi.body_model, CREATE.jsonapi.attributes_model, None)  # type: ignore[union-attr]
    body = spec.build({}, {"name": "n"}, "op")
    assert body.to_dict() == {"data": {"attributes": {"name": "n"}}}


def test_attributes_on_a_plain_operation_is_a_type_error() -> None:
    """Attributes for an operation without a JSON:API body raise TypeError."""
    with pytest.raises(TypeError, match=r"things\.get"):
        GET.with_attributes({"thing_id": "a"}, {"name": "x"})


def test_original_params_are_not_mutated() -> None:
    """Building the envelope leaves the caller's params dict untouched."""
    params: dict[str, object] = {"thing_id": "a"}
    assert "body" in UPDATE.with_attributes(params, {"name": "x"})
    assert params == {"thing_id": "a"}


def test_operation_loads_and_caches_module() -> None:
    """load() imports the endpoint module once; success names resolve to classes."""
    op = Operation("x", GET.module, "GET", "/x", success=("Thing", "list", "None"))
    assert op.load() is op.load()
    assert op.success_types() == (Thing, list, type(None))
    assert op == Operation("x", GET.module, "GET", "/x", success=("Thing", "list", "None"))


def test_generated_code_is_imported_once_per_operation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two calls of one operation import its module once and resolve its classes once."""
    imported: list[str] = []
    real = importlib.import_module

    def counting(name: str) -> object:
        imported.append(name)
        return real(name)

    monkeypatch.setattr(importlib, "import_module", counting)
    op = Operation("x", GET.module, "GET", "/things/{thing_id}", success=("Thing",))
    models = Thing.__module__
    body = JsonApiBody(f"{models}:ThingBody", f"{models}:ThingAttributes", "thing")
    server = FakeServer(httpx.Response(200, json=thing(1)), httpx.Response(200, json=thing(2)))
    client, _ = sync_client(server)
    assert [client._call(op, {"thing_id": n}).id for n in ("a", "b")] == ["t1", "t2"]
    assert body.classes() is body.classes()
    assert imported.count(GET.module) == 1
    assert imported.count(models) == 2  # the body model and the attributes model, once each


def test_accepts_is_isinstance_over_the_success_classes() -> None:
    """accepts() takes instances (subclasses too) of the named classes, and None if named."""

    class Special(Thing):
        pass

    op = Operation("x", GET.module, "GET", "/x", success=("Thing", "list", "None"))
    thing_model = Thing.from_dict(thing(1))
    accepted = [thing_model, Special.from_dict(thing(2)), [1], None]
    assert [op.accepts(value) for value in accepted] == [True, True, True, True]
    assert [op.accepts(value) for value in ("text", {"a": 1}, 3)] == [False, False, False]
    assert not Operation("x", GET.module, "GET", "/x", success=("Thing",)).accepts(None)


def test_success_names_resolve_from_the_models_package() -> None:
    """A model the endpoint module names for type checkers only resolves from its package."""
    op = Operation("x", "piwik_pro_api.api.users.users_get", "GET", "/x", success=("ErrorObject",))
    assert not hasattr(op.load(), "ErrorObject")
    from piwik_pro_api.models.error_object import ErrorObject

    assert op.success_types() == (ErrorObject,)


def test_unknown_success_name_is_reported() -> None:
    """A success name found nowhere raises LookupError naming it."""
    op = Operation("x", GET.module, "GET", "/x", success=("Nope",))
    with pytest.raises(LookupError, match="Nope"):
        op.success_types()


def test_resolve_ref_needs_module_and_name() -> None:
    """Class references must look like 'module:Name'."""
    assert resolve_ref(f"{SEARCH.module}:ThingPage").__name__ == "ThingPage"
    with pytest.raises(ValueError, match=r"module\.path:ClassName"):
        resolve_ref("no_colon_here")


def test_resolve_ref_splits_at_the_first_colon() -> None:
    """``module:Name`` is split at the first colon; a name with a colon is not found."""
    with pytest.raises(AttributeError):
        resolve_ref(f"{SEARCH.module}:ThingPage:extra")
    for ref in (":ThingPage", f"{SEARCH.module}:"):
        with pytest.raises(ValueError, match=r"module\.path:ClassName"):
            resolve_ref(ref)


def test_a_singleton_envelope_carries_its_fixed_id() -> None:
    """A resource with a fixed id (``global``) gets it as ``data.id``, whatever the params."""
    models = Thing.__module__
    body = JsonApiBody(f"{models}:ThingBody", f"{models}:ThingAttributes", "t", id_value="global")
    built = body.build({}, {"name": "n"}, "things.global")
    assert built.to_dict()["data"]["id"] == "global"


def test_body_errors_name_the_operation_and_the_attributes() -> None:
    """Attributes that make no valid body, or come with a ready body, are named."""
    models = Thing.__module__
    body = JsonApiBody(f"{models}:ThingBody", f"{models}:ThingAttributes", "t", id_param="t_id")
    with pytest.raises(TypeError) as caught:
        body.build({}, {"name": "n"}, "things.update")
    assert str(caught.value) == (
        "things.update: the attributes do not make a valid body: "
        "TypeError(\"things.update: missing the id argument 't_id'\")"
    )
    with pytest.raises(TypeError, match=r"\(color, name\), not both"):
        CREATE.with_attributes({"body": object()}, {"name": "n", "color": "red"})
