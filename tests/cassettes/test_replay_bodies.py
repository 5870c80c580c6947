"""Replay compares request bodies and validates what the facade sends against the spec.

The recorded calls pass ready body models; these tests also make every JSON:API call
the way users do, with keyword attributes, so that the envelope the facade builds
(``data.type``, ``data.id``, ``data.attributes``) is what gets matched. The expected
body is the recorded one (the documented example) with ``data.id`` set by the JSON:API
rule for updates: the id of the resource in the URL (or the singleton's fixed id);
creates and the ``/me`` resources carry none.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
from pathlib import Path
from uuid import uuid4

import attrs
import httpx
import pytest
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request
from vcr.serializers import yamlserializer

from piwik_pro import PiwikPro
from piwik_pro._operation import JsonApiBody
from piwik_pro_api.types import UNSET
from recording.calls import REPLAY_HOST, Call, build_calls
from recording.scrub import BOUNDARY, Scrubber, comparable_body, same_body

from .replay import _operation, replay, request_problems
from .validate import load_interactions

CALLS = build_calls()
_CLIENT = PiwikPro(REPLAY_HOST, "id", "secret")


def _jsonapi(call: Call) -> JsonApiBody | None:
    return _operation(call.target(_CLIENT), call.name).jsonapi


JSONAPI = [c for c in CALLS if _jsonapi(c) is not None and "body" in c.kwargs]


def attribute_call(call: Call) -> Call:
    """``call`` with its body model replaced by the body's attributes as keywords."""
    attributes = call.kwargs["body"].data.attributes
    keywords = {
        f.name: getattr(attributes, f.name)
        for f in attrs.fields(type(attributes))
        if f.name != "additional_properties" and getattr(attributes, f.name) is not UNSET
    }
    rest = {k: v for k, v in call.kwargs.items() if k != "body"}
    return dataclasses.replace(call, kwargs={**rest, **keywords})


def expected_id(call: Call) -> str | None:
    """The ``data.id`` an update's envelope must carry: the URL's resource id."""
    jsonapi = _jsonapi(call)
    assert jsonapi is not None
    if jsonapi.id_value is not None:
        return jsonapi.id_value
    if jsonapi.id_param is None:
        return None
    bound = inspect.signature(call.target(_CLIENT)).bind_partial(*call.args)
    return str(bound.arguments[jsonapi.id_param])


def _with_id(cassette: Path, target: Path, data_id: str | None) -> Path:
    """A copy of ``cassette`` whose API request body has ``data.id`` = ``data_id``."""
    interactions = load_interactions(cassette)
    request = interactions[-1]["request"]
    body = json.loads(request["body"])
    body["data"].pop("id", None)
    if data_id is not None:
        body["data"]["id"] = data_id
    request["body"] = json.dumps(body)
    target.mkdir(parents=True, exist_ok=True)
    path = target / cassette.name
    path.write_text(yamlserializer.serialize({"interactions": interactions, "version": 1}))
    return path


@pytest.mark.parametrize("call", JSONAPI, ids=[c.name for c in JSONAPI])
def test_operation_replays_from_attributes(call: Call, tmp_path: Path, no_network: None) -> None:
    """Keyword attributes build the documented body, with the URL's id as ``data.id``."""
    area = call.name.split(".")[0]
    _with_id(call.cassette, tmp_path / area, expected_id(call))
    replay(attribute_call(call), root=tmp_path)


def test_the_jsonapi_calls_are_all_there() -> None:
    """Every JSON:API operation with a body is replayed from keyword attributes."""
    assert len(JSONAPI) == 26
    assert sum(expected_id(c) is not None for c in JSONAPI) == 11


def test_a_body_the_cassette_lacks_is_not_answered(no_network: None) -> None:
    """Replay fails when only the body differs from the recorded request (``data.id``)."""
    call = next(c for c in CALLS if c.name == "users.update")
    body = call.kwargs["body"]
    changed = attrs.evolve(body, data=attrs.evolve(body.data, id=uuid4()))
    with pytest.raises(CannotOverwriteExistingCassetteException, match="same_body"):
        replay(dataclasses.replace(call, kwargs={**call.kwargs, "body": changed}))


def _request(body: bytes, content_type: str) -> Request:
    return Request("POST", "https://example.piwik.pro/x", body, {"Content-Type": content_type})


@pytest.mark.parametrize(
    ("first", "second", "content_type", "equal"),
    [
        (b'{"a":1,"b":[1,2]}', b'{ "b": [1, 2], "a": 1 }', "application/vnd.api+json", True),
        (b'{"a":1}', b'{"a":"1"}', "application/json", False),
        (b'{"a":[1,2]}', b'{"a":[2,1]}', "application/json", False),
        (b"x=1&y=2", b"y=2&x=1", "application/x-www-form-urlencoded", True),
        (b"x=1&y=2", b"y=2&x=3", "application/x-www-form-urlencoded", False),
        (b"raw", b"raw", "application/octet-stream", True),
        (b"raw", b"Raw", "application/octet-stream", False),
        (b"", b"", "application/json", True),
        (b"", b"{}", "application/json", False),
    ],
)
def test_bodies_compare_as_their_media_type(
    first: bytes, second: bytes, content_type: str, equal: bool
) -> None:
    """JSON compares parsed, forms as sorted pairs, anything else byte for byte."""
    one, two = _request(first, content_type), _request(second, content_type)
    assert (comparable_body(one) == comparable_body(two)) is equal
    if not equal:
        with pytest.raises(AssertionError, match="request bodies differ"):
            same_body(one, two)


def test_multipart_boundaries_do_not_matter() -> None:
    """Two multipart bodies that differ only by their boundary are equal; contents count."""

    def multipart(boundary: str, content: str) -> Request:
        body = f"--{boundary}\r\nContent-Disposition: form-data; name=f\r\n\r\n{content}\r\n"
        return _request(body.encode(), f"multipart/form-data; boundary={boundary}")

    assert comparable_body(multipart("abc123", "x")) == comparable_body(multipart(BOUNDARY, "x"))
    assert comparable_body(multipart("abc123", "x")) != comparable_body(multipart(BOUNDARY, "y"))


def test_a_sent_request_the_spec_forbids_is_reported() -> None:
    """The replay's request check names a body member of the wrong type."""
    body = {"data": {"id": str(uuid4()), "type": "ppms/user", "attributes": {"role": 42}}}
    url = f"https://example.piwik.pro/api/users/v2/{body['data']['id']}"
    headers = {"Authorization": "Bearer x", "Content-Type": "application/vnd.api+json"}
    request = httpx.Request("PATCH", url, json=body, headers=headers)
    problems = request_problems("users.update", request)
    assert any("attributes/role" in p for p in problems), problems
    request = httpx.Request("PATCH", url, json=body | {"data": {**body["data"], "attributes": {}}})
    assert any("Security" in p for p in request_problems("users.update", request))


def test_replay_validates_what_it_sends(tmp_path: Path, no_network: None) -> None:
    """A request that matches its cassette but breaks the spec fails replay."""
    call = next(c for c in JSONAPI if c.name == "users.update")
    bad = dataclasses.replace(attribute_call(call), kwargs={"language": 42})
    cassette = _with_id(call.cassette, tmp_path / "users", expected_id(call))
    interactions = load_interactions(cassette)
    request = interactions[-1]["request"]
    body = json.loads(request["body"])
    body["data"]["attributes"] = {"language": 42}
    request["body"] = json.dumps(body)
    cassette.write_text(yamlserializer.serialize({"interactions": interactions, "version": 1}))
    with pytest.raises(AssertionError, match="attributes/language"):
        replay(bad, root=tmp_path)


def test_the_live_request_is_scrubbed_before_matching() -> None:
    """An account host in a live body is matched as the recorded ``example.piwik.pro``."""

    def live() -> Request:
        return _request(b'{"url":"https://acme.piwik.pro/x"}', "application/json")

    recorded = _request(b'{"url":"https://example.piwik.pro/x"}', "application/json")
    same_body(Scrubber([]).request(live()), recorded)
    with pytest.raises(AssertionError):
        same_body(live(), recorded)
