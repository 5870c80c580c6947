"""Every schema rewrite of ``normalize.py``: registered, tested, still needed, reported."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline import cli, normalize
from pipeline.config import PipelineError
from pipeline.normalize import REWRITES, Rewrite
from pipeline.vocab import JSON, JSONAPI, NDJSON, X_LINE_SCHEMA

NAMES = [rewrite.name for rewrite in REWRITES]


def _response(schema: dict[str, Any], media: str = JSON) -> dict[str, Any]:
    """A document whose one operation answers ``schema`` as ``media``."""
    ok = {"description": "ok", "content": {media: {"schema": schema}}}
    return {"paths": {"/x": {"get": {"responses": {"200": ok}}}}}


def _request(schema: dict[str, Any]) -> dict[str, Any]:
    body = {"content": {JSONAPI: {"schema": schema}}}
    return {"paths": {"/x": {"post": {"requestBody": body, "responses": {}}}}}


def _media(doc: dict[str, Any]) -> Any:
    """The one media type object of the document (the request's, else the answer's)."""
    op = doc["paths"]["/x"]
    if "post" in op:
        return op["post"]["requestBody"]["content"][JSONAPI]
    return next(iter(op["get"]["responses"]["200"]["content"].values()))


def _schema(doc: dict[str, Any]) -> Any:
    return _media(doc)["schema"]


OBJ_A: dict[str, Any] = {"type": "object", "properties": {"attributes": {"type": "object"}}}
OBJ_B: dict[str, Any] = {
    "type": "object",
    "properties": {"attributes": {"type": "object", "properties": {"email": {"type": "string"}}}},
    "required": ["attributes"],
}
LINE = {"type": "object", "properties": {"a": {"type": "string"}}}

# rewrite name -> (document before, its media type object after, nodes changed)
SAMPLES: dict[str, tuple[dict[str, Any], Any, int]] = {
    "json_lines_body": (
        _response(LINE, NDJSON),
        {"schema": {"type": "string", "format": "binary"}, X_LINE_SCHEMA: LINE},
        1,
    ),
    "null_member": (
        _response(
            {
                "type": "object",
                "properties": {
                    "a": {"oneOf": [{"type": "string"}, {"type": "null"}]},
                    "b": {"anyOf": [{"type": "integer"}, {"enum": [None], "nullable": True}]},
                },
            }
        ),
        {
            "schema": {
                "type": "object",
                "properties": {
                    "a": {"type": "string", "nullable": True},
                    "b": {"type": "integer", "nullable": True},
                },
            }
        },
        2,
    ),
    "formatted_string_member": (
        _response({"oneOf": [{"type": "string"}, {"type": "string", "format": "date-time"}]}),
        {"schema": {"oneOf": [{"type": "string"}]}},
        1,
    ),
    "annotation_allof": (
        _response({"allOf": [{"type": "string", "format": "uuid"}, {"readOnly": True}]}),
        {"schema": {"type": "string", "format": "uuid", "readOnly": True}},
        1,
    ),
    "object_allof": (_response({"allOf": [OBJ_A, OBJ_B]}), {"schema": OBJ_B}, 1),
    "non_scalar_enum": (_response({"enum": [False]}), {"schema": {"type": "boolean"}}, 1),
    "untyped_array_items": (
        _response({"type": "array"}),
        {"schema": {"type": "array", "items": {}}},
        1,
    ),
    "read_only_required_in_request": (
        _request(
            {
                "type": "object",
                "properties": {"id": {"type": "string", "readOnly": True}, "name": {}},
                "required": ["id", "name"],
            }
        ),
        {
            "schema": {
                "type": "object",
                "properties": {"id": {"type": "string", "readOnly": True}, "name": {}},
                "required": ["name"],
            }
        },
        1,
    ),
}


def test_every_rewrite_is_registered_named_and_sampled() -> None:
    """Each rewrite is a function named as registered, says the form it rewrites, and has
    a sample below (a new rewrite needs one)."""
    assert len(set(NAMES)) == len(NAMES)
    for rewrite in REWRITES:
        assert rewrite.rewrite.__name__ == rewrite.name
        assert rewrite.form, f"{rewrite.name}: the function needs a docstring naming the form"
    assert set(SAMPLES) == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_rewrite(name: str) -> None:
    """The sample is rewritten, counted under this rewrite's name and no other."""
    before, after, changed = SAMPLES[name]
    doc = copy.deepcopy(before)
    counts = normalize.normalize(doc)
    assert _media(doc) == after
    assert counts == {n: (changed if n == name else 0) for n in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_rewrite_is_needed(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the rewrite its sample is not rewritten: these tests fail if one is removed."""
    before, after, _ = SAMPLES[name]
    doc = copy.deepcopy(before)
    monkeypatch.setattr(normalize, "REWRITES", tuple(r for r in REWRITES if r.name != name))
    normalize.normalize(doc)
    assert _media(doc) != after


OBJ_C: dict[str, Any] = {"type": "object", "properties": {"name": {"type": "string"}}}
NESTED = _response({"allOf": [{"allOf": [OBJ_A, OBJ_B]}, OBJ_C]})


def test_allof_rewrites_repeat_until_nothing_changes() -> None:
    """The inner allOf becomes an object only after the walk passed the outer one: the
    allOf rewrites run again, and the outer one is merged on the second pass."""
    doc = copy.deepcopy(NESTED)
    counts = normalize.normalize(doc)
    properties = {**OBJ_B["properties"], **OBJ_C["properties"]}
    assert _schema(doc) == {**OBJ_B, "properties": properties}
    assert counts["object_allof"] == 2 and counts["annotation_allof"] == 0


def test_allof_rewrites_need_the_second_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    once = tuple(Rewrite(r.name, r.rewrite, r.whole_document) for r in REWRITES)
    monkeypatch.setattr(normalize, "REWRITES", once)
    doc = copy.deepcopy(NESTED)
    normalize.normalize(doc)
    assert "allOf" in _schema(doc)


def test_rewrites_that_never_settle_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rewrites undoing each other stop the run with their names, not loop forever."""

    def flip(node: dict[str, Any]) -> int:
        """Always changes something."""
        return 1

    endless = (Rewrite("flip", flip, until_stable=True), Rewrite("flop", flip, until_stable=True))
    monkeypatch.setattr(normalize, "REWRITES", endless)
    with pytest.raises(PipelineError, match=r"flip, flop still change the document after 10"):
        normalize.normalize(copy.deepcopy(NESTED))


def test_every_rewrite_finds_its_form_in_the_published_specs(
    built: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    """A rewrite that changes nothing in this release may no longer be needed: remove it
    (or, if the generator still needs it for a form to come, say so here)."""
    _, report = built
    assert set(report["rewrites"]) == set(NAMES)
    unused = [name for name, n in report["rewrites"].items() if n == 0]
    assert unused == [], f"rewrites finding nothing upstream: {unused}"


def test_regen_prints_every_rewrite_count(
    built: tuple[dict[str, Any], dict[str, Any]],
    upstream: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What `make regen` prints is the count each rewrite returned, for every rewrite."""
    assert cli.main(["--from", str(upstream), "--out", str(tmp_path), "--specs-only"]) == 0
    printed = re.findall(r"^rewrite (\w+): (\d+)", capsys.readouterr().out, re.MULTILINE)
    _, report = built
    assert [name for name, _ in printed] == NAMES
    assert {name: int(n) for name, n in printed} == report["rewrites"]


def test_a_rewrite_finding_nothing_is_reported() -> None:
    assert normalize.format_report({"a": 2, "b": 0}) == [
        "rewrite a: 2",
        "rewrite b: 0 (no such form in this release; still needed?)",
    ]
