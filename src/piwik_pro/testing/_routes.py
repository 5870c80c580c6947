"""Routing: request path → path template → operation, built once per spec.

Also knows which templates form a collection/item pair (``/x`` and ``/x/{id}``), which
is what lets the sandbox keep created resources.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ._refs import resolve

__all__ = ["CREATE_ALIASES", "Match", "MethodNotAllowed", "Operation", "Route", "Router"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARAM = re.compile(r"\{([^{}/]+)\}")

#: POST endpoints that create a member of another collection (alias → collection).
CREATE_ALIASES: Mapping[str, str] = {"/api/users/v2/invite": "/api/users/v2"}


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the dispatcher needs precomputed."""

    method: str
    template: str
    operation_id: str
    raw: Mapping[str, Any]
    requires_auth: bool
    request_media_types: tuple[str, ...]
    body_required: bool
    query_defaults: Mapping[str, Any]


@dataclass(frozen=True)
class Route:
    """A path template and the operations documented on it."""

    template: str
    regex: re.Pattern[str]
    param_names: tuple[str, ...]
    operations: Mapping[str, Operation]
    specificity: tuple[int, ...]


@dataclass(frozen=True)
class Match:
    """The result of routing one request."""

    route: Route
    operation: Operation
    params: dict[str, str] = field(default_factory=dict)


class RouteNotFound(LookupError):
    """No path template matches the request path."""


class MethodNotAllowed(LookupError):
    """The path exists but not with this method."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(", ".join(allowed))
        self.allowed = allowed


class Router:
    """Matches concrete paths against the spec's path templates."""

    def __init__(self, spec: dict[str, Any]) -> None:
        routes = [_build_route(spec, t, item) for t, item in (spec.get("paths") or {}).items()]
        self.routes = sorted(routes, key=lambda r: r.specificity)
        self.by_template = {route.template: route for route in self.routes}
        self.operations = [op for route in self.routes for op in route.operations.values()]
        self.item_to_collection = _collection_pairs(self.by_template)
        self.collection_to_item = {c: i for i, c in self.item_to_collection.items()}

    def resolve(self, method: str, path: str) -> Match:
        """Route ``method path``; raise RouteNotFound or MethodNotAllowed."""
        method = method.lower()
        first: Route | None = None
        for route in self.routes:
            found = route.regex.fullmatch(path)
            if found is None:
                continue
            wanted = _effective_method(method, route)
            if wanted in route.operations:
                values = zip(route.param_names, found.groups(), strict=True)
                params = {name: unquote(value) for name, value in values}
                return Match(route, route.operations[wanted], params)
            first = first or route
        if first is None:
            raise RouteNotFound(path)
        raise MethodNotAllowed([m.upper() for m in first.operations])

    def collection_for_create(self, template: str) -> str | None:
        """The collection template a POST on ``template`` adds to, if any."""
        if template in CREATE_ALIASES and CREATE_ALIASES[template] in self.collection_to_item:
            return CREATE_ALIASES[template]
        return template if template in self.collection_to_item else None


def _effective_method(method: str, route: Route) -> str:
    """HEAD is GET without the body (the server drops it) unless HEAD is documented."""
    if method == "head" and "head" not in route.operations:
        return "get"
    return method


def _build_route(spec: dict[str, Any], template: str, item: Any) -> Route:
    item = resolve(spec, item) if isinstance(item, dict) else {}
    names = tuple(_PARAM.findall(template))
    pieces = _PARAM.split(template)
    pattern = "".join(re.escape(p) if i % 2 == 0 else "([^/]+)" for i, p in enumerate(pieces))
    shared = item.get("parameters") or []
    operations = {
        method: _build_operation(spec, template, method, item[method], shared)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }
    specificity = tuple(1 if "{" in seg else 0 for seg in template.split("/"))
    return Route(template, re.compile(pattern), names, operations, specificity)


def _build_operation(
    spec: dict[str, Any], template: str, method: str, raw: Any, shared: list[Any]
) -> Operation:
    body = resolve(spec, raw.get("requestBody")) or {}
    params = [resolve(spec, p) for p in [*shared, *(raw.get("parameters") or [])]]
    query = {
        str(p["name"]): (resolve(spec, p.get("schema")) or {}).get("default")
        for p in params
        if isinstance(p, dict) and p.get("in") == "query" and "name" in p
    }
    content = body.get("content") or {}
    security = raw.get("security", spec.get("security", []))
    requires_auth = bool(security) and all(bool(req) for req in security)
    return Operation(
        method=method,
        template=template,
        operation_id=str(raw.get("operationId") or f"{method} {template}"),
        raw=raw,
        requires_auth=requires_auth,
        request_media_types=tuple(str(k).lower() for k in content),
        body_required=bool(body.get("required", False)) or _schema_requires(spec, content),
        query_defaults=query,
    )


def _schema_requires(spec: dict[str, Any], content: Mapping[str, Any]) -> bool:
    """Whether a body schema requires members (so no body cannot be valid), even where the
    spec leaves ``requestBody.required`` out (it defaults to false)."""
    for media in content.values():
        schema = resolve(spec, (media or {}).get("schema")) or {}
        if isinstance(schema, dict) and schema.get("required"):
            return True
    return False


def _collection_pairs(by_template: Mapping[str, Route]) -> dict[str, str]:
    """Map item templates (``/x/{id}``, ``/x/{id}/``) to their collection (``/x``, ``/x/``)."""
    pairs: dict[str, str] = {}
    for template in by_template:
        slash = "/" if template.endswith("/") and template != "/" else ""
        stem = template[: -len(slash)] if slash else template
        parent, _, last = stem.rpartition("/")
        if not _PARAM.fullmatch(last) or not parent:
            continue
        collection = parent + slash
        if collection in by_template:
            pairs[template] = collection
    return pairs
