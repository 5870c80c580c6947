"""HTTP control endpoints under ``/__sandbox__/`` to drive a sandbox from another process.

======  ==========================  ==================================================
GET     /__sandbox__/health         ``{"status": "ok"}``
GET     /__sandbox__/faults         the active fault rules
POST    /__sandbox__/faults         add a rule: ``{"status": 429, "retry_after": "1",
                                    "times": 2, "path_prefix": null, "method": null,
                                    "delay": 0, "drop": false}`` → 201 with the rule
DELETE  /__sandbox__/faults         remove every rule → 204
POST    /__sandbox__/expire-tokens  expire every issued token → 204
POST    /__sandbox__/seed           ``{"path": "/api/users/v2", "count": 25}`` → 201 ids
POST    /__sandbox__/reset          forget resources, faults and recorded requests → 204
GET     /__sandbox__/requests       ``{"token_requests": n, "requests": [...]}``
======  ==========================  ==================================================
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._http import HttpRequest, HttpResponse, json_response, jsonapi_error
from ._routes import MethodNotAllowed, RouteNotFound

if TYPE_CHECKING:
    from ._app import SandboxApp

__all__ = ["CONTROL_PREFIX", "handle_control"]

CONTROL_PREFIX = "/__sandbox__/"
_FAULT_FIELDS = ("status", "retry_after", "times", "path_prefix", "method", "delay", "drop")

Handler = Callable[["SandboxApp", Any], HttpResponse]


def handle_control(app: SandboxApp, request: HttpRequest) -> HttpResponse:
    """Answer one control request (never faulted, never recorded)."""
    name = request.path[len(CONTROL_PREFIX) :].strip("/")
    handler = _HANDLERS.get((request.method.upper(), name))
    if handler is None:
        return jsonapi_error(404, f"Unknown control endpoint {request.method} {request.path}.")
    try:
        body = json.loads(request.body) if request.body.strip() else {}
        return handler(app, body)
    except (ValueError, TypeError, KeyError, RouteNotFound, MethodNotAllowed) as exc:
        return jsonapi_error(400, f"Bad control request: {exc}")


def _health(app: SandboxApp, body: Any) -> HttpResponse:
    return json_response(200, {"status": "ok"})


def _list_faults(app: SandboxApp, body: Any) -> HttpResponse:
    return json_response(200, {"faults": [f.to_dict() for f in app.faults]})


def _add_fault(app: SandboxApp, body: Any) -> HttpResponse:
    unknown = set(body) - set(_FAULT_FIELDS)
    if unknown:
        raise ValueError(f"unknown fault fields {sorted(unknown)}")
    fault = app.faults.add(**body)
    return json_response(201, {"fault": fault.to_dict()})


def _clear_faults(app: SandboxApp, body: Any) -> HttpResponse:
    app.faults.clear()
    return HttpResponse(204)


def _expire_tokens(app: SandboxApp, body: Any) -> HttpResponse:
    app.authority.expire_all()
    return HttpResponse(204)


def _seed(app: SandboxApp, body: Any) -> HttpResponse:
    ids = app.seed(str(body["path"]), int(body.get("count", 1)))
    return json_response(201, {"ids": ids})


def _reset(app: SandboxApp, body: Any) -> HttpResponse:
    app.reset()
    return HttpResponse(204)


def _requests(app: SandboxApp, body: Any) -> HttpResponse:
    records = [r._asdict() for r in app.recorder.records]
    return json_response(200, {"token_requests": app.recorder.token_requests, "requests": records})


_HANDLERS: dict[tuple[str, str], Handler] = {
    ("GET", "health"): _health,
    ("GET", "faults"): _list_faults,
    ("POST", "faults"): _add_fault,
    ("DELETE", "faults"): _clear_faults,
    ("POST", "expire-tokens"): _expire_tokens,
    ("POST", "seed"): _seed,
    ("POST", "reset"): _reset,
    ("GET", "requests"): _requests,
}
