"""One click command per operation, built on demand from the registry.

``piwik-pro users list`` resolves the group ``users`` and then the command
``list``; each is built when click asks for it (``list_commands`` /
``get_command``), so start-up imports one area's resource module and one
generated endpoint module, not all 178.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from piwik_pro_api.types import UNSET

from ._body import build_body
from ._params import click_param
from ._registry import Command, commands
from ._run import emit, paginate, send, write_response
from ._settings import Settings

__all__ = ["AreaGroup", "operation_command"]

_RESERVED = {"--data", "--set", "--form", "--all", "--page-size", "--help"}


def _analytics_export() -> click.Command:
    from ._analytics import export

    return export


# Hand-written commands beside the generated ones, by group words (built when asked for).
_EXTRAS: dict[tuple[str, ...], dict[str, Callable[[], click.Command]]] = {
    ("analytics",): {"export": _analytics_export},
}


class AreaGroup(click.Group):
    """The commands (and sub-groups) of one area below the words ``prefix``."""

    def __init__(self, area: str, prefix: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(name=prefix[-1], **kwargs)
        self._area = area
        self._prefix = prefix

    def _below(self) -> dict[str, list[Command]]:
        children: dict[str, list[Command]] = {}
        depth = len(self._prefix)
        for command in commands(self._area):
            if command.words[:depth] == self._prefix:
                children.setdefault(command.words[depth], []).append(command)
        return children

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self._below(), *_EXTRAS.get(self._prefix, {})]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        extra = _EXTRAS.get(self._prefix, {}).get(cmd_name)
        if extra is not None:
            return extra()
        found = self._below().get(cmd_name)
        if not found:
            return None
        words = (*self._prefix, cmd_name)
        if len(found) == 1 and found[0].words == words:
            return operation_command(found[0])
        return AreaGroup(self._area, words, help=f"The {' '.join(words)} operations.")


def _help(command: Command) -> str:
    op = command.operation
    lines = [command.description, "", "\b", f"{op.method} {op.path}"]
    paths = [p for p in command.params if p.location == "path"]
    if paths:
        lines += ["", "\b", "Arguments:"]
        lines += [f"  {p.name.upper()}  {p.help}".rstrip() for p in paths]
    if command.operation.jsonapi is not None:
        lines += ["", "--set NAME=VALUE fills data.attributes (type and id are added for you)."]
    return "\n".join(lines)


def _body_options(command: Command) -> list[click.Parameter]:
    if command.body is None:
        return []
    if command.body == "multipart":
        return [
            click.Option(
                ["--form", "forms"],
                multiple=True,
                metavar="NAME=@FILE|NAME=VALUE",
                help="A multipart form field: a file to upload or a text value (repeatable).",
            )
        ]
    target = "data.attributes member" if command.operation.jsonapi else "top-level body member"
    return [
        click.Option(
            ["--data", "data"],
            metavar="JSON|@FILE|-",
            help="The request body: JSON text, @file.json, or - for standard input.",
        ),
        click.Option(
            ["--set", "sets"],
            multiple=True,
            metavar="NAME=VALUE",
            help=f"A {target}: NAME=text or NAME:=JSON (repeatable; applied over --data).",
        ),
    ]


def _paging_options(command: Command) -> list[click.Parameter]:
    if command.operation.pagination is None:
        return []
    return [
        click.Option(
            ["--all", "all_pages"], is_flag=True, help="Fetch every page; print one JSON list."
        ),
        click.Option(
            ["--page-size"], type=click.IntRange(min=1), help="Items per page with --all."
        ),
    ]


def operation_command(command: Command) -> click.Command:
    """The click command for one operation."""
    params = [click_param(p, _RESERVED) for p in command.params]
    params += _body_options(command) + _paging_options(command)

    @click.pass_context
    def run(ctx: click.Context, /, **values: Any) -> None:
        _run(ctx, command, values)

    return click.Command(
        command.words[-1],
        callback=run,
        params=params,
        help=_help(command),
        short_help=command.summary,
    )


def _run(ctx: click.Context, command: Command, values: dict[str, Any]) -> None:
    args: dict[str, Any] = {}
    for param in command.params:
        value = values.pop(param.name)
        args[param.name] = UNSET if value is None or value == () else _plain(value)
    if command.body is not None:
        path_values = {p.name: args[p.name] for p in command.params if p.location == "path"}
        sets, forms = values.get("sets", ()), values.get("forms", ())
        body = build_body(command, values.get("data"), sets, forms, path_values)
        if body is None and command.body_required:
            hint = "--form" if command.body == "multipart" else "--data or --set"
            raise click.UsageError(f"this operation needs a request body: pass {hint}")
        args["body"] = UNSET if body is None else body
    client = ctx.find_object(Settings).client()  # type: ignore[union-attr]
    op = command.operation
    if values.get("all_pages"):
        emit(list(paginate(client, op, args, values.get("page_size"))))
    else:
        if values.get("page_size") is not None:
            raise click.UsageError("--page-size goes with --all")
        write_response(send(client, op, args))


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
