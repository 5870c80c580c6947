"""A newer service's additions parse: unknown enum values and unknown fields, kept.

For every operation with a JSON success body, a body built from the repaired spec gets
an unknown value in every enum field and an unknown field in every object; a stub on
127.0.0.1 answers it, and the facade's parsed result gives back exactly that body from
``to_dict()``. In strict mode the same body is an ``APIResponseValidationError``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from piwik_pro import APIResponseValidationError, PiwikPro, strict_models
from piwik_pro.testing._refs import resolve
from piwik_pro.testing._samples import SampleGenerator
from recording.calls import Operation, build_call, load_spec, operations

from .stub import Stub

UNKNOWN_TEXT = "x-value-added-later"
UNKNOWN_NUMBER = 987654
UNKNOWN_FIELD = "x_field_added_later"


class Additions:
    """Puts the service's future additions into a value, guided by its schema."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.enums = 0
        self.objects = 0
        self.declared = 0  # objects among them that declare properties

    def add(self, schema: Any, value: Any, depth: int = 0) -> Any:
        schema = resolve(self.spec, schema) or {}
        if depth > 30 or not isinstance(schema, dict):
            return value
        if schema.get("enum") and value in schema["enum"] and value is not None:
            self.enums += 1
            return UNKNOWN_TEXT if isinstance(value, str) else UNKNOWN_NUMBER
        for key in ("oneOf", "anyOf"):
            members = [resolve(self.spec, m) for m in schema.get(key) or ()]
            fitting = [m for m in members if _fits(m, value)]
            if fitting:
                return self.add(fitting[0], value, depth + 1)
        if isinstance(value, list):
            return [self.add(schema.get("items", {}), item, depth + 1) for item in value]
        if isinstance(value, dict) and _is_object(schema):
            props = schema.get("properties") or {}
            out = {k: self.add(props.get(k, {}), v, depth + 1) for k, v in value.items()}
            if schema.get("additionalProperties") in (None, True, False, {}):
                out[UNKNOWN_FIELD] = "kept"
                self.objects += 1
                self.declared += bool(props)
            return out
        return value


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def _fits(member: Any, value: Any) -> bool:
    """Whether ``value`` has the shape of ``member`` (type, and required keys of objects)."""
    if not isinstance(member, dict):
        return False
    kind = member.get("type") or ("object" if "properties" in member else None)
    types = {"object": dict, "array": list, "string": str, "boolean": bool}
    if kind in types and not isinstance(value, types[kind]):
        return False
    if isinstance(value, dict):
        props = member.get("properties") or {}
        enums_fit = all(
            v in (resolve({}, props[k]) or {}).get("enum", [v])
            for k, v in value.items()
            if k in props
        )
        return set(member.get("required") or ()) <= set(value) and enums_fit
    return True


def json_success(spec: dict[str, Any], op: Operation) -> tuple[str, dict[str, Any]] | None:
    """(status, schema) of the operation's first 2xx response with a JSON body."""
    for status, response in sorted(op.raw.get("responses", {}).items()):
        response = resolve(spec, response) or {}
        if not str(status).startswith("2"):
            continue
        for media, content in (response.get("content") or {}).items():
            if "json" in media and "ndjson" not in media and "schema" in content:
                return str(status), content["schema"]
    return None


SPEC = load_spec()


def with_additions(op: Operation) -> tuple[int, Any, Additions]:
    """The success status, a body with the additions, and what was added."""
    status, schema = json_success(SPEC, op) or ("200", {})
    plain = json.loads(json.dumps(SampleGenerator(SPEC).generate(schema)))
    additions = Additions(SPEC)
    body = additions.add(schema, copy.deepcopy(plain))
    return int(status), body, additions


JSON_BODIES = [op for op in operations(SPEC) if json_success(SPEC, op)]
# Bodies without any object or enum (a list of ids, a count) have nothing to add to.
CASES = [op for op in JSON_BODIES if with_additions(op)[2].objects + with_additions(op)[2].enums]
STRICT_CASES = [op for op in CASES if with_additions(op)[2].declared + with_additions(op)[2].enums]


def _to_json(result: Any) -> Any:
    if isinstance(result, list):
        return [_to_json(item) for item in result]
    if hasattr(result, "to_dict"):
        return result.to_dict()
    return json.loads(json.dumps(result, default=str))  # a raw value, or a list of ids


@pytest.mark.parametrize("op", CASES, ids=[op.name for op in CASES])
def test_additions_parse_and_survive(client: PiwikPro, stub: Stub, op: Operation) -> None:
    """Unknown enum values and fields in a success body are kept through to_dict()."""
    status, body, _ = with_additions(op)
    stub.default = (status, body, "application/json")
    result = build_call(SPEC, op).invoke(client)
    assert _to_json(result) == body


def test_the_cases_cover_the_operations() -> None:
    """Nearly every JSON success body gets additions, and most hold enum fields."""
    with_enums = [op for op in CASES if with_additions(op)[2].enums]
    assert len(CASES) >= len(JSON_BODIES) - 5, sorted({o.name for o in JSON_BODIES} - set(
        o.name for o in CASES))  # fmt: skip
    assert len(with_enums) >= 60, f"only {len(with_enums)} operations with enum fields"


@pytest.mark.parametrize("op", STRICT_CASES, ids=[op.name for op in STRICT_CASES])
def test_strict_mode_rejects_additions(client: PiwikPro, stub: Stub, op: Operation) -> None:
    """In strict mode the same body is a validation error."""
    status, body, _ = with_additions(op)
    stub.default = (status, body, "application/json")
    call = build_call(SPEC, op)
    with strict_models(), pytest.raises(APIResponseValidationError):
        call.invoke(client)
