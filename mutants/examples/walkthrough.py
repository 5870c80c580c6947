"""Getting started: get a token, invite a user, read it, change it, delete it.

    python examples/walkthrough.py                # against a local sandbox, no account needed
    python examples/walkthrough.py --live         # against your Piwik PRO account

By default this starts ``piwik_pro.testing.Sandbox`` in the process (it needs the
``sandbox`` extra; it serves the repaired spec shipped with the package). ``--live`` reads
``PIWIK_PRO_HOST``, ``PIWIK_PRO_CLIENT_ID`` and ``PIWIK_PRO_CLIENT_SECRET`` and really
invites (then deletes) a user, so pick the address with ``--email``. The live mode has
never run against a real account here (no network access, no account); the tests run it
against a sandbox posing as one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from piwik_pro import NotFoundError, PiwikPro, PiwikProError
from piwik_pro_api.models.json_api_user_object import JsonApiUserObject


@contextmanager
def connect(live: bool) -> Iterator[PiwikPro]:
    """A client for the account in the environment, or for a fresh local sandbox."""
    if live:
        with PiwikPro.from_env() as client:
            yield client
    else:
        from piwik_pro.testing import Sandbox

        with Sandbox() as sandbox, sandbox.client() as client:
            yield client


def language_of(user: JsonApiUserObject) -> str:
    # Every field of the generated models may be UNSET, which is falsy.
    if not user.data or not user.data.attributes:
        return "?"
    return user.data.attributes.language or "?"


def walkthrough(client: PiwikPro, email: str) -> None:
    lifetime = client.authenticate()
    print(f"1. token: obtained, valid for {lifetime:g} s")

    invited = client.users.invite(email=email, language="en-US").data
    if not invited or not invited.id or not invited.attributes:
        raise SystemExit("the invite response has no user")
    user_id, attributes = invited.id, invited.attributes
    print(f"2. invite: user {user_id} ({attributes.email or '?'}, {attributes.language or '?'})")

    print(f"3. get: user {user_id} has language {language_of(client.users.get(user_id))}")
    client.users.update(user_id, language="de-DE")
    print("4. update: language set to de-DE")
    print(f"5. get: user {user_id} has language {language_of(client.users.get(user_id))}")

    client.users.delete(user_id)
    print(f"6. delete: user {user_id} deleted")
    try:
        client.users.get(user_id)
    except NotFoundError as exc:
        print(f"7. get: NotFoundError ({exc.status_code}), the user is gone")
    else:
        raise SystemExit("the deleted user can still be read")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The piwik-pro getting-started walkthrough.")
    parser.add_argument("--live", action="store_true", help="use the PIWIK_PRO_* account")
    parser.add_argument("--email", default="new-user@example.com", help="whom to invite")
    args = parser.parse_args(argv)
    try:
        with connect(args.live) as client:
            print(f"piwik-pro walkthrough against {client.base_url}")
            walkthrough(client, args.email)
    except PiwikProError as exc:
        print(f"failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
