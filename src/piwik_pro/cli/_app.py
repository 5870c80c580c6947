"""The ``piwik-pro`` command group: the areas' commands plus api, sandbox, openapi, postman."""

from __future__ import annotations

from typing import Any

import click

from .._config import ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_HOST
from ._commands import AreaGroup
from ._raw import api
from ._registry import area_names, commands
from ._settings import Settings
from ._tools import openapi, postman, sandbox

__all__ = ["cli"]


class _Root(click.Group):
    """The areas (built on demand) first, then the tools."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [area.replace("_", "-") for area in area_names()] + list(self.commands)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        area = cmd_name.replace("-", "_")
        if area not in area_names():
            return None
        count = sum(1 for _ in commands(area))
        return AreaGroup(area, (cmd_name,), help=f"client.{area}: {count} operations.")


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--host", envvar=ENV_HOST, help=f"The account address [${ENV_HOST}].")
@click.option("--client-id", envvar=ENV_CLIENT_ID, help=f"API client id [${ENV_CLIENT_ID}].")
@click.option(
    "--client-secret",
    envvar=ENV_CLIENT_SECRET,
    help=f"API client secret [${ENV_CLIENT_SECRET}]; prefer the variable.",
)
@click.version_option(package_name="piwik-pro", prog_name="piwik-pro")
@click.pass_context
def cli(ctx: click.Context, /, **settings: Any) -> None:
    """Call the Piwik PRO API from the shell: every operation, raw calls, the sandbox.

    Answers are printed as JSON on standard output (indented on a terminal). Exit
    status: 0 on success, 1 for an API or connection error (details on standard
    error), 2 for a usage error.
    """
    ctx.obj = Settings(settings["host"], settings["client_id"], settings["client_secret"])


cli.add_command(api)
cli.add_command(sandbox)
cli.add_command(openapi)
cli.add_command(postman)
