"""The generator's templates, with the table of query parameter styles they read.

openapi-python-client 0.29.1 keeps neither `style` nor `explode` of a parameter: every
query parameter would go out as an exploded form (`?type=...` for a deepObject filter,
`sort=a&sort=b` for a comma list). ``specs/templates/endpoint_macros.py.jinja`` reads
``QUERY_STYLES``, which is written here from the spec before each generation.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from .config import SPECS
from .vocab import operations

# An unexploded array: its delimiter (OpenAPI 3.0.3, "Style Values").
DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def templates(spec_path: Path, dest: Path) -> Path:
    """``specs/templates`` plus ``query_styles.jinja``, the table the endpoint template reads."""
    shutil.copytree(SPECS / "templates", dest)
    table = query_styles(json.loads(spec_path.read_text()))
    (dest / "query_styles.jinja").write_text(
        "{# Written by the pipeline from the spec's query parameters. #}\n"
        f"{{% set QUERY_STYLES = {json.dumps(table, indent=1, sort_keys=True)} %}}\n"
    )
    return dest


def query_styles(doc: dict[str, Any]) -> dict[str, str]:
    """``"<method> <path> <name>"`` -> ``"deepObject"`` or an unexploded array's delimiter,
    for every query parameter that the generator's default (exploded form) would get wrong."""
    table: dict[str, str] = {}
    for path, method, op, item in operations(doc):
        for param in item.get("parameters", []) + op.get("parameters", []):
            param = _resolve(doc, param)
            style = _wire_style(param, _resolve(doc, param.get("schema", {})))
            if style:
                table[f"{method} {path} {param['name']}"] = style
    return table


def _wire_style(param: dict[str, Any], schema: dict[str, Any]) -> str | None:
    if param.get("in") != "query":
        return None
    style: str = param.get("style", "form")
    if style == "deepObject":
        return style
    explode = param.get("explode", style == "form")
    if schema.get("type") == "array" and not explode:
        return DELIMITERS.get(style)
    return None


def _resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node
