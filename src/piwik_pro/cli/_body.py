"""Request bodies from ``--data``, ``--set`` and ``--form``."""

from __future__ import annotations

import json
import mimetypes
import os
from typing import Any

import click

from .._operation import JsonApiBody
from ._params import RawJson, read_json
from ._registry import Command

__all__ = ["RawMultipart", "build_body", "parse_assignment"]


class RawMultipart:
    """A multipart body where the generated code expects a model: ``to_multipart()``."""

    __slots__ = ("files",)

    def __init__(self, files: list[tuple[str, Any]]) -> None:
        self.files = files

    def to_multipart(self) -> list[tuple[str, Any]]:
        return self.files


def parse_assignment(text: str, option: str) -> tuple[str, Any]:
    """``name=text`` (a string) or ``name:=json`` (any JSON value)."""
    name, sep, value = text.partition("=")
    if not sep or not name or name == ":":
        raise click.BadParameter(
            f"{text!r} is not NAME=VALUE (a string) or NAME:=JSON (a JSON value)",
            param_hint=option,
        )
    if name.endswith(":"):
        try:
            return name[:-1], json.loads(value)
        except json.JSONDecodeError as exc:
            raise click.BadParameter(
                f"{text!r}: the value is not JSON: {exc}", param_hint=option
            ) from exc
    return name, value


def _jsonapi_target(
    document: Any, jsonapi: JsonApiBody, path_values: dict[str, Any]
) -> dict[str, Any]:
    """The ``data.attributes`` object of ``document``, filling in type and id."""
    if not isinstance(document, dict):
        raise click.BadParameter("the JSON:API body must be an object", param_hint="--data")
    data = document.setdefault("data", {})
    if not isinstance(data, dict):
        raise click.BadParameter("the body's 'data' must be an object", param_hint="--data")
    if jsonapi.resource_type is not None:
        data.setdefault("type", jsonapi.resource_type)
    if jsonapi.id_value is not None:
        data.setdefault("id", jsonapi.id_value)
    elif jsonapi.id_param is not None and jsonapi.id_param in path_values:
        data.setdefault("id", str(path_values[jsonapi.id_param]))
    attributes = data.setdefault("attributes", {})
    if not isinstance(attributes, dict):
        raise click.BadParameter(
            "the body's 'data.attributes' must be an object", param_hint="--data"
        )
    return attributes


def _json_body(
    command: Command, data: str | None, sets: tuple[str, ...], path_values: dict[str, Any]
) -> Any:
    document = read_json(data, "--data") if data is not None else None
    if not sets:
        return document
    jsonapi = command.operation.jsonapi
    if jsonapi is not None:
        document = {} if document is None else document
        target = _jsonapi_target(document, jsonapi, path_values)
    else:
        if command.body == "json-list":
            raise click.UsageError("this operation's body is a JSON list: pass it with --data")
        document = {} if document is None else document
        if not isinstance(document, dict):
            raise click.BadParameter("--set needs a JSON object body", param_hint="--data")
        target = document
    for text in sets:
        name, value = parse_assignment(text, "--set")
        target[name] = value
    return document


def build_body(
    command: Command,
    data: str | None,
    sets: tuple[str, ...],
    forms: tuple[str, ...],
    path_values: dict[str, Any],
) -> Any:
    """The ``body`` argument for the generated function, or None when none was given."""
    if command.body == "multipart":
        if data is not None or sets:
            raise click.UsageError("this operation takes a multipart form: use --form NAME=@FILE")
        return _multipart(forms) if forms else None
    if forms:
        raise click.UsageError("--form is only for multipart operations; use --data or --set")
    document = _json_body(command, data, sets, path_values)
    if document is None:
        return None
    if command.body == "json-list":
        if not isinstance(document, list):
            raise click.BadParameter("this operation's body is a JSON list", param_hint="--data")
        return [RawJson(item) for item in document]
    return RawJson(document)


def _multipart(forms: tuple[str, ...]) -> RawMultipart:
    files: list[tuple[str, Any]] = []
    for text in forms:
        name, value = parse_assignment(text, "--form")
        if isinstance(value, str) and value.startswith("@"):
            path = value[1:]
            try:
                with open(path, "rb") as handle:
                    content = handle.read()
            except OSError as exc:
                raise click.BadParameter(
                    f"cannot read {path!r}: {exc.strerror}", param_hint="--form"
                ) from exc
            kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
            files.append((name, (os.path.basename(path), content, kind)))
        else:
            files.append((name, (None, str(value).encode(), "text/plain")))
    return RawMultipart(files)
