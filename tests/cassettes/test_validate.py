"""Validation: every recorded request and response matches the current repaired spec."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator, OAS30WriteValidator
from vcr.serializers import yamlserializer

from recording.calls import CASSETTES, cassette_path, load_spec

from .validate import CassetteValidator, _tolerated, load_interactions

RECORDED = sorted(path.stem for path in CASSETTES.glob("*/*.yaml"))


@pytest.fixture(scope="module")
def validator() -> CassetteValidator:
    """openapi-core validation against the spec the calls are built from."""
    return CassetteValidator(load_spec())


@pytest.mark.parametrize("name", RECORDED)
def test_cassette_matches_the_spec(name: str, validator: CassetteValidator) -> None:
    """Each recorded request and response of the operation validates against the spec."""
    problems = validator.problems(name, cassette_path(name))
    assert not problems, "\n".join(problems)


def _tampered(tmp_path: Path, name: str, change: str) -> Path:
    """A copy of a cassette with its API interaction changed in one way."""
    source = cassette_path(name)
    interactions = load_interactions(source)
    request, response = interactions[-1]["request"], interactions[-1]["response"]
    if change == "response":
        body = json.loads(response["body"]["string"])
        body["data"]["attributes"]["email"] = 42
        response["body"]["string"] = json.dumps(body)
    elif change == "path":
        request["uri"] = request["uri"].replace("/api/users/v2/", "/api/users/v3/")
    elif change == "query":
        request["uri"] = request["uri"].partition("?")[0]
    target = tmp_path / source.name
    target.write_text(yamlserializer.serialize({"interactions": interactions, "version": 1}))
    return target


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        ("users.get", "response", "response: "),
        ("users.get", "path", "does not match the operation's path"),
        ("analytics.goals.list", "query", "request: "),
    ],
)
def test_a_mismatch_names_the_operation(
    tmp_path: Path, validator: CassetteValidator, name: str, change: str, expected: str
) -> None:
    """A retyped field, a moved path or a missing required parameter is reported by name."""
    assert not validator.problems(name, cassette_path(name))
    problems = validator.problems(name, _tampered(tmp_path, name, change))
    assert problems and all(p.startswith(f"{name} [") for p in problems), problems
    assert any(expected in p for p in problems), problems


def test_an_unknown_operation_is_reported(tmp_path: Path, validator: CassetteValidator) -> None:
    """A cassette named after an operation the spec lacks is reported as orphaned."""
    copy = shutil.copy(cassette_path("users.get"), tmp_path / "users.gone.yaml")
    assert validator.problems("users.gone", Path(copy)) == [
        "users.gone: the spec has no operation of this name (orphaned cassette)"
    ]


AMBIGUOUS = {"oneOf": [{"type": "object"}, {"type": "object", "properties": {"a": {}}}]}
NESTED = {
    "oneOf": [
        {"type": "object", "required": ["b"], "properties": {"t": AMBIGUOUS}},
        {"type": "object", "properties": {"t": AMBIGUOUS}},
    ]
}
NO_BRANCH = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
READ_ONLY = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}}


@pytest.mark.parametrize(
    ("schema", "value", "request_side", "tolerated"),
    [
        (AMBIGUOUS, {"a": 1}, False, True),
        (NESTED, {"t": {}}, False, True),
        (NESTED, {"t": 5}, False, False),
        (NO_BRANCH, [1], False, False),
        (READ_ONLY, {"id": "x"}, True, True),
        (READ_ONLY, {"id": "x"}, False, False),
    ],
    ids=[
        "ambiguous",
        "nested-ambiguous",
        "nested-real",
        "no-branch",
        "readonly-request",
        "readonly-response",
    ],
)
def test_tolerances_are_narrow(
    schema: dict[str, Any], value: Any, request_side: bool, tolerated: bool
) -> None:
    """Only ambiguous oneOfs (also nested) and readOnly members of requests are tolerated."""
    validator_cls = OAS30WriteValidator if schema is READ_ONLY else OAS30Validator
    errors = list(validator_cls(schema).iter_errors(value))
    assert errors
    assert all(_tolerated(e, request=request_side) for e in errors) is tolerated
