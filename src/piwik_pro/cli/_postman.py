"""A Postman collection (format v2.1) built from the repaired spec.

Collection variables ``baseUrl``, ``clientId`` and ``clientSecret`` (plus the
cached ``accessToken``); a collection-level pre-request script that fetches and
caches the token; a ``Getting started`` folder performing the published
walkthrough (token, invite a user, get it, change its language, delete it) with
a test script on each request; then one folder per area (sub-folders per group)
with one request per operation.
"""

from __future__ import annotations

import json
from typing import Any

from .._config import normalize_base_url
from . import _postman_scripts as js
from ._spec import HTTP_METHODS, NAME_KEY

__all__ = ["SCHEMA_URL", "build_collection"]

SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
GETTING_STARTED = "Getting started"
_JSON = {"Content-Type": "application/json"}
_JSONAPI = {"Content-Type": "application/vnd.api+json"}


def build_collection(spec: dict[str, Any], host: str | None) -> dict[str, Any]:
    """The collection for ``spec``; ``baseUrl`` is ``host`` (normalised) when given."""
    base = normalize_base_url(host) if host else "https://example.piwik.pro"
    release = spec.get("info", {}).get("version", "")
    return {
        "info": {
            "name": "Piwik PRO API",
            "description": (
                f"Every operation of the Piwik PRO API (docs release {release}), from the "
                "repaired OpenAPI specs of the piwik-pro project. Set clientId and "
                "clientSecret (and baseUrl, your account address); the pre-request script "
                "fetches the access token and caches it until it expires."
            ),
            "schema": SCHEMA_URL,
        },
        "variable": [
            _variable("baseUrl", base, "Your account address, like https://example.piwik.pro"),
            _variable("clientId", "", "API client id (Menu > Profile > API credentials)"),
            _variable("clientSecret", "", "API client secret; keep it out of shared files"),
            _variable("userEmail", "new-user@example.com", "Who Getting started invites"),
            _variable("accessToken", "", "Set by the pre-request script"),
            _variable("accessTokenExpiresAt", "0", "Set by the pre-request script (ms)"),
            _variable("userId", "", "Set by Getting started"),
        ],
        "auth": {
            "type": "bearer",
            "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}],
        },
        "event": [js.event("prerequest", js.PRE_REQUEST)],
        "item": [_getting_started(), *_area_folders(spec)],
    }


def _variable(key: str, value: str, description: str) -> dict[str, Any]:
    return {"key": key, "value": value, "type": "string", "description": description}


# --------------------------------------------------------------------------- Getting started


def _getting_started() -> dict[str, Any]:
    user = "/api/users/v2/{{userId}}"
    attributes = {"email": "{{userEmail}}", "language": "en-US"}
    invite = {"data": {"type": "ppms/user", "attributes": attributes}}
    change = {
        "data": {"type": "ppms/user", "id": "{{userId}}", "attributes": {"language": "de-DE"}}
    }
    token = {
        "grant_type": "client_credentials",
        "client_id": "{{clientId}}",
        "client_secret": "{{clientSecret}}",
    }
    steps = [
        ("Create an access token", "POST", js.TOKEN_PATH, token, _JSON, js.TOKEN_TEST),
        ("Invite a user", "POST", "/api/users/v2/invite", invite, _JSONAPI, js.INVITE_TEST),
        ("Get the user", "GET", user, None, {}, js.user_test("en-US")),
        ("Change the user's language", "PATCH", user, change, _JSONAPI, _changed()),
        ("Get the user again", "GET", user, None, {}, js.user_test("de-DE")),
        ("Delete the user", "DELETE", user, None, {}, js.no_content_test("deleted")),
        ("Get the deleted user", "GET", user, None, {}, js.GONE_TEST),
    ]
    items = [_step(*step) for step in steps]
    items[0]["request"]["auth"] = {"type": "noauth"}
    return {
        "name": GETTING_STARTED,
        "description": (
            "The published getting-started walkthrough: create an access token, invite a "
            "user, get it, change its language, delete it (plus two checks). Each request "
            "passes the user id on in the userId variable and tests its answer."
        ),
        "item": items,
    }


def _changed() -> str:
    return js.no_content_test("language changed")


def _step(
    name: str, method: str, path: str, body: Any, headers: dict[str, str], test: str
) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": method,
        "header": [{"key": k, "value": v} for k, v in headers.items()],
        "url": _url(path.split("/")[1:], [], []),
    }
    if body is not None:
        request["body"] = _raw_body(body)
    return {"name": name, "request": request, "event": [js.event("test", test)]}


def _raw_body(body: Any) -> dict[str, Any]:
    text = json.dumps(body, indent=2)
    return {"mode": "raw", "raw": text, "options": {"raw": {"language": "json"}}}


def _url(
    segments: list[str], variables: list[dict[str, Any]], query: list[dict[str, Any]]
) -> dict[str, Any]:
    raw = "{{baseUrl}}/" + "/".join(segments)
    enabled = [q for q in query if not q.get("disabled")]
    if enabled:
        raw += "?" + "&".join(f"{q['key']}={q['value']}" for q in enabled)
    url: dict[str, Any] = {"raw": raw, "host": ["{{baseUrl}}"], "path": segments}
    if variables:
        url["variable"] = variables
    if query:
        url["query"] = query
    return url


# --------------------------------------------------------------------------- areas


def _area_folders(spec: dict[str, Any]) -> list[dict[str, Any]]:
    root: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            words = str(op.get(NAME_KEY, f"other.{method}")).split(".")
            folder = root
            for word in words[:-1]:
                folder = folder.setdefault(word, {})
            folder[words[-1]] = _request(spec, path, method, item, op)
    return [_folder(name, content) for name, content in root.items()]


def _folder(name: str, content: dict[str, Any]) -> dict[str, Any]:
    items = [value if "request" in value else _folder(key, value) for key, value in content.items()]
    return {"name": name.replace("_", " ").capitalize(), "item": items}


def _request(
    spec: dict[str, Any], path: str, method: str, item: dict[str, Any], op: dict[str, Any]
) -> dict[str, Any]:
    parameters = [_deref(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    variables, query, headers = [], [], []
    for p in parameters:
        entry = {"key": p["name"], "value": _example_text(spec, p), "description": _describe(p)}
        if p.get("in") == "path":
            variables.append(entry)
        elif p.get("in") == "query":
            query.append({**entry, "disabled": not p.get("required", False)})
        elif p.get("in") == "header":
            headers.append({**entry, "disabled": not p.get("required", False)})
    segments = [f":{s[1:-1]}" if s.startswith("{") else s for s in path.split("/")[1:]]
    request: dict[str, Any] = {
        "method": method.upper(),
        "header": headers,
        "url": _url(segments, variables, query),
        "description": "\n\n".join(
            text for text in (op.get("summary"), op.get("description")) if text
        ),
    }
    body = _deref(spec, op.get("requestBody", {})).get("content", {})
    if body:
        media, content = next(iter(body.items()))
        request["header"].append({"key": "Content-Type", "value": media})
        if "json" in media:
            request["body"] = _raw_body(_body_example(spec, content))
    return {"name": op.get("summary") or op[NAME_KEY], "request": request}


def _describe(param: dict[str, Any]) -> str:
    text = str(param.get("description", "")).strip()
    return f"(required) {text}".strip() if param.get("required") else text


def _deref(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 32:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        node, depth = target, depth + 1
    return node


def _example_text(spec: dict[str, Any], param: dict[str, Any]) -> str:
    value = param.get("example", _deref(spec, param.get("schema", {})).get("default", ""))
    return value if isinstance(value, str) else json.dumps(value)


def _body_example(spec: dict[str, Any], content: dict[str, Any]) -> Any:
    if "example" in content:
        return content["example"]
    for example in content.get("examples", {}).values():
        value = _deref(spec, example)
        if isinstance(value, dict) and "value" in value:
            return value["value"]
    return _skeleton(spec, content.get("schema", {}), 0)


def _skeleton(spec: dict[str, Any], schema: Any, depth: int) -> Any:
    """A small sample of ``schema``: its example, else its required members filled in."""
    schema = _deref(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            parts = [_deref(spec, s) for s in schema[key]]
            if key == "allOf" and all(p.get("type", "object") == "object" for p in parts):
                merged: dict[str, Any] = {}
                for part in parts:
                    value = _skeleton(spec, part, depth + 1)
                    merged.update(value if isinstance(value, dict) else {})
                return merged
            return _skeleton(spec, parts[0], depth + 1)
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        return {k: _skeleton(spec, properties[k], depth + 1) for k in required if k in properties}
    if kind == "array":
        return [_skeleton(spec, schema.get("items", {}), depth + 1)]
    return {"integer": 0, "number": 0, "boolean": False, "string": ""}.get(str(kind))
