"""`--help` for every generated command: its description, METHOD PATH and every parameter."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from click.testing import CliRunner

from piwik_pro.cli._app import cli
from piwik_pro.cli._params import option_flag
from piwik_pro.cli._registry import commands

from .conftest import environment

ROOT = Path(__file__).resolve().parents[2]


def test_one_command_per_inventory_operation() -> None:
    """The commands are exactly the operations of specs/inventory.json, by name and path."""
    inventory = json.loads((ROOT / "specs" / "inventory.json").read_text())
    expected = {(e["name"], e["method"], e["path"]) for e in inventory}
    found = {(c.operation.name, c.operation.method, c.operation.path) for c in commands()}
    assert found == expected
    assert len(found) == len(inventory) == 178


def test_help_of_every_generated_command() -> None:
    """Each command's --help exits 0 and names its summary, METHOD PATH and parameters."""
    runner = CliRunner()
    checked = 0
    for command in commands():
        result = runner.invoke(cli, [*command.words, "--help"], prog_name="piwik-pro")
        text = " ".join(result.output.split())  # as one line: wrapping differs per width
        where = " ".join(command.words)
        assert result.exit_code == 0, (where, text)
        assert f"Usage: piwik-pro {where} [OPTIONS]" in text, where
        assert " ".join(command.summary.split()) in text, where
        assert f"{command.operation.method} {command.operation.path}" in text, where
        for param in command.params:
            shown = param.name.upper() if param.location == "path" else option_flag(param.name)
            assert shown in text, (where, shown)
        if command.body in ("json", "json-list"):
            assert "--data JSON|@FILE|-" in text, where
        if command.operation.pagination is not None:
            assert "--all" in text, where
        checked += 1
    assert checked == 178


def test_group_help_lists_its_commands() -> None:
    """`piwik-pro tag-manager --help` lists the groups; `tag-manager tags --help` the verbs."""
    runner = CliRunner()
    groups = runner.invoke(cli, ["tag-manager", "--help"]).output
    assert all(name in groups for name in ("tags", "triggers", "variables", "versions"))
    tags = runner.invoke(cli, ["tag-manager", "tags", "--help"]).output
    assert all(f"  {verb} " in tags for verb in ("list", "get", "create", "update", "delete"))


def test_installed_script_help(script: Path) -> None:
    """The console script itself answers --help for the root and for a leaf command."""
    for args, expected in [
        ([], "Commands:"),
        (["users", "update", "--help"], "PATCH /api/users/v2/{userId}"),
    ]:
        process = subprocess.run(
            [str(script), *args, "--help"] if not args else [str(script), *args],
            capture_output=True,
            text=True,
            env=environment(None),
            timeout=60,
            check=False,
        )
        assert process.returncode == 0 and expected in process.stdout, process.stderr
