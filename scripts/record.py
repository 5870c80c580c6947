"""Record the replay cassettes: one per operation, through the facade, token exchange included.

    python scripts/record.py [NAME ...]          # make record: against a local Sandbox
    python scripts/record.py --live [NAME ...]   # make record-live: against a real account

Each operation of the repaired spec (``src/piwik_pro/openapi.json``, from ``make regen``)
gets ``tests/cassettes/<area>/<friendly.name>.yaml``: a fresh ``PiwikPro`` client makes
the call that ``recording/calls.py`` (beside this script) builds for the operation, and
vcrpy records the token request and the API call. Every cassette is scrubbed before it is
written (``recording/scrub.py``: bearer token, client credentials, access token, account
host, noisy headers). ``NAME`` arguments limit the run to operations whose friendly
name equals one or starts with ``NAME.``.

Operations are recorded creates first, then reads, updates, and deletes last (by
friendly name within each). ``make record`` (the default) starts a
``piwik_pro.testing.Sandbox`` and records every operation against it, with the
sandbox's state reset before each call: every call meets a sandbox that knows
nothing and is answered from the spec's documented examples (the sandbox falls back
to them for ids it does not know), so no cassette depends on another. Sandbox ids
are deterministic and noisy headers are dropped, so running it twice leaves the
files byte-identical. A full run also deletes cassettes whose operation is no longer
in the spec. Any call that fails makes the run fail, and its cassette is not written.

``make record-live`` records against the account named by ``PIWIK_PRO_HOST``,
``PIWIK_PRO_CLIENT_ID`` and ``PIWIK_PRO_CLIENT_SECRET`` and refuses to run (naming the
missing variable) without all three. By default it records only GET operations;
``RECORD_WRITES=1`` also records the others, which CREATE, CHANGE AND DELETE real data
in that account (it prints a loud warning first; use a test account). The calls use the
spec's documented example ids, so an operation the account answers with an error (for
example 404 for an id it does not have) is reported and its committed cassette is
kept. Live cassettes are scrubbed the same way (the account host becomes
``example.piwik.pro``), so replay does not depend on which backend recorded. This
mode cannot be exercised on the machines this project is built on (they have no
internet access); only the sandbox mode has been run there.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from recording.calls import CASSETTES, ROOT, Call, build_calls
from recording.scrub import Scrubber

LIVE_VARIABLES = ("PIWIK_PRO_HOST", "PIWIK_PRO_CLIENT_ID", "PIWIK_PRO_CLIENT_SECRET")
WRITES_VARIABLE = "RECORD_WRITES"
# Creates first and deletes last, so that on a live account the other calls (most by
# name order) still find what they read or change.
_PHASES = {"POST": 0, "GET": 1, "PUT": 2, "PATCH": 2, "DELETE": 3}
WARNING = """
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
!!  RECORD_WRITES=1: recording POST/PUT/PATCH/DELETE operations against {host}.
!!  This creates, changes and DELETES real data in that account. Use a test account.
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--live", action="store_true", help="record against a real account")
    parser.add_argument("names", nargs="*", help="friendly names (or prefixes) to record")
    args = parser.parse_args(argv)
    calls = sorted(
        (c for c in build_calls() if _selected(c.name, args.names)),
        key=lambda c: (_PHASES.get(c.method, 1), c.name),
    )
    if args.live:
        return _record_live(calls)
    return _record_sandbox(calls, full=not args.names)


def _selected(name: str, wanted: list[str]) -> bool:
    return not wanted or any(name == w or name.startswith(w + ".") for w in wanted)


def _record_sandbox(calls: list[Call], *, full: bool) -> int:
    from piwik_pro.testing import Sandbox

    with Sandbox() as sandbox:
        scrubber = Scrubber([sandbox.url])

        def client() -> Any:
            sandbox.reset()
            return sandbox.client(max_retries=0)

        failures = _record_all(calls, client, scrubber)
    if full:
        _remove_orphans({c.cassette for c in calls})
    return _report(len(calls), failures, strict=True)


def _record_live(calls: list[Call]) -> int:
    missing = [name for name in LIVE_VARIABLES if not os.environ.get(name)]
    if missing:
        print(f"record-live: {', '.join(missing)} not set; refusing to record without it")
        return 2
    from piwik_pro import PiwikPro

    client = PiwikPro.from_env(max_retries=0)
    host = client.base_url
    client.close()
    if os.environ.get(WRITES_VARIABLE) == "1":
        print(WARNING.format(host=host), file=sys.stderr)
    else:
        calls = [c for c in calls if c.method == "GET"]
        print(f"record-live: GET operations only ({len(calls)}); {WRITES_VARIABLE}=1 for all")
    scrubber = Scrubber([host])
    failures = _record_all(calls, lambda: PiwikPro.from_env(max_retries=0), scrubber)
    return _report(len(calls), failures, strict=False)


def _record_all(calls: list[Call], client: Callable[[], Any], scrubber: Scrubber) -> dict[str, str]:
    failures = {}
    for call in calls:
        problem = _record_one(call, client, scrubber)
        if problem:
            failures[call.name] = problem
            print(f"  failed: {call.name}: {problem}")
    return failures


def _record_one(call: Call, client: Callable[[], Any], scrubber: Scrubber) -> str | None:
    """Record one cassette into a partial file; move it into place only on success."""
    target = call.cassette
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _cassette(scrubber, partial), client() as facade:
            call.invoke(facade)
    except Exception as exc:  # reported per operation; the run goes on
        partial.unlink(missing_ok=True)
        return f"{type(exc).__name__}: {str(exc)[:300]}"
    os.replace(partial, target)
    return None


@contextmanager
def _cassette(scrubber: Scrubber, path: Path) -> Iterator[Any]:
    with scrubber.recorder("all").use_cassette(str(path)) as cassette:
        yield cassette


def _remove_orphans(keep: set[Path]) -> None:
    for path in sorted(CASSETTES.glob("*/*.yaml")):
        if path not in keep:
            print(f"  removed: {path.relative_to(ROOT)} (no such operation)")
            path.unlink()


def _report(total: int, failures: dict[str, str], *, strict: bool) -> int:
    print(f"record: {total - len(failures)}/{total} cassettes written under {CASSETTES}")
    if failures and strict:
        print(f"record: {len(failures)} operations failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
