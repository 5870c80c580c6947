"""Cassettes built from the documented examples, beside the recorded ones.

The recorded cassettes (``tests/cassettes/<area>/<name>.yaml``) hold what the facade sent
to the sandbox and what the sandbox answered, so a bug that both share (a facade that
builds a body wrongly and a sandbox that accepts it, a spec repair that both follow)
replays cleanly. These fixtures are independent evidence: for every operation whose
request body (when it takes one) and success answer Piwik PRO documents, an example
that passes the conformance check (``pipeline.corpus_check``) becomes the cassette's
request body and answer:

* the request is the documented body, which the facade's request must equal as parsed
  JSON (``scrub.MATCH_ON``); JSON:API bodies are built by the facade from keyword
  attributes (and the path id), the others from ``Body.from_dict(<documented body>)``;
* the answer is the documented body, with the operation's documented success status;
* the method, URL, headers and the token exchange are the recorded cassette's (the path
  id follows a documented ``data.id``).

The cassettes are written to a temporary directory at test time: the published
examples stay in ``../shared`` (no copy in the repository) and the replay harness
(``cassettes.replay.replay``) reads them like recorded ones, so the request is matched
JSON-aware and validated against the spec, and the answer must parse into the method's
declared model.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID

import attrs
import yaml

from cassettes.replay import _operation
from pipeline.corpus import Example, collect
from pipeline.corpus_check import Outcome, check
from recording.calls import Call, _signature_client, build_calls, cassette_path, load_spec
from shared_files import shared_path

__all__ = ["Fixture", "documented_errors", "documented_fixtures", "write_cassette"]

_TOKEN_PATH = "/auth/token"


@dataclass(frozen=True)
class Fixture:
    """One operation's call, with the documented request body and answer to replay."""

    call: Call
    request: Example | None  # None: the operation takes no body
    response: Example | None  # None: the recorded answer is kept (none is documented)
    status: int
    media_type: str
    via: str  # how the facade builds the body: "attributes", "body" or "none"

    @property
    def id(self) -> str:
        where = self.response or self.request
        return f"{self.call.name}[{where.source if where else ''}]"


@cache
def _outcomes() -> tuple[Outcome, ...]:
    examples = collect(shared_path("piwik-openapi"), shared_path("piwik-docs"))
    return tuple(check(examples, load_spec()))


def documented_fixtures() -> list[Fixture]:
    """A fixture for each documented success answer of each operation that has one
    (paired in turn with the operation's documented request bodies)."""
    spec = load_spec()
    requests: dict[str, list[Example]] = {}
    responses: dict[str, list[Example]] = {}
    for outcome in _outcomes():
        example = outcome.example
        if not outcome.passed or not _is_json(example.media_type):
            continue
        if example.kind == "request":
            requests.setdefault(outcome.operation, []).append(example)
        elif example.kind == "response" and str(example.status).startswith("2"):
            responses.setdefault(outcome.operation, []).append(example)
    found: list[Fixture] = []
    client = _signature_client()
    for call in build_calls(spec):
        answers = responses.get(call.name, [])
        bodies = requests.get(call.name, [])
        takes_body = "body" in call.kwargs
        if (takes_body and not bodies) or not (answers or bodies):
            continue
        operation = _operation(call.target(client), call.name)
        pairs: list[tuple[Example | None, Example | None]] = [
            (bodies[i % len(bodies)] if takes_body else None, answer)
            for i, answer in enumerate(answers)
        ] or [(body, None) for body in bodies]
        for request, answer in pairs:
            status, media_type = _success(spec, call, answer) if answer else (0, "")
            if status is None:
                continue
            built = _with_body(call, operation, request) if request else (call, "none")
            if built is None:
                continue
            fixture_call, via = built
            found.append(Fixture(fixture_call, request, answer, status, media_type, via))
    return found


def documented_errors() -> list[Fixture]:
    """A fixture for the first documented JSON error answer of each operation and status
    (4xx and 5xx; not 401, after which the facade fetches a new token and tries again),
    sent with the documented request body when the operation takes one and has one."""
    requests: dict[str, Example] = {}
    errors: dict[tuple[str, str], Example] = {}
    for outcome in _outcomes():
        example = outcome.example
        if not outcome.passed or not _is_json(example.media_type):
            continue
        if example.kind == "request":
            requests.setdefault(outcome.operation, example)
        elif example.kind == "response" and _error_status(str(example.status)):
            errors.setdefault((outcome.operation, str(example.status)), example)
    client = _signature_client()
    found: list[Fixture] = []
    for call in build_calls(load_spec()):
        operation = None
        for (name, status), answer in sorted(errors.items()):
            if name != call.name:
                continue
            operation = operation or _operation(call.target(client), call.name)
            request = requests.get(call.name) if "body" in call.kwargs else None
            built = _with_body(call, operation, request) if request else (call, "none")
            if built is None:
                built, request = (call, "recorded"), None
            media_type = answer.media_type or "application/json"
            found.append(Fixture(built[0], request, answer, int(status), media_type, built[1]))
    return found


def _error_status(status: str) -> bool:
    return status.isdigit() and status[0] in "45" and status != "401"


def _is_json(media_type: str) -> bool:
    """Guides give no media type (""); spec examples are JSON when their type says so."""
    return media_type == "" or "json" in media_type.rpartition("/")[2]


def _success(spec: dict[str, Any], call: Call, answer: Example) -> tuple[int | None, str]:
    """The status and media type to answer with: the example's, else the spec's first
    2xx JSON answer (guides say only that a call succeeded)."""
    responses = spec["paths"][call.template][call.method.lower()]["responses"]
    statuses = [answer.status] if answer.status in responses else sorted(responses)
    for status in statuses:
        if not str(status).startswith("2"):
            continue
        media = [m for m in (responses[status].get("content") or {}) if _is_json(m)]
        if answer.media_type in media:
            return int(status), answer.media_type
        if media:
            return int(status), media[0]
    return None, ""


def _with_body(call: Call, operation: Any, request: Example) -> tuple[Call, str] | None:
    """``call`` sending the documented body: from keyword attributes when the facade
    builds a JSON:API envelope, else as the generated body model."""
    value = request.value
    jsonapi = operation.jsonapi
    data = value.get("data") if isinstance(value, dict) else None
    if jsonapi is not None and isinstance(data, dict) and isinstance(data.get("attributes"), dict):
        attributed = _attributes_call(call, operation, data)
        if attributed is not None:
            return attributed, "attributes"
    body = call.kwargs.get("body")
    from_dict = getattr(type(body), "from_dict", None)
    if from_dict is None or not isinstance(value, dict):
        return None  # a list, a file or a form: the recorded cassette covers it
    kwargs = {**call.kwargs, "body": from_dict(copy.deepcopy(value))}
    return _with_path_id(replace(call, kwargs=kwargs), operation, data), "body"


def _attributes_call(call: Call, operation: Any, data: dict[str, Any]) -> Call | None:
    _, attributes_cls = operation.jsonapi.classes()
    model = attributes_cls.from_dict(copy.deepcopy(data["attributes"]))
    if getattr(model, "additional_properties", None):
        return None  # attributes no keyword argument takes
    names = [f.name for f in attrs.fields(attributes_cls) if f.name != "additional_properties"]
    values = {n: getattr(model, n) for n in names}
    values = {n: v for n, v in values.items() if type(v).__name__ != "Unset"}
    kwargs = {k: v for k, v in call.kwargs.items() if k != "body"}
    if set(values) & set(kwargs):
        return None  # an attribute named like a query parameter
    return _with_path_id(replace(call, kwargs={**kwargs, **values}), operation, data)


def _with_path_id(call: Call, operation: Any, data: Any) -> Call:
    """The call with the path id the documented body names (``data.id``), if any."""
    jsonapi = operation.jsonapi
    if jsonapi is None or jsonapi.id_param is None or not isinstance(data, dict):
        return call
    documented = data.get("id")
    positional = _positional_names(operation)
    if documented is None or jsonapi.id_param not in positional:
        return call
    index = positional.index(jsonapi.id_param)
    args = list(call.args)
    old = args[index]
    try:
        args[index] = UUID(str(documented)) if isinstance(old, UUID) else str(documented)
    except ValueError:
        return call
    return replace(call, args=tuple(args))


def _positional_names(operation: Any) -> list[str]:
    module = importlib.import_module(operation.module)
    return [
        name
        for name, param in inspect.signature(module._get_kwargs).parameters.items()
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]


def write_cassette(fixture: Fixture, root: Path) -> Path:
    """The recorded cassette of the fixture's operation with the documented request body
    and answer in place of the recorded ones; written where ``replay(call, root)`` reads."""
    recorded = yaml.safe_load(cassette_path(fixture.call.name).read_text())
    interactions = recorded["interactions"]
    api = [i for i in interactions if not i["request"]["uri"].endswith(_TOKEN_PATH)]
    if len(api) != 1:
        raise LookupError(f"{fixture.call.name}: {len(api)} recorded API requests, expected 1")
    exchange = copy.deepcopy(api[0])
    original = build_calls_by_name()[fixture.call.name]
    for old, new in zip(original.args, fixture.call.args, strict=True):
        if old != new:
            exchange["request"]["uri"] = exchange["request"]["uri"].replace(str(old), str(new))
    if fixture.request is not None:
        exchange["request"]["body"] = json.dumps(fixture.request.value)
    if fixture.response is not None:
        exchange["response"]["status"] = {"code": fixture.status, "message": ""}
        exchange["response"]["headers"] = {"content-type": [fixture.media_type]}
        exchange["response"]["body"] = {"string": json.dumps(fixture.response.value)}
    tokens = [i for i in interactions if i["request"]["uri"].endswith(_TOKEN_PATH)]
    recorded["interactions"] = [*tokens, exchange]
    path = cassette_path(fixture.call.name, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(recorded, sort_keys=False))
    return path


@cache
def build_calls_by_name() -> dict[str, Call]:
    return {call.name: call for call in build_calls(load_spec())}
