"""The ``piwik-pro`` command line (install the ``cli`` extra).

Commands are derived at run time from the client's generated resource classes
(one per operation of ``specs/names.toml``), plus ``api`` for raw calls,
``sandbox``, ``openapi`` and ``postman``. The facade never imports this package.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit status."""
    try:
        import click  # noqa: F401  (the optional dependency)
    except ImportError:
        print(
            "piwik-pro: the command line needs the 'cli' extra: pip install 'piwik-pro[cli]'",
            file=sys.stderr,
        )
        return 2
    from ._app import cli

    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="piwik-pro")
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0
