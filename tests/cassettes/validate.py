"""Validating recorded requests and responses against the current repaired spec.

Every interaction of a cassette except the token exchange (``POST /auth/token``, which
is not part of the published specs) is checked with openapi-core against the
operation the cassette is named after: the request's method and path must be the
operation's, its path, query and header parameters, security and body must validate,
and so must the response's status, headers and body.

The spec is the committed ``src/piwik_pro/openapi.json`` (or ``$PIWIK_PRO_CASSETTE_SPEC``, which
the drift test points at a regenerated one). Like the sandbox, the check tolerates some
upstream spec quirks, each as narrowly as it can be recognised:

* **oneOf matched by several branches**: a ``oneOf`` error saying the value "is valid
  under each of" several branches is dropped (branches that overlap, or differ only by
  formats jsonschema does not check, e.g. ``monetary`` or ``URL``). A ``oneOf``/``anyOf``
  the value matches no branch of is dropped only when some branch failed on nothing
  but such ambiguities nested inside it (``tag_manager.changelog.list``: the changelog
  entry's ``after_content.template_options`` is itself an ambiguous ``oneOf``). Every
  other ``oneOf``/``anyOf`` failure is reported.
* **readOnly members in requests**: "Tried to write read-only property" errors are
  dropped for request bodies only (the upstream examples, which the real API accepts,
  send fields such as ``id`` that the spec marks ``readOnly``); responses are checked in
  full.
* **unknown formats** need no rule of their own: openapi-core ignores formats it does
  not know, and only the oneOf ambiguity above follows from that.

openapi-core is set up exactly as the sandbox sets it up
(``piwik_pro.testing._openapi.template_openapi``): it finds the operation by its path
template with the sandbox's finder, and the spec is made checkable (``checkable_spec``):
``deprecated``/``allowEmptyValue`` are dropped from parameters (openapi-core would warn,
and warnings are errors in this suite), and an ndjson media type's ``x-line-schema``
(one line's schema) is what each line is checked against. (The deepObject filter's
missing ``explode`` is repaired in the spec itself, by the pipeline's
``deep_object_without_explode`` fix.)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from piwik_pro.testing._openapi import NDJSON_TYPES, CoreRequest, CoreResponse, template_openapi
from recording.calls import Operation, operations
from recording.scrub import TOKEN_PATH

__all__ = ["CassetteValidator", "load_interactions"]

AMBIGUOUS = " is valid under each of "
READ_ONLY_WRITE = "Tried to write read-only property"


def load_interactions(path: Path) -> list[dict[str, Any]]:
    """The recorded interactions of a cassette file."""
    from vcr.serializers import yamlserializer

    document = yamlserializer.deserialize(path.read_text())
    interactions: list[dict[str, Any]] = document["interactions"]
    return interactions


class CassetteValidator:
    """openapi-core validation of cassettes against one spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._api = template_openapi(spec, _ndjson)
        self._operations = {op.name: op for op in operations(spec)}

    def problems(self, name: str, path: Path) -> list[str]:
        """What in the cassette of operation ``name`` the spec does not allow (empty: fine)."""
        operation = self._operations.get(name)
        if operation is None:
            return [f"{name}: the spec has no operation of this name (orphaned cassette)"]
        found = []
        for index, interaction in enumerate(load_interactions(path)):
            request = interaction["request"]
            if urlsplit(request["uri"]).path == TOKEN_PATH:
                continue
            where = f"{name} [{request['method']} {urlsplit(request['uri']).path}]"
            found += [f"{where}: {p}" for p in self._interaction(operation, interaction, index)]
        return found

    def request_problems(self, name: str, recorded: Mapping[str, Any]) -> list[str]:
        """What in one request (a cassette's ``request`` mapping) the spec does not allow.

        Replay checks every request the facade makes with this; the token exchange is
        not part of the specs and passes.
        """
        operation = self._operations.get(name)
        if operation is None:
            return [f"{name}: the spec has no operation of this name"]
        if urlsplit(recorded["uri"]).path == TOKEN_PATH:
            return []
        where = f"{name} [{recorded['method']} {urlsplit(recorded['uri']).path}]"
        request = _request(operation, recorded)
        if isinstance(request, str):
            return [f"{where}: {request}"]
        errors = _messages(self._request_errors(request), request=True)
        return [f"{where}: request: {m}" for m in errors]

    def _interaction(self, op: Operation, interaction: dict[str, Any], index: int) -> list[str]:
        recorded, answer = interaction["request"], interaction["response"]
        request = _request(op, recorded)
        if isinstance(request, str):
            return [request]
        response_headers = _headers(answer.get("headers") or {})
        content_type = response_headers.get("content-type", "").lower()
        body = _bytes(answer["body"].get("string"))
        bodies = (
            [line for line in body.splitlines() if line.strip()]
            if _is_ndjson(content_type)
            else [body]
        )
        errors = [f"request: {m}" for m in _messages(self._request_errors(request), request=True)]
        for data in bodies or [b""]:  # ndjson: each line against the line schema
            response = CoreResponse(
                answer["status"]["code"],
                content_type,
                data or None,
                Headers(list(response_headers.items())),
            )
            errors += [
                f"response: {m}" for m in _messages(self._response_errors(request, response))
            ]
        return errors

    def _request_errors(self, request: CoreRequest) -> Iterator[Exception]:
        yield from self._api.request_validator.iter_errors(request)

    def _response_errors(self, request: CoreRequest, response: CoreResponse) -> Iterator[Exception]:
        yield from self._api.response_validator.iter_errors(request, response)


def _request(op: Operation, recorded: Mapping[str, Any]) -> CoreRequest | str:
    """The openapi-core request of a recorded one, or why it is not ``op``'s."""
    if recorded["method"].upper() != op.method:
        return f"the operation is {op.method} {op.template}"
    url = urlsplit(recorded["uri"])
    params = _path_params(op.template, url.path)
    if params is None:
        return f"the path does not match the operation's path {op.template}"
    headers = _headers(recorded.get("headers") or {})
    return CoreRequest(
        op.method.lower(),
        op.template,
        RequestParameters(
            query=ImmutableMultiDict(parse_qsl(url.query, keep_blank_values=True)),
            header=Headers(list(headers.items())),
            path=params,
        ),
        _bytes(recorded.get("body")) or None,
        headers.get("content-type", "").lower(),
    )


def _messages(errors: Iterator[Exception], *, request: bool = False) -> list[str]:
    """One line per error, after the tolerances of the module docstring."""
    found = []
    for error in errors:
        causes = list(getattr(error.__cause__, "schema_errors", None) or ())
        if not causes:
            found.append(_describe(error))
            continue
        kept = [c for c in causes if not _tolerated(c, request=request)]
        found += [f"{type(error).__name__}: {_schema_error(c)}" for c in kept]
    return found


def _tolerated(error: Any, *, request: bool) -> bool:
    """Whether a schema error is one of the tolerated quirks (see the module docstring)."""
    if request and str(error.message).startswith(READ_ONLY_WRITE):
        return True
    if error.validator not in ("oneOf", "anyOf"):
        return False
    if error.validator == "oneOf" and AMBIGUOUS in str(error.message):
        return True  # the value matched several branches
    branches: dict[Any, list[Any]] = {}
    for cause in error.context:
        branches.setdefault(cause.relative_schema_path[0], []).append(cause)
    # matched no branch: fine only if some branch failed on tolerated quirks alone
    return any(all(_tolerated(c, request=request) for c in causes) for causes in branches.values())


def _schema_error(error: Any) -> str:
    deepest = error
    while deepest.context:
        deepest = max(deepest.context, key=lambda e: len(e.absolute_path))
    where = "/".join(str(p) for p in deepest.absolute_path)
    return f"at /{where}: {deepest.message}"[:400]


def _describe(error: Exception) -> str:
    cause = error.__cause__
    text = str(error)
    if cause is not None and not getattr(cause, "schema_errors", None):
        text += f" ({cause})"
    return text[:400]


def _path_params(template: str, path: str) -> dict[str, str] | None:
    """The path parameters, or None when ``path`` is not an instance of ``template``."""
    names: list[str] = []

    def group(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return "([^/]+)"

    pattern = re.sub(r"\\\{([^{}]+)\\\}", group, re.escape(template))
    found = re.fullmatch(pattern, path)
    if found is None:
        return None
    return {n: unquote(v) for n, v in zip(names, found.groups(), strict=True)}


def _headers(recorded: Mapping[str, Any]) -> dict[str, str]:
    out = {}
    for name, values in recorded.items():
        value = values[0] if isinstance(values, list) and values else values
        out[name.lower()] = str(value)
    return out


def _bytes(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, dict):  # a request body recorded as {"string": ...}
        body = body.get("string")
    return body.encode() if isinstance(body, str) else bytes(body or b"")


def _ndjson(data: bytes) -> Any:
    """One line of an ndjson body (the validator is handed one line at a time)."""
    return json.loads(data)


def _is_ndjson(content_type: str) -> bool:
    return content_type.split(";")[0].strip() in NDJSON_TYPES
