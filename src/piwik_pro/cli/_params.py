"""click parameters for the generated endpoints' arguments, and the values they produce."""

from __future__ import annotations

import datetime as dt
import json
import sys
import uuid
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

import click

from ._registry import Param, without_unset

__all__ = ["RawJson", "click_param", "option_flag", "read_json"]

if TYPE_CHECKING:  # generic for type checkers only (click 8.2-8.4 cannot subscript it)
    _ParamType = click.ParamType[Any, Any]
else:
    _ParamType = click.ParamType


class RawJson:
    """A JSON value where the generated code expects a model: ``to_dict()`` returns it."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def to_dict(self) -> Any:
        return self.value


def read_json(text: str, what: str) -> Any:
    """Parse JSON ``text``, ``@file`` or ``-`` (stdin); a usage error names ``what``."""
    if text == "-":
        source, content = "standard input", sys.stdin.read()
    elif text.startswith("@"):
        source = text[1:]
        try:
            with open(source, encoding="utf-8") as handle:
                content = handle.read()
        except OSError as exc:
            raise click.BadParameter(
                f"cannot read {source!r}: {exc.strerror}", param_hint=what
            ) from exc
    else:
        source, content = "the argument", text
    try:
        return json.loads(content)
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"{source} is not valid JSON: {exc}", param_hint=what) from exc


class _LiteralChoice(click.Choice[str]):
    """A choice among a Literal's values, converted back to the value's own type."""

    def __init__(self, values: tuple[Any, ...]) -> None:
        super().__init__([str(value) for value in values])
        self._values = {str(value): value for value in values}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return self._values[str(super().convert(value, param, ctx))]


class _IsoValue(_ParamType):
    """A date or date-time in ISO 8601, parsed with ``kind.fromisoformat``."""

    def __init__(self, kind: type[dt.date], example: str) -> None:
        self.kind, self.example = kind, example
        self.name = example

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, self.kind):
            return value
        try:
            return self.kind.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not like {self.example}", param, ctx)


class _Json(_ParamType):
    name = "JSON"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, RawJson):
            return value
        return RawJson(read_json(value, param.get_error_hint(ctx) if param and ctx else "JSON"))


_SIMPLE: dict[Any, _ParamType] = {
    str: click.STRING,
    int: click.INT,
    float: click.FLOAT,
    bool: click.BOOL,
    uuid.UUID: click.UUID,
    dt.date: _IsoValue(dt.date, "2024-01-31"),
    dt.datetime: _IsoValue(dt.datetime, "2024-01-31T12:00:00+00:00"),
}


def _click_type(annotation: Any) -> tuple[_ParamType, bool]:
    """(type, multiple) for a generated parameter annotation."""
    members = without_unset(annotation)
    if len(members) == 1 and get_origin(members[0]) is list:
        inner, _ = _click_type(get_args(members[0])[0])
        return inner, True
    if len(members) == 1:
        member = members[0]
        if get_origin(member) is Literal:
            return _LiteralChoice(get_args(member)), False
        if member in _SIMPLE:
            return _SIMPLE[member], False
        if hasattr(member, "from_dict"):
            return _Json(), False
    return click.STRING, False


def option_flag(name: str) -> str:
    return f"--{name.replace('_', '-')}"


def click_param(param: Param, reserved: set[str]) -> click.Parameter:
    """The click argument (path) or option (query) for one parameter."""
    kind, multiple = _click_type(param.annotation)
    if param.location == "path":
        return click.Argument([param.name], type=kind, metavar=param.name.upper())
    flag = option_flag(param.name)
    if flag in reserved:  # never shadow the command line's own options
        flag = option_flag(f"param_{param.name}")
    help_text = param.help or None
    if multiple:
        help_text = f"{help_text or ''} (repeatable)".strip()
    return click.Option(
        [flag, param.name], type=kind, multiple=multiple, required=param.required, help=help_text
    )
