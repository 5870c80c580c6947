"""Stateful answers: create, read, update, delete and list resources of collections.

A *resource* is the JSON:API resource object (``body["data"]``) or, for plain JSON
APIs, the top-level object that has an ``id``. Stored resources are poured into the
operation's documented response (only keys and types the documentation has), so
every answer keeps the documented shape.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ._catalog import Documented, ResponseCatalog
from ._routes import Match, Router
from ._store import ResourceStore, normalise

__all__ = ["Outcome", "ResourceKeeper"]

_PARAM = re.compile(r"\{([^{}/]+)\}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_PAGING = (("offset", "limit"), ("page[offset]", "page[limit]"))


@dataclass
class Outcome:
    """What to answer: status, media type (None: no body) and the body value."""

    status: int
    media_type: str | None
    body: Any = None
    headers: list[tuple[str, str]] = field(default_factory=list)


class NotFound(LookupError):
    """The resource was deleted (or lies below a deleted one)."""


class ResourceKeeper:
    """Decides the stateful answer for one routed, validated request."""

    def __init__(self, router: Router, catalog: ResponseCatalog, store: ResourceStore) -> None:
        self._router = router
        self._catalog = catalog
        self.store = store

    def answer(
        self, match: Match, path: str, query: Mapping[str, str], payload: Any, accept: str
    ) -> Outcome:
        """The response for a request (raises NotFound for deleted resources)."""
        if self.store.is_gone(path):
            raise NotFound(path)
        documented = self._catalog.success(match.operation, accept)
        template, method = match.route.template, match.operation.method
        collection = self._router.collection_for_create(template) if method == "post" else None
        if collection is not None and documented.kind == "json":
            return self._create(match, collection, documented, payload)
        if template in self._router.item_to_collection and method != "post":
            return self._item(match, path, documented, payload)
        outcome = _plain(documented)
        if method == "get" and documented.kind == "json":
            stored = (
                self.store.members(path) if template in self._router.collection_to_item else None
            )
            outcome.body = _page(outcome.body, stored, query, match.operation.query_defaults)
            if stored is None and _ends_with_param(template):
                outcome.body = self._lone_item(match, path, outcome.body)
        elif documented.kind == "json":
            self._remember_related(match, outcome.body)
        return outcome

    def _lone_item(self, match: Match, path: str, body: Any) -> Any:
        """An item without a collection route (an operation, a setting): what was stored
        under its path, else the documented one, named by the requested id."""
        kind, sample = _resource_of(body)
        if sample is None:
            return body
        stored = self.store.get(path)
        resource = stored if stored is not None else _with_id(sample, _last_param(match))
        return _with_resource(body, kind, _echo_params(resource, match.params))

    def _remember_related(self, match: Match, body: Any) -> None:
        """Resources an action answer names in ``relationships`` (the operation that
        ``publish_draft`` started) become readable at their own item route."""
        data = body.get("data") if isinstance(body, dict) else None
        relationships = data.get("relationships") if isinstance(data, dict) else None
        for related in (relationships or {}).values():
            ref = related.get("data") if isinstance(related, dict) else None
            if isinstance(ref, dict) and ref.get("id") and ref.get("type"):
                self._store_related(match, str(ref["type"]), str(ref["id"]))

    def _store_related(self, match: Match, kind: str, item_id: str) -> None:
        for template, route in self._router.by_template.items():
            found = re.search(rf"/{re.escape(kind)}s/\{{([^{{}}/]+)\}}/?$", template)
            get = route.operations.get("get")
            if found is None or get is None:
                continue
            params = {**match.params, found.group(1): item_id}
            if any(name not in params for name in route.param_names):
                continue
            _, sample = _resource_of(self._catalog.success(get).copy_body())
            if sample is not None:
                resource = _echo_params(_with_id(sample, item_id), params)
                self.store.put(_fill(template, params), resource)

    def seed(self, collection_path: str, count: int) -> list[str | int]:
        """Store ``count`` resources, shaped like the documented list item, in a collection."""
        match = self._router.resolve("GET", collection_path)
        if match.route.template not in self._router.collection_to_item:
            raise ValueError(f"{collection_path} is not a collection the sandbox can fill")
        container = _container(self._catalog.success(match.operation).copy_body())
        sample = container[0] if container and isinstance(container[0], dict) else {}
        ids = []
        for _ in range(count):
            resource = copy.deepcopy(sample)
            resource["id"] = self.store.new_id(sample.get("id"))
            self.store.put(_child(collection_path, resource["id"]), resource)
            ids.append(resource["id"])
        return ids

    def _create(
        self, match: Match, collection: str, documented: Documented, payload: Any
    ) -> Outcome:
        outcome = _plain(documented)
        kind, sample = _resource_of(outcome.body)
        if sample is None:
            return outcome
        posted = _posted(payload, kind)
        resource = overlay(sample, posted)
        given = posted.get("id")
        resource["id"] = given if given not in (None, "") else self.store.new_id(sample.get("id"))
        _echo_params(resource, match.params)
        collection_path = _fill(collection, match.params)
        self.store.put(_child(collection_path, resource["id"]), resource)
        outcome.body = _with_resource(outcome.body, kind, resource)
        outcome.headers.append(("Location", _child(collection_path, resource["id"])))
        return outcome

    def _item(self, match: Match, path: str, documented: Documented, payload: Any) -> Outcome:
        method = match.operation.method
        if method == "delete":
            self.store.delete(path)
            return _plain(documented)
        stored = self.store.get(path)
        if method in ("patch", "put"):
            base = stored if stored is not None else self._sample_item(match, path)
            stored = _merged(base, payload)
            self.store.put(path, stored)
        outcome = _plain(documented)
        kind, sample = _resource_of(outcome.body)
        if sample is not None:
            resource = stored if stored is not None else _with_id(sample, _last_param(match))
            outcome.body = _with_resource(outcome.body, kind, _echo_params(resource, match.params))
        return outcome

    def _sample_item(self, match: Match, path: str) -> dict[str, Any]:
        """What the item looks like before it is first changed: the documented GET body."""
        getter = match.route.operations.get("get")
        body = self._catalog.success(getter).copy_body() if getter else None
        sample = _resource_of(body)[1] or {}
        return _with_id(sample, _last_param(match))


def overlay(sample: Any, stored: Any) -> Any:
    """``sample`` with the values of ``stored`` for the keys and JSON types ``sample`` has."""
    if not isinstance(sample, dict) or not isinstance(stored, dict):
        return copy.deepcopy(stored if _same_type(sample, stored) else sample)
    result = copy.deepcopy(sample)
    for key, value in stored.items():
        if key in result and isinstance(result[key], dict) and isinstance(value, dict):
            result[key] = overlay(result[key], value)
        elif key in result and _same_type(result[key], value):
            result[key] = copy.deepcopy(value)
    return result


def _same_type(sample: Any, value: Any) -> bool:
    if isinstance(sample, bool) or isinstance(value, bool):
        return isinstance(sample, bool) and isinstance(value, bool)
    if isinstance(sample, float):
        return isinstance(value, int | float)
    return type(sample) is type(value) or (isinstance(sample, str) and isinstance(value, str))


def _plain(documented: Documented) -> Outcome:
    return Outcome(documented.status, documented.media_type, documented.copy_body())


def _resource_of(body: Any) -> tuple[str, dict[str, Any] | None]:
    if isinstance(body, dict) and isinstance(body.get("data"), dict):
        return "jsonapi", body["data"]
    if isinstance(body, dict) and "id" in body:
        return "plain", body
    return "none", None


def _with_resource(body: Any, kind: str, resource: dict[str, Any]) -> Any:
    if kind == "jsonapi":
        return {**body, "data": overlay(body["data"], resource)}
    return overlay(body, resource) if kind == "plain" else body


def _posted(payload: Any, kind: str) -> dict[str, Any]:
    if kind == "jsonapi" and isinstance(payload, dict) and isinstance(payload.get("data"), dict):
        data = payload["data"]
        return {k: data[k] for k in ("id", "type", "attributes") if k in data}
    return dict(payload) if isinstance(payload, dict) else {}


def _merged(base: dict[str, Any], payload: Any) -> dict[str, Any]:
    """Apply a PATCH/PUT body to a stored resource (attributes are merged key by key)."""
    result = copy.deepcopy(base)
    data = payload.get("data") if isinstance(payload, dict) else None
    if isinstance(data, dict):
        attributes = data.get("attributes")
        if isinstance(attributes, dict):
            result["attributes"] = {**(result.get("attributes") or {}), **attributes}
    elif isinstance(payload, dict):
        result.update({k: v for k, v in payload.items() if k != "id"})
    return result


def _with_id(sample: dict[str, Any], value: str | None) -> dict[str, Any]:
    """The sample carrying the id from the URL, if that id has the sample id's shape."""
    resource = copy.deepcopy(sample)
    current = resource.get("id")
    if value is None or isinstance(current, bool):
        return resource
    if isinstance(current, int):
        resource["id"] = int(value) if value.isdigit() else current
    elif not (isinstance(current, str) and _UUID.fullmatch(current)) or _UUID.fullmatch(value):
        resource["id"] = value
    return resource


def _echo_params(resource: dict[str, Any], params: Mapping[str, str]) -> dict[str, Any]:
    """Fields named like a path parameter (``app_id``) repeat the value from the URL."""
    attributes = resource.get("attributes")
    for holder in (resource, attributes if isinstance(attributes, dict) else {}):
        for name, value in params.items():
            if isinstance(holder.get(name), str):
                holder[name] = value
    return resource


def _ends_with_param(template: str) -> bool:
    return template.rstrip("/").endswith("}")


def _last_param(match: Match) -> str | None:
    names = match.route.param_names
    return match.params.get(names[-1]) if names else None


def _fill(template: str, params: Mapping[str, str]) -> str:
    return _PARAM.sub(lambda m: quote(params.get(m.group(1), m.group(0)), safe=""), template)


def _child(collection_path: str, item_id: object) -> str:
    return normalise(collection_path) + "/" + quote(str(item_id), safe="")


def _container(body: Any) -> list[Any] | None:
    if isinstance(body, list):
        return body
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        return list(body["data"])
    return None


def _page(
    body: Any,
    stored: list[dict[str, Any]] | None,
    query: Mapping[str, str],
    defaults: Mapping[str, Any],
) -> Any:
    """Fill a list body with stored members, cut the requested page, set ``meta.total``."""
    items = _container(body)
    if items is None:
        return body
    if stored is not None:
        sample = items[0] if items and isinstance(items[0], dict) else {}
        items = [overlay(sample, r) if sample else r for r in stored]
    total = len(items)
    for offset_name, limit_name in _PAGING:
        if offset_name in defaults or limit_name in defaults:
            offset = _int(query.get(offset_name), defaults.get(offset_name), fallback=0)
            limit = _int(query.get(limit_name), defaults.get(limit_name), fallback=total)
            items = items[offset : offset + limit]
    if isinstance(body, list):
        return items
    meta = body.get("meta")
    return {
        **body,
        "data": items,
        **({"meta": {**meta, "total": total}} if isinstance(meta, dict) else {}),
    }


def _int(*candidates: Any, fallback: int) -> int:
    for value in candidates:
        try:
            return max(0, int(value))
        except (TypeError, ValueError):
            continue
    return fallback
