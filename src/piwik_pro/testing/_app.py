"""The sandbox application: one request in, one response out (no sockets here).

Order of checks for an API request: faults → token endpoint → routing (404/405) →
bearer token (401) → media type (415) → JSON:API PATCH rules (400/409) → openapi-core
validation (400) → the stateful or documented answer.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

from ._analytics import ANALYTICS_PATHS, AnalyticsRows
from ._auth import AuthFailure, TokenAuthority
from ._catalog import ResponseCatalog, encode_body, media_kind
from ._control import CONTROL_PREFIX, handle_control
from ._faults import TOKEN_PATH, Fault, Faults
from ._hitcheck import HitChecker
from ._http import (
    HttpRequest,
    HttpResponse,
    auth_error,
    error_object,
    json_response,
    jsonapi_error,
    jsonapi_errors,
)
from ._openapi import Problem, SpecValidator
from ._resources import NotFound, Outcome, ResourceKeeper
from ._routes import Match, MethodNotAllowed, Operation, RouteNotFound, Router
from ._store import ResourceStore
from ._tracking import TRACKING_PATH, TrackingLog

__all__ = ["CompiledSpec", "Recorder", "RequestRecord", "SandboxApp", "compile_spec"]

_log = logging.getLogger("piwik_pro.testing")
_CACHE: OrderedDict[int, CompiledSpec] = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 4


class RequestRecord(NamedTuple):
    """One request the sandbox answered (``status`` 0: the connection was dropped)."""

    method: str
    path: str
    status: int


@dataclass(frozen=True)
class CompiledSpec:
    """Everything derived from one spec dict; shared by the sandboxes serving it."""

    spec: dict[str, Any]
    router: Router
    validator: SpecValidator
    catalog: ResponseCatalog


def compile_spec(spec: dict[str, Any]) -> CompiledSpec:
    """Index and wrap ``spec`` once (cached per dict object, so treat the dict as read-only)."""
    with _CACHE_LOCK:
        cached = _CACHE.get(id(spec))
        if cached is not None and cached.spec is spec:
            _CACHE.move_to_end(id(spec))
            return cached
        validator = SpecValidator(spec)
        compiled = CompiledSpec(spec, Router(spec), validator, ResponseCatalog(spec, validator))
        _CACHE[id(spec)] = compiled
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
        return compiled


class Recorder:
    """Counts token requests and remembers (method, path, status) of every request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.records: list[RequestRecord] = []
        self.token_requests = 0

    def add(self, request: HttpRequest, status: int) -> None:
        with self._lock:
            self.records.append(RequestRecord(request.method.upper(), request.path, status))
            self.token_requests += request.path == TOKEN_PATH

    def clear(self) -> None:
        with self._lock:
            self.records.clear()
            self.token_requests = 0


class SandboxApp:
    """Turns requests into responses for one sandbox's state."""

    def __init__(self, compiled: CompiledSpec, authority: TokenAuthority, faults: Faults) -> None:
        self.compiled = compiled
        self.authority = authority
        self.faults = faults
        self.recorder = Recorder()
        self.keeper = ResourceKeeper(compiled.router, compiled.catalog, ResourceStore())
        self.tracking = TrackingLog(HitChecker(compiled.spec, TRACKING_PATH).problems)
        self.analytics = AnalyticsRows()

    def handle(self, request: HttpRequest) -> HttpResponse:
        """Answer one request; a failure of the sandbox itself becomes a JSON:API 500."""
        try:
            if request.path.startswith(CONTROL_PREFIX):
                return handle_control(self, request)
            fault = self.faults.take(request.method, request.path)
            response = self._faulted(fault, request) if fault else self._serve(request)
        except Exception as exc:
            _log.exception("sandbox failure on %s %s", request.method, request.path)
            detail = f"The sandbox failed: {type(exc).__name__}: {exc}"
            response = jsonapi_error(500, detail, code="sandbox_error")
        self.recorder.add(request, 0 if response.drop else response.status)
        return response

    def seed(self, collection_path: str, count: int) -> list[str | int]:
        """Store ``count`` documented-looking resources in a collection; return their ids."""
        return self.keeper.seed(collection_path, count)

    def reset(self) -> None:
        """Forget stored resources, faults and recorded requests (issued tokens stay valid)."""
        self.keeper.store.clear()
        self.faults.clear()
        self.recorder.clear()
        self.tracking.clear()

    def _faulted(self, fault: Fault, request: HttpRequest) -> HttpResponse:
        if fault.drop:
            return HttpResponse(0, delay=fault.delay, drop=True)
        if fault.status is None:
            response = self._serve(request)
        else:
            headers = [("Retry-After", fault.retry_after)] if fault.retry_after else []
            response = jsonapi_error(fault.status, "Injected by the sandbox.", headers=headers)
        response.delay = fault.delay
        return response

    def _serve(self, request: HttpRequest) -> HttpResponse:
        if request.path == TOKEN_PATH:
            return self._token(request)
        router = self.compiled.router
        try:
            match = router.resolve(request.method, request.path)
        except RouteNotFound:
            detail = f'No route found for "{request.method.upper()} {request.path}".'
            return jsonapi_error(404, detail, code="not_found")
        except MethodNotAllowed as exc:
            allowed = ", ".join(exc.allowed)
            detail = f"Method {request.method.upper()} is not allowed here (allowed: {allowed})."
            return jsonapi_error(
                405, detail, code="method_not_allowed", headers=[("Allow", allowed)]
            )
        if match.operation.requires_auth:
            try:
                self.authority.check(request.header("authorization") or None)
            except AuthFailure as failure:
                return auth_error(failure.status, failure.message)
        return self._operate(request, match)

    def _operate(self, request: HttpRequest, match: Match) -> HttpResponse:
        op = match.operation
        rejected = (
            _media_error(op, request)
            or _missing_body(op, request)
            or _unknown_query(op, request)
            or _jsonapi_error(match, request)
        )
        if rejected is not None:
            return rejected
        problems = self.compiled.validator.request_problems(
            op.method,
            op.template,
            path_params=match.params,
            query=_non_empty(request.query),
            headers=request.headers,
            body=request.body,
            content_type=request.content_type,
        )
        if problems:
            return jsonapi_errors(400, [_problem_error(p) for p in problems])
        if op.template == TRACKING_PATH:
            return self.tracking.answer(request)
        api = ANALYTICS_PATHS.get(op.template)
        if api is not None:  # rows built for the requested columns
            return json_response(200, self.analytics.answer(api, _payload(request)))
        query = dict(request.query)
        try:
            outcome = self.keeper.answer(
                match, request.path, query, _payload(request), request.header("accept")
            )
        except NotFound:
            detail = f"The resource at {request.path} does not exist (it was deleted)."
            return jsonapi_error(404, detail, code="not_found")
        return _encode(outcome)

    def _token(self, request: HttpRequest) -> HttpResponse:
        if request.method.upper() != "POST":
            return json_response(
                405, _oauth("invalid_request", "Use POST."), headers=[("Allow", "POST")]
            )
        fields = _token_fields(request)
        if fields.get("grant_type") != "client_credentials":
            message = "The authorization grant type is not supported by the authorization server."
            return json_response(400, _oauth("unsupported_grant_type", message, 400))
        if not fields.get("client_id") or not fields.get("client_secret"):
            message = "The request is missing a required parameter (client_id, client_secret)."
            return json_response(400, _oauth("invalid_request", message, 400))
        if not self.authority.credentials_match(fields["client_id"], fields["client_secret"]):
            return json_response(401, _oauth("invalid_client", "Client authentication failed", 401))
        return json_response(200, self.authority.issue(), headers=[("Cache-Control", "no-store")])


def _non_empty(query: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``?search=`` counts as absent: servers accept it, openapi-core would refuse it
    (and generated clients send documented ``default: ""`` values)."""
    return [(name, value) for name, value in query if value != ""]


def _oauth(error: str, message: str, code: int = 405) -> dict[str, Any]:
    return {"error": error, "error_description": message, "code": code, "message": message}


def _token_fields(request: HttpRequest) -> dict[str, Any]:
    if "application/x-www-form-urlencoded" in request.content_type:
        return dict(parse_qsl(request.body.decode("utf-8", "replace")))
    try:
        fields = json.loads(request.body or b"{}")
    except ValueError:
        return {}
    return fields if isinstance(fields, dict) else {}


def _media_error(op: Operation, request: HttpRequest) -> HttpResponse | None:
    """415 when a body arrives in a media type the operation does not document."""
    if not op.request_media_types or not request.body:
        return None
    sent = request.content_type.split(";")[0].strip()
    if any(_media_matches(sent, documented) for documented in op.request_media_types):
        return None
    wanted = " or ".join(f'"{m}"' for m in op.request_media_types)
    detail = f'Unsupported media type "{sent or "(none)"}" in request; use {wanted}.'
    return jsonapi_error(415, detail, code="unsupported_media_type", source={"pointer": "/data"})


def _missing_body(op: Operation, request: HttpRequest) -> HttpResponse | None:
    """400 when an operation whose body has required members receives no body at all."""
    if not op.body_required or request.body.strip():
        return None
    pointer = "/data" if any("vnd.api+json" in m for m in op.request_media_types) else "/"
    return jsonapi_errors(400, [_blank(pointer)])


def _unknown_query(op: Operation, request: HttpRequest) -> HttpResponse | None:
    """400 for query parameters the operation does not have, in the service's phrasing
    of an invalid query parameter (``Invalid query parameter 'x' - ... - got 'y'``)."""
    if op.template == TRACKING_PATH:
        return None
    unknown = [(k, v) for k, v in request.query if k not in op.query_defaults]
    errors = [
        error_object(
            400,
            f"Invalid query parameter '{name}' - not a parameter of this endpoint - got '{value}'",
            code="validation_error",
            title="Invalid parameter",
            source={"parameter": name},
        )
        for name, value in unknown
    ]
    return jsonapi_errors(400, errors) if errors else None


def _media_matches(sent: str, documented: str) -> bool:
    documented = documented.split(";")[0].strip()
    if documented in (sent, "*/*"):
        return True
    return documented.endswith("/*") and sent.startswith(documented[:-1])


def _jsonapi_error(match: Match, request: HttpRequest) -> HttpResponse | None:
    """A JSON:API PATCH must name its resource: ``data.type``, and ``data.id`` on items."""
    if match.operation.method != "patch" or "vnd.api+json" not in request.content_type:
        return None
    payload = _payload(request)
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, dict):
        return None
    on_item = _ends_with_param(match)
    missing = [k for k in ("id", "type") if data.get(k) in (None, "") and (on_item or k == "type")]
    if missing:
        return jsonapi_errors(400, [_blank(f"/data/{key}") for key in missing])
    lookup = match.params.get(match.route.param_names[-1]) if on_item else None
    if lookup is not None and str(data["id"]) != lookup:
        detail = (
            f"The resource object's id ({data['id']}) does not match url's lookup id ({lookup})"
        )
        return jsonapi_error(
            409, detail, code="error", title="Conflict", source={"pointer": "/data"}
        )
    return None


def _blank(pointer: str) -> dict[str, Any]:
    """The real API's error for a missing member."""
    detail = "This value should not be blank."
    source = {"pointer": pointer}
    return error_object(400, detail, code="error.not-blank", title="Invalid form", source=source)


def _ends_with_param(match: Match) -> bool:
    return match.route.template.rstrip("/").endswith("}")


def _payload(request: HttpRequest) -> Any:
    if not request.body or "json" not in request.content_type:
        return None
    try:
        return json.loads(request.body)
    except ValueError:
        return None


def _problem_error(problem: Problem) -> dict[str, Any]:
    if problem.parameter is not None:
        source = {"parameter": problem.parameter}
        return error_object(
            400, problem.detail, code="validation_error", title="Invalid parameter", source=source
        )
    source = {"pointer": problem.pointer or ""}
    return error_object(
        400, problem.detail, code="validation_error", title="Invalid form", source=source
    )


def _encode(outcome: Outcome) -> HttpResponse:
    if outcome.media_type is None:
        return HttpResponse(outcome.status, list(outcome.headers))
    body = encode_body(media_kind(outcome.media_type), outcome.body)
    return HttpResponse(
        outcome.status, [("Content-Type", outcome.media_type), *outcome.headers], body
    )
