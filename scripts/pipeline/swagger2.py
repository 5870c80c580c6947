"""Swagger 2.0 to OpenAPI 3.0.3, for the features the Piwik PRO Swagger files use.

Covers: definitions, shared and inline parameters (query/path/header/body/formData),
responses with schemas, consumes/produces, host/basePath/schemes. Everything the
generator and the validators need; nothing more.
"""

from __future__ import annotations

import json
from typing import Any

from .vocab import HTTP_METHODS, JSON, MULTIPART

_SCHEMA_KEYS = (
    "type", "format", "items", "enum", "default", "maximum", "minimum", "maxLength",
    "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "multipleOf",
    "exclusiveMaximum", "exclusiveMinimum",
)  # fmt: skip


def convert(doc: dict[str, Any]) -> dict[str, Any]:
    """Return an OpenAPI 3.0.3 document equivalent to the Swagger 2.0 ``doc``."""
    doc = _rewrite_refs(doc)
    consumes = doc.get("consumes", [JSON])
    produces = doc.get("produces", [JSON])
    shared = doc.get("parameters", {})
    out: dict[str, Any] = {"openapi": "3.0.3", "info": doc["info"], "servers": _servers(doc)}
    out["paths"] = {
        path: _path_item(item, shared, consumes, produces) for path, item in doc["paths"].items()
    }
    out["components"] = {"schemas": doc.get("definitions", {})}
    if "tags" in doc:
        out["tags"] = doc["tags"]
    return out


def _rewrite_refs(doc: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(doc).replace('"#/definitions/', '"#/components/schemas/')
    result: dict[str, Any] = json.loads(text)
    return result


def _servers(doc: dict[str, Any]) -> list[dict[str, str]]:
    base = doc.get("basePath", "/")
    return [{"url": f"{s}://{doc['host']}{base}"} for s in doc.get("schemes", ["https"])]


def _path_item(
    item: dict[str, Any], shared: dict[str, Any], consumes: list[str], produces: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    common = item.get("parameters", [])
    for method, op in item.items():
        if method in HTTP_METHODS:
            out[method] = _operation(op, common, shared, consumes, produces)
    return out


def _operation(
    op: dict[str, Any],
    common: list[dict[str, Any]],
    shared: dict[str, Any],
    consumes: list[str],
    produces: list[str],
) -> dict[str, Any]:
    out = {
        k: v for k, v in op.items() if k not in ("parameters", "responses", "consumes", "produces")
    }
    params = [_resolve(p, shared) for p in common + op.get("parameters", [])]
    media_in = op.get("consumes", consumes)
    out["parameters"] = [_parameter(p) for p in params if p["in"] not in ("body", "formData")]
    body = [p for p in params if p["in"] == "body"]
    form = [p for p in params if p["in"] == "formData"]
    if body:
        out["requestBody"] = _body(body[0], media_in)
    elif form:
        out["requestBody"] = _form(form)
    out["responses"] = {
        code: _response(r, op.get("produces", produces)) for code, r in op["responses"].items()
    }
    if not out["parameters"]:
        del out["parameters"]
    return out


def _resolve(param: dict[str, Any], shared: dict[str, Any]) -> dict[str, Any]:
    ref = param.get("$ref", "")
    result: dict[str, Any] = (
        shared[ref.rsplit("/", 1)[-1]] if ref.startswith("#/parameters/") else param
    )
    return result


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    schema = {k: param[k] for k in _SCHEMA_KEYS if k in param}
    out = {k: v for k, v in param.items() if k not in _SCHEMA_KEYS and k != "collectionFormat"}
    out["schema"] = schema
    if param["in"] == "path":
        out["required"] = True
    return out


def _body(param: dict[str, Any], media: list[str]) -> dict[str, Any]:
    # A body parameter's own `type` (next to `schema`) is not valid Swagger; the schema wins.
    body: dict[str, Any] = {"content": {m: {"schema": param["schema"]} for m in media}}
    if param.get("required"):
        body["required"] = True
    if "description" in param:
        body["description"] = param["description"]
    return body


def _form(params: list[dict[str, Any]]) -> dict[str, Any]:
    props = {p["name"]: {k: p[k] for k in _SCHEMA_KEYS if k in p} for p in params}
    required = [p["name"] for p in params if p.get("required")]
    schema: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    return {"content": {MULTIPART: {"schema": schema}}}


def _response(resp: dict[str, Any], media: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"description": resp.get("description", "")}
    if "schema" in resp:
        out["content"] = {m: {"schema": resp["schema"]} for m in media}
    if "headers" in resp:
        out["headers"] = {
            name: {
                "description": h.get("description", ""),
                "schema": {"type": h.get("type", "string")},
            }
            for name, h in resp["headers"].items()
        }
    return out
