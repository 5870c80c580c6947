"""The pipeline's shared vocabulary: every stage imports it, and it imports nothing of theirs.

- walking OpenAPI documents: every mapping, every schema node, every operation;
- the ``x-`` extension keys the pipeline writes, each under a name saying what it holds
  (the key strings are part of the committed spec, ``src/piwik_pro/openapi.json``, which
  the facade, the sandbox and the CLI read: never change one without regenerating);
- the media types the stages look for, and the bearer security scheme;
- spelling: operation keys with their path parameters left out, PascalCase names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

Doc = dict[str, Any]
# The keys of a path item that are operations, in the order the pipeline visits them.
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# -- x- extension keys, by what they hold ------------------------------------------------
# Marker at the top of the committed spec: written by the pipeline, not by hand.
X_GENERATED = "x-generated"
# On a schema: the upstream component it was inlined from (the lifted component's name).
X_UPSTREAM_COMPONENT = "x-origin"
# On an operation: its dotted friendly name, ``area.group.method`` (``users.get``).
X_FRIENDLY_NAME = "x-piwik-name"
# On an operation: the published spec file it came from.
X_SPEC_FILE = "x-piwik-file"
# On an operation: its upstream operationId, else its summary.
X_UPSTREAM_ID = "x-upstream-id"
# On a path item and its operations: the path as published, where a repair respelled it.
X_PUBLISHED_PATH = "x-published-path"
# On a schema: the published `type` text that meant no JSON Schema type.
X_PUBLISHED_TYPE = "x-published-type"
# On a JSON-lines media type: the schema of one line (the body itself is a binary string).
X_LINE_SCHEMA = "x-line-schema"

# -- media types -----------------------------------------------------------------------
JSON = "application/json"
JSONAPI = "application/vnd.api+json"
NDJSON = "application/x-ndjson"
MULTIPART = "multipart/form-data"
OCTET_STREAM = "application/octet-stream"
JSON_MEDIA_TYPES = (JSON, JSONAPI)

# The security scheme of every authorized API: a client-credentials bearer token.
BEARER = {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}


# -- walking documents -----------------------------------------------------------------
def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in a JSON tree, parents before children."""
    if isinstance(node, dict):
        yield node
        for value in list(node.values()):
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


VALUES = frozenset({"example", "examples", "default", "enum", "const"})


def walk_schemas(node: Any, name_maps: frozenset[str] = frozenset()) -> Iterator[dict[str, Any]]:
    """Every mapping of a JSON tree except inside example and enum values and ``x-`` keys.

    A mapping under a key of ``name_maps`` (names to schemas, e.g. ``properties``) is not
    yielded itself, since its keys are names, not keywords; its values are walked.
    """
    if isinstance(node, dict):
        yield node
        for key, value in list(node.items()):
            if key in VALUES or str(key).startswith("x-"):
                continue
            if key in name_maps and isinstance(value, dict):
                for schema in list(value.values()):
                    yield from walk_schemas(schema, name_maps)
            else:
                yield from walk_schemas(value, name_maps)
    elif isinstance(node, list):
        for value in node:
            yield from walk_schemas(value, name_maps)


def operations(doc: Doc) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method], item


def resolve_param(doc: Doc, param: dict[str, Any]) -> dict[str, Any]:
    """``param`` itself, or what its local ``$ref`` points to."""
    ref = param.get("$ref")
    if not ref:
        return param
    node: Any = doc
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    resolved: dict[str, Any] = node
    return resolved


# -- spelling --------------------------------------------------------------------------
# A path parameter in a path template: ``{app_id}``.
TEMPLATE = re.compile(r"{([^}]+)}")


def template_of(key: str) -> str:
    """``"METHOD /path"`` with its path parameter names left out: ``GET /a/{}``."""
    return TEMPLATE.sub("{}", key)


def pascal(text: str) -> str:
    """``"meta_sites list"`` -> ``"MetaSitesList"``: the words of ``text``, capitalised."""
    words = re.findall(r"[A-Za-z][a-z0-9]*|[0-9]+|[A-Z]+(?![a-z])", text.replace("_", " "))
    return "".join(w[:1].upper() + w[1:] for w in words)
