"""Helpers to call every operation of the spec and check answers with openapi-core.

The checker is built independently of the sandbox (openapi-core's own path finder on
concrete URLs), so it judges the sandbox rather than repeating it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
from jsonschema.exceptions import UnknownType
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from piwik_pro.testing import load_spec
from piwik_pro.testing._samples import Path, SampleGenerator

UUID = "6edb1e3c-4c43-4760-ab76-682ad83146be"
SPEC = load_spec()

#: Answers no value can satisfy. Each entry must keep failing: fix the spec, then drop it.
KNOWN_SPEC_DEFECTS = {
    ("get", "/api/tag/v1/{app_id}/versions/{version_id}/changelog"): (
        "TagManagerChangelogListResponseDataItemAttributes: additionalProperties: false "
        "beside oneOf, without properties, rejects every attributes object"
    ),
}


@dataclass
class Call:
    """One request to make for an operation."""

    method: str
    template: str
    path: str
    query: dict[str, str]
    operation: dict[str, Any]

    def body(self, banned: frozenset[Path] = frozenset()) -> tuple[str, bytes] | None:
        """(content type, JSON body) built from the documented example or the schema."""
        if "requestBody" not in self.operation:
            return None
        media_type, media = next(iter(resolve(self.operation["requestBody"])["content"].items()))
        media = resolve(media)
        value = SampleGenerator(SPEC, banned=banned).generate(media.get("schema", {}))
        if () not in banned and "example" in media:
            value = media["example"]
        data = value.get("data") if isinstance(value, dict) else None
        if isinstance(data, dict) and self.template.rstrip("/").endswith("}"):
            data["id"] = self.path.rstrip("/").rpartition("/")[2]
        return media_type, json.dumps(value).encode()


@dataclass
class _Request:
    host_url: str
    path: str
    method: str
    parameters: RequestParameters = field(default_factory=RequestParameters)
    body: bytes | None = None
    content_type: str = ""


@dataclass
class _Response:
    status_code: int
    content_type: str
    data: bytes
    headers: Mapping[str, Any]


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def calls(*, gets: bool) -> Iterator[Call]:
    """A call per GET operation (gets=True) or per other operation (gets=False)."""
    for template, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method == "parameters" or (method == "get") != gets:
                continue
            params = [
                resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
            ]
            path, query = template, {}
            for param in params:
                value = _value(param.get("schema"), param["name"])
                if param["in"] == "path":
                    path = path.replace("{" + param["name"] + "}", quote(value, safe=""))
                elif param["in"] == "query" and param.get("required"):
                    query[param["name"]] = value
            yield Call(method, template, path, query, operation)


def _value(schema: Any, name: str) -> str:
    """A valid-looking string for a parameter schema (enum, uuid, number, boolean...)."""
    schema = resolve(schema) or {}
    if "pattern" in schema or name.lower().endswith("id"):
        return UUID
    if schema.get("enum"):
        return str(schema["enum"][0])
    if schema.get("type") == "array":
        return _value(schema.get("items", {}), name)
    if schema.get("type") in ("integer", "number"):
        return str(max(1, int(schema.get("minimum", 1))))
    if schema.get("type") == "boolean":
        return "true"
    if str(schema.get("format", "")).lower() == "uuid":
        return UUID
    return "https://example.com/" if "url" in str(schema.get("description", "")).lower() else "x"


class Checker:
    """openapi-core response validation of sandbox answers."""

    def __init__(self, base_url: str) -> None:
        ndjson = {"application/x-ndjson": lambda data: json.loads(data.splitlines()[0])}
        config = Config(spec_validator_cls=None, extra_media_type_deserializers=ndjson)
        self._api = OpenAPI.from_dict(_line_schemas(SPEC), config=config)
        self._base_url = base_url

    def errors(self, call: Call, response: httpx.Response) -> list[str]:
        """Validation errors, minus the two spec defects the sandbox tolerates on purpose."""
        parameters = RequestParameters(query=ImmutableMultiDict(call.query))
        request = _Request(self._base_url, call.path, call.method, parameters)
        reply = _Response(
            response.status_code,
            response.headers.get("content-type", ""),
            response.content,
            Headers(list(response.headers.items())),
        )
        try:
            errors = list(self._api.response_validator.iter_errors(request, reply))
        except UnknownType:
            return [] if _null_typed(call.operation) else ["UnknownType"]
        return [
            f"{e} {getattr(e.__cause__, 'schema_errors', '')}"[:400]
            for e in errors
            if not _ambiguous(e)
        ]


def _line_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy where ndjson media types are checked line-wise against ``x-line-schema``."""
    copied: dict[str, Any] = json.loads(json.dumps(spec))
    stack: list[Any] = [copied["paths"], copied.get("components", {}).get("responses", {})]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "x-line-schema" in node:
                node["schema"] = node["x-line-schema"]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return copied


def _ambiguous(error: Exception) -> bool:
    """oneOf matched by several branches: a spec defect the sandbox tolerates on purpose."""
    causes = getattr(error.__cause__, "schema_errors", ())
    return bool(causes) and all(" is valid under each of " in str(c) for c in causes)


def _null_typed(operation: dict[str, Any]) -> bool:
    """Whether a 3.0 answer schema uses ``type: null``, which OpenAPI 3.0 lacks."""
    if not SPEC["openapi"].startswith("3.0"):
        return False
    seen: set[int] = set()
    stack: list[Any] = [operation["responses"]]
    while stack:
        node = resolve(stack.pop())
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            if node.get("type") == "null":
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False
