"""The operations the command line exposes, read from the facade's resource classes.

Every generated resource module (``piwik_pro._resources.<area>``) holds one
module-level :class:`~piwik_pro._operation.Operation` per endpoint, named from
``specs/names.toml`` (``users.list``, ``tag_manager.tags.get``).  Their command
words come from those names; their parameters from the generated endpoint's
``_get_kwargs`` signature (positional = path, keyword = query, ``body``) and
their help from the generated docstring.  Nothing here imports click.
"""

from __future__ import annotations

import importlib
import inspect
import re
import types
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, Literal, Union, get_args, get_origin

from .._operation import Operation
from .._resources import SyncAreas

__all__ = ["BodyKind", "Command", "Param", "area_names", "commands", "match_path"]

BodyKind = Literal["json", "json-list", "multipart"]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of a generated endpoint function."""

    name: str
    location: Literal["path", "query"]
    annotation: Any
    required: bool
    help: str


@dataclass(frozen=True, slots=True)
class Command:
    """One operation as a command: ``words`` like ``("tag-manager", "tags", "get")``."""

    words: tuple[str, ...]
    operation: Operation

    @property
    def summary(self) -> str:
        return _docs(self.operation)[0].split("\n", 1)[0]

    @property
    def description(self) -> str:
        return _docs(self.operation)[0]

    @property
    def params(self) -> tuple[Param, ...]:
        return _params(self.operation)

    @property
    def body(self) -> BodyKind | None:
        """How the request body is sent, None when the operation takes none."""
        return _body(self.operation)[0]

    @property
    def body_required(self) -> bool:
        return _body(self.operation)[1]


def _word(name: str) -> str:
    return name.replace("_", "-")


def area_names() -> list[str]:
    """The client's area attributes, in the order of ``specs/areas.toml``."""
    return [name for name, value in vars(SyncAreas).items() if isinstance(value, cached_property)]


@cache
def _area_operations(area: str) -> tuple[Operation, ...]:
    module = importlib.import_module(f"piwik_pro._resources.{area}")
    return tuple(value for value in vars(module).values() if isinstance(value, Operation))


def commands(area: str | None = None) -> Iterator[Command]:
    """Every operation (of one area, or of all), as a command, in the names table's order."""
    for name in [area] if area is not None else area_names():
        for op in _area_operations(name):
            yield Command(tuple(_word(part) for part in op.name.split(".")), op)


def match_path(method: str, path: str) -> Operation | None:
    """The operation whose method and path template match ``path`` (no query string)."""
    for command in commands():
        op = command.operation
        if op.method == method.upper() and _template(op.path).fullmatch(path):
            return op
    return None


@cache
def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


# --------------------------------------------------------------------------- generated code


@cache
def _docs(op: Operation) -> tuple[str, dict[str, str]]:
    """(summary and description, {python parameter name: help}) from the docstring."""
    doc = inspect.getdoc(op.load().sync_detailed) or op.name
    text, _, rest = doc.partition("\nArgs:\n")
    args_text = rest.split("\nRaises:", 1)[0]
    helps: dict[str, str] = {}
    current = None
    for line in args_text.splitlines():
        found = re.match(r"^    (\w+) \(.*?\):\s*(.*)$", line)
        if found:
            current = found.group(1)
            helps[current] = found.group(2).strip()
        elif current is not None and line.strip():
            helps[current] = f"{helps[current]} {line.strip()}".strip()
    return text.strip(), helps


@cache
def _signature(op: Operation) -> inspect.Signature:
    """``_get_kwargs``'s signature; its annotations name models the module loads lazily."""
    models = importlib.import_module("piwik_pro_api.models")
    return inspect.signature(op.load()._get_kwargs, eval_str=True, locals=models.NAMES)


@cache
def _params(op: Operation) -> tuple[Param, ...]:
    helps = _docs(op)[1]
    signature = _signature(op)
    found = []
    for p in signature.parameters.values():
        if p.name == "body":
            continue
        location: Literal["path", "query"] = (
            "path" if p.kind is p.POSITIONAL_OR_KEYWORD else "query"
        )
        found.append(
            Param(p.name, location, p.annotation, p.default is p.empty, helps.get(p.name, ""))
        )
    return tuple(found)


@cache
def _body(op: Operation) -> tuple[BodyKind | None, bool]:
    body = _signature(op).parameters.get("body")
    if body is None:
        return None, False
    required = body.default is body.empty
    options = without_unset(body.annotation)
    if any(get_origin(option) is list for option in options):
        return "json-list", required
    if any(hasattr(option, "to_multipart") for option in options):
        return "multipart", required
    return "json", required


def without_unset(annotation: Any) -> tuple[Any, ...]:
    """The members of a union annotation other than ``Unset`` and ``None``."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = get_args(annotation)
    else:
        members = (annotation,)
    return tuple(
        m for m in members if m is not type(None) and getattr(m, "__name__", "") != "Unset"
    )
