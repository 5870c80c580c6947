"""``piwik-pro sandbox``, ``piwik-pro openapi`` and ``piwik-pro postman``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .._config import normalize_base_url
from .._errors import ConfigurationError
from ._registry import area_names

__all__ = ["openapi", "postman", "sandbox"]


def _write(document: Any, out: str) -> None:
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if out == "-":
        click.echo(text, nl=False)
        return
    try:
        Path(out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.BadParameter(
            f"cannot write {out!r}: {exc.strerror}", param_hint="--out"
        ) from exc


def _spec() -> dict[str, Any]:
    from ._spec import load_repaired_spec

    try:
        return load_repaired_spec()
    except (OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc


def _server(host: str | None) -> str | None:
    """The account address normalised like the client's (checked before any work)."""
    if not host:
        return None
    try:
        return normalize_base_url(host)
    except ConfigurationError as exc:
        raise click.BadParameter(str(exc), param_hint="--server") from exc


def _area(value: str | None) -> str | None:
    if value is None:
        return None
    area = value.replace("-", "_")
    if area not in area_names():
        known = ", ".join(name.replace("_", "-") for name in area_names())
        raise click.BadParameter(f"{value!r} is not an area; one of: {known}", param_hint="--area")
    return area


_OUT = click.option(
    "--out", required=True, metavar="FILE", help="Where to write it (- for standard output)."
)
_SERVER = click.option(
    "--server",
    metavar="HOST",
    help="The account address to fill in (default: --host / $PIWIK_PRO_HOST, else a template).",
)


@click.command("openapi")
@click.option("--area", metavar="NAME", help="One area only (e.g. users, tag-manager).")
@_SERVER
@_OUT
@click.pass_context
def openapi(ctx: click.Context, area: str | None, server: str | None, out: str) -> None:
    """Write the repaired OpenAPI 3.0 document: all areas merged, or one area."""
    from ._spec import export_spec

    chosen = _area(area)
    host = _server(server or getattr(ctx.obj, "host", None))
    _write(export_spec(_spec(), chosen, host), out)


@click.command("postman")
@_SERVER
@_OUT
@click.pass_context
def postman(ctx: click.Context, server: str | None, out: str) -> None:
    """Write a Postman collection (v2.1) of every operation, with a Getting started folder.

    The collection variables baseUrl, clientId and clientSecret are left for you to
    fill in (baseUrl is set from the server when given); a pre-request script fetches
    the token from /auth/token and caches it until it expires.
    """
    from ._postman import build_collection

    host = _server(server or getattr(ctx.obj, "host", None))
    _write(build_collection(_spec(), host), out)


@click.command(
    "sandbox",
    context_settings={"ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox(args: tuple[str, ...]) -> None:
    """Serve the local sandbox (options as for python -m piwik_pro.testing; --help lists them)."""
    try:
        from ..testing.__main__ import main
    except ImportError as exc:
        raise click.ClickException(
            f"the sandbox needs the 'sandbox' extra: pip install 'piwik-pro[sandbox]' ({exc})"
        ) from exc
    raise SystemExit(main(["--help"] if "-h" in args else list(args)))
