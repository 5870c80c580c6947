"""The openapi-core adapter: validate sandbox requests and responses against the spec.

The router has already found the path template, so a custom path finder looks the
operation up directly instead of matching every template again (keeps requests cheap).
Problems come back as :class:`Problem` values the dispatcher turns into JSON:API errors.
``template_openapi`` and the request and response types are what the project's cassette
validator builds on too (it knows each cassette's operation, hence its template).
"""

from __future__ import annotations

import importlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast
from urllib.parse import urlsplit

from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas.exceptions import CastError
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.exceptions import DeserializeError
from openapi_core.templating.datatypes import TemplateResult
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from openapi_core.validation.response.exceptions import DataValidationError
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._refs import pointer_escape

__all__ = [
    "NDJSON_TYPES",
    "CoreRequest",
    "CoreResponse",
    "Problem",
    "SpecValidator",
    "TemplateFinder",
    "is_ambiguity",
    "template_openapi",
]

_log = logging.getLogger("piwik_pro.testing")
_HOST = "http://sandbox.invalid"
_CACHE_SIZE = 2048
_CACHE_BODY_LIMIT = 64 * 1024
NDJSON_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonl")
_READ_ONLY_WRITE = "Tried to write read-only property"


# jsonschema ships no type information: its two exception classes, typed here.
_jsonschema_errors = importlib.import_module("jsonschema.exceptions")
_SCHEMA_ERROR: type[Exception] = _jsonschema_errors.ValidationError
_UNKNOWN_TYPE: type[Exception] = _jsonschema_errors.UnknownType

#: Defects in the spec that make the validator itself fail (e.g. ``type: null`` in 3.0).
SchemaEvaluationError = (_UNKNOWN_TYPE, TypeError, KeyError)


class _SchemaError(Protocol):
    message: str
    validator: object
    validator_value: object
    absolute_path: Sequence[str | int]
    context: list[_SchemaError]


@dataclass(frozen=True)
class Problem:
    """One validation problem: where (``pointer`` or ``parameter``) and what."""

    detail: str
    pointer: str | None = None
    parameter: str | None = None
    kind: str = "body"
    keyword: str = ""
    origin: str = ""


@dataclass
class CoreRequest:
    """A request as openapi-core reads it, addressed by its operation's path template."""

    method: str
    path_pattern: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str
    host_url: str = _HOST

    @property
    def path(self) -> str:
        return self.path_pattern

    @property
    def full_url_pattern(self) -> str:
        return self.host_url + self.path_pattern


@dataclass
class CoreResponse:
    """A response as openapi-core reads it."""

    status_code: int
    content_type: str
    data: bytes | None
    headers: Mapping[str, Any] = field(default_factory=dict)


class TemplateFinder(APICallPathFinder):
    """Looks the operation up by the path template the caller already knows (the router's
    match, a cassette's operation) instead of matching every template again."""

    def find(self, method: str, name: str) -> PathOperationServer:
        template = urlsplit(name).path
        paths = self.spec / "paths"
        if template not in paths:
            raise PathNotFound(name)
        path = paths / template
        if method not in path:
            raise OperationNotFound(name, method)
        root = TemplateResult("/", {})
        return PathOperationServer(path, path / method, None, TemplateResult(template, {}), root)


def template_openapi(spec: dict[str, Any], ndjson: Callable[[bytes], Any]) -> OpenAPI:
    """openapi-core for ``checkable_spec(spec)`` that finds an operation by the path template
    of a :class:`CoreRequest` (:class:`TemplateFinder`) and reads an ndjson body with
    ``ndjson`` (the validator checks what it returns against the line schema)."""
    config = Config(
        spec_validator_cls=None,
        path_finder_cls=TemplateFinder,
        extra_media_type_deserializers=dict.fromkeys(NDJSON_TYPES, ndjson),
    )
    return OpenAPI.from_dict(checkable_spec(spec), config=config)


class SpecValidator:
    """Request and response validation for one OpenAPI document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._api = template_openapi(spec, _first_line)
        self._cache: OrderedDict[tuple[Any, ...], tuple[Problem, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def request_problems(
        self,
        method: str,
        template: str,
        *,
        path_params: Mapping[str, str],
        query: Iterable[tuple[str, str]],
        headers: Iterable[tuple[str, str]],
        body: bytes | None,
        content_type: str,
    ) -> list[Problem]:
        """Every problem openapi-core finds in the request (empty when valid).

        Results are memoised per request shape (the token itself is not part of the key:
        it was checked before), so repeated identical calls skip openapi-core.
        """
        query, headers = list(query), list(headers)
        key = _cache_key(method, template, path_params, query, headers, body, content_type)
        with self._lock:
            cached = self._cache.get(key) if key else None
        if cached is not None:
            return list(cached)
        parameters = RequestParameters(
            query=ImmutableMultiDict(query), header=Headers(headers), path=dict(path_params)
        )
        request = CoreRequest(method.lower(), template, parameters, body or None, content_type)
        errors = self._api.request_validator.iter_errors(request)
        problems = _collect(p for error in errors for p in _request_problems(error))
        if key:
            with self._lock:
                self._cache[key] = tuple(problems)
                while len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)
        return problems

    def response_problems(
        self, method: str, template: str, status: int, content_type: str, data: bytes | None
    ) -> list[Problem]:
        """Problems of a response body (pointer = where in the body)."""
        parameters = RequestParameters(path={})
        request = CoreRequest(method.lower(), template, parameters, None, "")
        response = CoreResponse(status, content_type, data)
        errors = self._api.response_validator.iter_errors(request, response)
        body_errors = (e for e in errors if isinstance(e, DataValidationError))
        return _collect(p for error in body_errors for p in _schema_problems(error, "body"))


def _collect(problems: Iterator[Problem]) -> list[Problem]:
    """Run the validation, tolerating two kinds of spec defects (see ``is_ambiguity``)."""
    try:
        return [p for p in problems if not is_ambiguity(p)]
    except SchemaEvaluationError as exc:
        _log.debug("schema cannot be evaluated, skipping validation: %s", exc)
        return []


def is_ambiguity(problem: Problem) -> bool:
    """A value matching several ``oneOf`` branches (duplicate or overlapping branches, or
    unknown formats) is a defect of the spec, not of the value: the real API accepts the
    documented examples that trip it, so the sandbox does too."""
    return problem.keyword == "oneOf" and " is valid under each of " in problem.detail


def _cache_key(
    method: str,
    template: str,
    path_params: Mapping[str, str],
    query: list[tuple[str, str]],
    headers: list[tuple[str, str]],
    body: bytes | None,
    content_type: str,
) -> tuple[Any, ...] | None:
    if body and len(body) > _CACHE_BODY_LIMIT:
        return None
    lowered = [(name.lower(), value) for name, value in headers]
    plain = tuple(item for item in lowered if item[0] != "authorization")
    has_auth = len(plain) != len(lowered)
    params = tuple(sorted(path_params.items()))
    return (method, template, params, tuple(query), plain, has_auth, body, content_type)


def _first_line(data: bytes) -> Any:
    """ndjson: the schema describes one line; the sandbox checks the first."""
    lines = data.splitlines()
    return json.loads(lines[0]) if lines else None


def checkable_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec adjusted for validation only (the cassette validator uses it too).

    * no ``deprecated``/``allowEmptyValue`` on parameters: openapi-core would emit
      warnings from server threads, which test suites running with ``-W error`` turn
      into failed requests;
    * a media type's ``x-line-schema`` (the schema of one ndjson line) replaces its
      ``schema`` (the whole stream, e.g. a binary string), since lines are what the
      ndjson deserializer hands to the validator.
    """
    tolerant: dict[str, Any] = json.loads(json.dumps(spec))
    for node in _walk(tolerant):
        if "x-line-schema" in node:
            node["schema"] = node["x-line-schema"]
        if isinstance(node.get("in"), str) and isinstance(node.get("name"), str):
            node.pop("deprecated", None)
            node.pop("allowEmptyValue", None)
    return tolerant


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _request_problems(error: Exception) -> Iterator[Problem]:
    if isinstance(error, ParameterValidationError):
        yield _parameter_problem(error)
    elif isinstance(error, MissingRequiredRequestBody):
        yield Problem("The request body is required.", pointer="")
    elif isinstance(error, RequestBodyValidationError):
        yield from _schema_problems(error, "body")
    elif isinstance(error, SecurityValidationError):
        yield Problem("Missing or invalid Authorization header", kind="security")
    else:
        yield Problem(str(error), pointer="")


def _parameter_problem(error: ParameterValidationError) -> Problem:
    where = f"{error.location} parameter '{error.name}'"
    if isinstance(error, MissingRequiredParameter):
        return Problem(f"Missing required {where}.", parameter=error.name, kind=error.location)
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", ())
    reasons = [cast(_SchemaError, e).message for e in schema_errors if isinstance(e, _SCHEMA_ERROR)]
    if isinstance(cause, CastError):
        reasons = [f"{cause.value!r} is not a valid {cause.type}"]
    elif not reasons and cause is not None:
        reasons = [str(cause)]
    detail = f"Invalid {where}: {'; '.join(reasons) or 'invalid value'}."
    return Problem(detail, parameter=error.name, kind=error.location)


def _schema_problems(error: Exception, kind: str) -> Iterator[Problem]:
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors is None:
        reason = str(cause) if isinstance(cause, DeserializeError) else str(cause or error)
        yield Problem(reason, pointer="", kind=kind)
        return
    for schema_error in schema_errors:
        if not isinstance(schema_error, _SCHEMA_ERROR):
            yield Problem(str(schema_error), pointer="", kind=kind)
        elif not cast(_SchemaError, schema_error).message.startswith(_READ_ONLY_WRITE):
            yield _schema_problem(cast(_SchemaError, schema_error), kind)


def _schema_problem(error: _SchemaError, kind: str) -> Problem:
    """The most specific cause (inside oneOf/anyOf) plus where the top-level error was."""
    deepest = error
    while deepest.context:
        deepest = max(deepest.context, key=lambda e: len(e.absolute_path))
    return Problem(
        deepest.message,
        pointer=_pointer(deepest),
        kind=kind,
        keyword=str(error.validator),
        origin=_pointer(error),
    )


def _pointer(error: _SchemaError) -> str:
    parts = [pointer_escape(p) for p in error.absolute_path]
    if error.validator == "required" and isinstance(error.validator_value, list):
        named = [n for n in error.validator_value if error.message.startswith(f"{n!r} ")]
        parts += [pointer_escape(named[0])] if named else []
    return "".join("/" + p for p in parts)
