"""Checks each corpus example against the repaired spec and the generated models.

An example passes when its operation is in the spec, its value validates against the
operation's schema (OpenAPI 3.0 rules, openapi-schema-validator) and the generated
model gives it back: ``from_dict`` then ``to_dict`` reproduces it exactly.
"""

from __future__ import annotations

import importlib
import json
import re
import tomllib
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus import Example
from .vocab import JSON, X_FRIENDLY_NAME

__all__ = ["Disagreement", "Outcome", "check", "explain", "load_disagreements", "summary"]


@dataclass(frozen=True)
class Outcome:
    """What became of one example; ``problem`` is empty when it passed."""

    example: Example
    operation: str  # the friendly name, "" when no operation matches
    stage: str  # "passed", "not a body", "no operation", "validate" or "round-trip"
    problem: str = ""

    @property
    def passed(self) -> bool:
        return self.stage == "passed"


def check(examples: Iterable[Example], spec: dict[str, Any]) -> list[Outcome]:
    """The outcome of every example (distinct ones: each published value once)."""
    checker = _Checker(spec)
    seen: dict[str, Outcome] = {}
    for example in examples:
        if example.fingerprint not in seen:
            seen[example.fingerprint] = checker.outcome(example)
    return list(seen.values())


def summary(outcomes: list[Outcome], found: int) -> str:
    """The corpus figure, as ``make coverage`` prints it."""
    bodies = [o for o in outcomes if o.stage != "not a body"]
    elsewhere = sum(1 for o in outcomes if o.example.kind == "missing")
    matched = [o for o in bodies if o.stage != "no operation"]
    valid = [o for o in matched if o.stage != "validate"]
    passed = [o for o in bodies if o.passed]
    return (
        f"corpus: {found} examples found, {len(outcomes)} distinct: {len(bodies)} bodies, "
        f"{elsewhere} kept in files the sources leave out, "
        f"{len(outcomes) - len(bodies) - elsewhere} fragments; of the bodies "
        f"{len(matched)} name an operation, {len(valid)} validate, {len(passed)} round-trip"
    )


@dataclass(frozen=True)
class Disagreement:
    """A listed disagreement: examples whose source starts with ``match``, and why."""

    match: str
    reason: str


def load_disagreements(path: Path) -> list[Disagreement]:
    """The entries of ``specs/corpus.toml``."""
    entries = tomllib.loads(path.read_text()).get("disagreement", [])
    return [Disagreement(e["match"], " ".join(e["reason"].split())) for e in entries]


def explain(
    outcomes: list[Outcome], listed: list[Disagreement]
) -> tuple[dict[str, list[Outcome]], list[Outcome], list[Disagreement]]:
    """Disagreements by listed reason, the unlisted ones, and the entries matching none."""
    explained: dict[str, list[Outcome]] = {}
    unlisted: list[Outcome] = []
    for outcome in outcomes:
        if outcome.stage in ("passed", "not a body"):
            continue
        entry = next((d for d in listed if outcome.example.source.startswith(d.match)), None)
        if entry is None:
            unlisted.append(outcome)
        else:
            explained.setdefault(entry.match, []).append(outcome)
    stale = [d for d in listed if d.match not in explained]
    return explained, unlisted, stale


class _Checker:
    def __init__(self, spec: dict[str, Any]) -> None:
        from openapi_schema_validator import OAS30Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4

        self.spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT4)
        self.registry = Registry().with_resource("urn:spec", resource)
        self.validator_class = OAS30Validator
        self.templates = [
            (re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(p)) + "/?$"), p)
            for p in spec.get("paths", {})
        ]

    def outcome(self, example: Example) -> Outcome:
        if example.kind == "missing":
            why = f"the example is kept in {example.value.file}, not in the published sources"
            return Outcome(example, "", "not a body", why)
        if example.kind not in ("request", "response"):
            return Outcome(example, "", "not a body", "a fragment of a body, not a whole one")
        template = self._template(example.path)
        op = self.spec["paths"].get(template, {}).get(example.method.lower()) if template else None
        if op is None:
            return Outcome(example, "", "no operation", "no operation of the spec has this path")
        name = op.get(X_FRIENDLY_NAME, op.get("operationId", ""))
        pointer, media, status = self._media(template or "", example, op)
        if pointer is None:
            return Outcome(example, name, "no operation", f"the operation documents no {media}")
        errors = self._errors(pointer, example.value)
        if errors:
            return Outcome(example, name, "validate", errors)
        problem = self._round_trip(op, example, status, media)
        return Outcome(example, name, "round-trip" if problem else "passed", problem)

    def _template(self, path: str) -> str | None:
        if path in self.spec.get("paths", {}):
            return path
        found = [t for pattern, t in self.templates if pattern.match(path)]
        return min(found, key=lambda t: t.count("{")) if found else None

    def _media(
        self, template: str, example: Example, op: dict[str, Any]
    ) -> tuple[str | None, str, str]:
        """JSON pointer of the schema, the media type and the status the example is for."""
        escaped = template.replace("~", "~0").replace("/", "~1")
        base = f"/paths/{escaped}/{example.method.lower()}"
        if example.kind == "request":
            content = (op.get("requestBody") or {}).get("content") or {}
            where, status = f"{base}/requestBody/content", ""
        else:
            responses = op.get("responses") or {}
            status = example.status or ""
            if status not in responses:  # "2xx" from a guide, or 200 written as 201
                status = next((s for s in responses if str(s).startswith("2") and
                               responses[s].get("content")), status)  # fmt: skip
            content = (responses.get(status) or {}).get("content") or {}
            where = f"{base}/responses/{status}/content"
        media = example.media_type if example.media_type in content else next(iter(content), "")
        if not media or "schema" not in content.get(media, {}):
            return None, f"{example.kind} body" + (f" for {status}" if status else ""), status
        return f"{where}/{media.replace('/', '~1')}/schema", media, status

    def _errors(self, pointer: str, value: Any) -> str:
        from openapi_schema_validator import OAS30Validator

        schema = {"$ref": f"urn:spec#{pointer}"}
        validator = OAS30Validator(schema, registry=self.registry,
                                   format_checker=OAS30Validator.FORMAT_CHECKER)  # fmt: skip
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        return "; ".join(f"at /{'/'.join(map(str, e.absolute_path))}: {_message(e)}"
                         for e in errors[:3])  # fmt: skip

    def _round_trip(self, op: dict[str, Any], example: Example, status: str, media: str) -> str:
        module = importlib.import_module(f"piwik_pro_api.api.{op['tags'][0]}.{op['operationId']}")
        try:
            if example.kind == "request":
                parsed = _body_class(module).from_dict(example.value)
            else:
                parsed = _parse(module, status, media, example.value)
            back = _to_json(parsed)
        except Exception as exc:  # any failure to build the model is the finding
            return f"{type(exc).__name__}: {exc}"[:300]
        return _difference(back, example.value)


def _message(error: Any) -> str:
    """The validator's message without the (long) value it quotes; oneOf says which members."""
    text = re.sub(r"^[\[{].*[\]}] is ", "the value is ", str(error.message), flags=re.S)
    if error.validator == "oneOf" and error.context:
        members = sorted({str(e.relative_schema_path[0]) for e in error.context})
        text += f" (members failing: {len(members)} of {len(error.validator_value)})"
    return text[:240]


def _body_class(module: Any) -> Any:
    models = importlib.import_module("piwik_pro_api.models")  # what the annotations name
    hint = typing.get_type_hints(module._get_kwargs, localns=models.NAMES).get("body")
    for member in typing.get_args(hint) or (hint,):
        if hasattr(member, "from_dict"):
            return member
    raise TypeError(f"no body model for {module.__name__}")


def _parse(module: Any, status: str, media: str, value: Any) -> Any:
    import httpx

    from piwik_pro_api.client import Client

    text = isinstance(value, str) and "json" not in media  # a text/plain body: as written
    content = value.encode() if text else json.dumps(value).encode()
    response = httpx.Response(int(status), content=content,
                              headers={"content-type": media or JSON})  # fmt: skip
    return module._parse_response(client=Client(base_url="http://corpus"), response=response)


def _to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return json.loads(json.dumps(value, default=str))


def _difference(got: Any, want: Any, path: str = "") -> str:
    """The first place where ``got`` differs from ``want`` ("" when equal)."""
    if isinstance(got, dict) and isinstance(want, dict):
        for key in [*want, *(k for k in got if k not in want)]:
            if key not in got:
                return f"at {path}/{key}: dropped"
            if key not in want:
                return f"at {path}/{key}: added {json.dumps(got[key], default=str)[:60]}"
            found = _difference(got[key], want[key], f"{path}/{key}")
            if found:
                return found
        return ""
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        for index, (a, b) in enumerate(zip(got, want, strict=True)):
            found = _difference(a, b, f"{path}/{index}")
            if found:
                return found
        return ""
    if got != want or type(got) is not type(want):
        return f"at {path or '/'}: {json.dumps(want, default=str)[:60]} came back as " \
               f"{json.dumps(got, default=str)[:60]}"  # fmt: skip
    return ""
