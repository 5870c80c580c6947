"""Spec fixes for fidelity: the client sends what the service reads and parses what it sends.

Part of stage 2 (``fixes.py`` registers them, as general repairs, after its own): each
repairs a declaration that contradicts the documented behaviour of the service, found by
comparing the declaration with the file's own examples and descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from .vocab import JSONAPI, Doc, operations, walk_schemas
from .vocab import resolve_param as _param


def rows_declared_as_objects(doc: Doc) -> int:
    """Result rows declared `items: {type: object}` while every documented example's rows
    are arrays, one cell per requested column (`[["EU", "Europe"], "Blink", 529437]`):
    each real answer fails to parse. The rows become arrays of any JSON value."""
    count = 0
    for media in _response_media(doc):
        for name, schema in media["schema"].get("properties", {}).items():
            items = schema.get("items", {}) if isinstance(schema, dict) else {}
            rows = [row for ex in _examples(media) for row in _list(ex.get(name))]
            declared_object = items.get("type") == "object" and "properties" not in items
            if declared_object and rows and all(isinstance(row, list) for row in rows):
                schema["items"] = {
                    "type": "array",
                    "description": "One cell per column.",
                    "items": {},
                }
                count += 1
    return count


def rows_meta_without_columns(doc: Doc) -> int:
    """A rows response whose `meta` declares `count` but not `columns` (the aggregated
    queries), while the raw-data responses of the same API declare `meta.columns`, the
    column id of each cell, which the service sends with every rows response."""
    metas = [m["schema"]["properties"]["meta"] for m in _response_media(doc) if _has_rows(m)]
    declared = [m["properties"]["columns"] for m in metas if "columns" in m.get("properties", {})]
    missing = [m for m in metas if "columns" not in m.get("properties", {})]
    for meta in missing if declared else []:
        meta.setdefault("properties", {})["columns"] = dict(declared[0])
    return len(missing) if declared else 0


def _has_rows(media: dict[str, Any]) -> bool:
    props = media["schema"].get("properties", {})
    rows = props.get("data", {}).get("items", {})
    return rows.get("type") == "array" and isinstance(props.get("meta"), dict)


def _examples(media: dict[str, Any]) -> list[dict[str, Any]]:
    """The object examples of a media type: its own, its schema's, and named ones."""
    found = [media.get("example"), media["schema"].get("example")]
    found += [e.get("value") for e in media.get("examples", {}).values() if isinstance(e, dict)]
    return [e for e in found if isinstance(e, dict)]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _response_media(doc: Doc) -> Iterator[dict[str, Any]]:
    """Every inline response media type object that has a schema."""
    for _, _, op, _ in operations(doc):
        for response in op.get("responses", {}).values():
            for media in response.get("content", {}).values():
                if isinstance(media.get("schema"), dict) and "$ref" not in media["schema"]:
                    yield media


def comma_list_declared_exploded(doc: Doc) -> int:
    """An array query parameter documented as a comma-separated list (Tag Manager `sort`)
    but declared without `explode: false`, which means `sort=a&sort=b`, not `sort=a,b`."""
    count = 0
    for _, param in _query_arrays(doc):
        text = str(param.get("description", "")).lower()
        if "comma" in text and "separated" in text and "explode" not in param:
            param.update({"style": "form", "explode": False})
            count += 1
    return count


def repeated_query_declared_unexploded(doc: Doc) -> int:
    """An array query parameter declared `explode: false` (`date_from=a,b`) while the
    operation's own documentation shows it repeated (`?date_from=...&date_to=...&date_from=
    ...&date_to=...`), which is `explode: true` (annotation `date_from` and `date_to`)."""
    count = 0
    for op, param in _query_arrays(doc):
        texts = [op.get("description", "")] + [
            _param(doc, p).get("description", "") for p in op.get("parameters", [])
        ]
        name = re.escape(param["name"])
        repeated = any(len(re.findall(rf"[?&]{name}=", str(t))) > 1 for t in texts)
        if param.get("explode") is False and repeated:
            param["explode"] = True
            count += 1
    return count


def format_alternatives_as_one_of(doc: Doc) -> int:
    """A string whose `oneOf` members differ only in `format` (`date` or `datetime` for the
    analytics `date_from`/`date_to`): `datetime` is no JSON Schema format, so every value
    matches both and `oneOf` (exactly one) rejects the documented `"2020-02-10"`. The
    alternatives are meant as "either": `anyOf`."""
    count = 0
    for node in walk_schemas(doc):
        members = node.get("oneOf")
        if (
            isinstance(members, list)
            and len(members) > 1
            and all(
                isinstance(m, dict)
                and "format" in m
                and set(m) <= {"format", "description", "title"}
                for m in members
            )
        ):
            node["anyOf"] = node.pop("oneOf")
            count += 1
    return count


def _query_arrays(doc: Doc) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(operation, parameter) for each array query parameter of each operation. A shared
    parameter (`$ref`, or one of the path item) comes with each operation using it, so it is
    judged by every operation's documentation; each fix is counted once per parameter, as a
    repaired parameter no longer has the defect."""
    for _, _, op, item in operations(doc):
        for param in item.get("parameters", []) + op.get("parameters", []):
            param = _param(doc, param)
            schema = _param(doc, param.get("schema", {}))
            if param.get("in") == "query" and schema.get("type") == "array":
                yield op, param


def single_resource_data_optional(doc: Doc) -> int:
    """A single-resource JSON:API response (2xx `application/vnd.api+json` whose `data` is
    an object) that leaves `data` out of `required`, so the models type it `X | Unset`,
    while the service always sends it. Evidence: every published example of such a response
    has `data` (`piwik-docs/platform/getting_started.md`, "Invite a user" and "Get a user";
    the spec files' examples, e.g. `GET /api/access-control/v2/entry/{entity_id}`). `data`
    becomes required, so the generated field is the resource model itself."""
    count = 0
    for schema in _single_resource_schemas(doc):
        if "data" not in schema.get("required", []):
            schema["required"] = [*schema.get("required", []), "data"]
            count += 1
    return count


def resource_object_id_optional(doc: Doc) -> int:
    """The resource object (`data`) of a single-resource JSON:API response declares `id` and
    `type` but requires neither, so `answer.data.id` is typed `X | Unset`, while JSON:API
    requires both in every resource object a server sends, and every published example of
    such a response has both (`piwik-docs/platform/getting_started.md`, "Invite a user":
    "You'll find a user ID in the `data/id` field"). Both become required, except in a
    schema a request body also uses (a new resource is sent without `id`)."""
    sent = _request_nodes(doc)
    count = 0
    for schema in _single_resource_schemas(doc):
        data = _param(doc, schema["properties"]["data"])
        declared = _members(doc, data, "properties")
        required = _members(doc, data, "required")
        missing = [n for n in ("id", "type") if n in declared and n not in required]
        if missing and id(data) not in sent:
            data["required"] = [*data.get("required", []), *missing]
            count += 1
    return count


def _members(doc: Doc, schema: dict[str, Any], key: str) -> set[str]:
    """The names an object schema lists under ``key`` (`properties`, `required`), its
    `allOf` members' included."""
    names = set(schema.get(key, []))
    for member in schema.get("allOf", []):
        names |= _members(doc, _param(doc, member), key)
    return names


def _request_nodes(doc: Doc) -> set[int]:
    """The ids of every schema node a request body reaches, through local `$ref`s too."""
    seen: set[int] = set()
    todo: list[Any] = [op.get("requestBody", {}) for _, _, op, _ in operations(doc)]
    while todo:
        node = todo.pop()
        if isinstance(node, dict) and id(node) not in seen:
            seen.add(id(node))
            todo += [_param(doc, node), *node.values()]
        elif isinstance(node, list):
            todo += node
    return seen


def _single_resource_schemas(doc: Doc) -> Iterator[dict[str, Any]]:
    """The (resolved) schema of every 2xx JSON:API response whose `data` is one object."""
    for _, _, op, _ in operations(doc):
        for status, response in op.get("responses", {}).items():
            media = _param(doc, response).get("content", {}).get(JSONAPI, {})
            schema = _param(doc, media.get("schema", {}))
            data = _param(doc, schema.get("properties", {}).get("data", {}))
            if str(status).startswith("2") and _is_object(data):
                yield schema


def _is_object(schema: dict[str, Any]) -> bool:
    """A schema of one JSON object (not an array, not nullable)."""
    shaped = schema.get("type") == "object" or (
        "type" not in schema and any(k in schema for k in ("properties", "allOf", "oneOf"))
    )
    return shaped and not schema.get("nullable", False)


ANALYTICS_QUERIES = ("custom_reports_http_api.json",)
OBJECT_MANAGEMENT = ("custom_reports_object_management_api.json",)

# (name, files where the current release has the defect, repair)
FIDELITY: tuple[tuple[str, tuple[str, ...], Callable[[Doc], int]], ...] = (
    ("format_alternatives_as_one_of", ANALYTICS_QUERIES, format_alternatives_as_one_of),
    ("rows_declared_as_objects", ANALYTICS_QUERIES, rows_declared_as_objects),
    ("rows_meta_without_columns", ANALYTICS_QUERIES, rows_meta_without_columns),
    (
        "comma_list_declared_exploded",
        (
            "tag_manager_authorized_api_tags.json",
            "tag_manager_authorized_api_triggers.json",
            "tag_manager_authorized_api_variables.json",
            "tag_manager_authorized_api_versions.json",
            "tag_manager_authorized_api_changelog.json",
        ),
        comma_list_declared_exploded,
    ),
    ("repeated_query_declared_unexploded", OBJECT_MANAGEMENT, repeated_query_declared_unexploded),
    (
        "single_resource_data_optional",
        (
            "platform_users_authorized_api.json",
            "platform_user_groups_authorized_api.json",
            "platform_apps_authorized_api.json",
            "platform_access_control_authorized_api.json",
            *OBJECT_MANAGEMENT,
        ),
        single_resource_data_optional,
    ),
    (
        "resource_object_id_optional",
        (
            "platform_users_authorized_api.json",
            "platform_apps_authorized_api.json",
            "platform_access_control_authorized_api.json",
            *OBJECT_MANAGEMENT,
        ),
        resource_object_id_optional,
    ),
)
