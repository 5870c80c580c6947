"""``python -m piwik_pro.testing``: run a Piwik PRO sandbox until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from ._sandbox import Sandbox
from ._spec import SpecNotFoundError, load_spec


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, start the sandbox, print how to reach it, serve until interrupted."""
    args = _parser().parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except (SpecNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sandbox = Sandbox(
        spec,
        client_id=args.client_id,
        client_secret=args.client_secret,
        token_lifetime=args.token_lifetime,
        host=args.host,
        port=args.port,
    )
    with sandbox:
        print(f"Piwik PRO sandbox listening on {sandbox.url}")
        print(f"  client_id:     {sandbox.client_id}")
        print(f"  client_secret: {sandbox.client_secret}")
        print(f"  token:         POST {sandbox.url}/auth/token")
        print(f"  control:       {sandbox.url}/__sandbox__/health (faults, seed, reset, ...)")
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("\nstopped")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m piwik_pro.testing",
        description="Serve a local stand-in for a Piwik PRO account, built from the OpenAPI spec.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 = any free)")
    parser.add_argument("--client-id", default="sandbox-client-id")
    parser.add_argument("--client-secret", default="sandbox-client-secret")
    parser.add_argument(
        "--token-lifetime", type=float, default=1800, help="token lifetime in seconds"
    )
    parser.add_argument("--spec", default=None, help="OpenAPI document to serve")
    return parser


if __name__ == "__main__":
    sys.exit(main())
