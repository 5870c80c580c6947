"""The getting-started walkthrough with ``AsyncPiwikPro`` and asyncio.

    python examples/walkthrough_async.py          # against a local sandbox, no account needed
    python examples/walkthrough_async.py --live   # against your Piwik PRO account

The same steps as ``walkthrough.py``, awaited. By default it starts
``piwik_pro.testing.Sandbox`` in the process (the ``sandbox`` extra).
``--live`` reads ``PIWIK_PRO_HOST``, ``PIWIK_PRO_CLIENT_ID`` and ``PIWIK_PRO_CLIENT_SECRET``
and really invites (then deletes) a user, so pick the address with ``--email``. The live
mode has never run against a real account here (no network access, no account); the tests
run it against a sandbox posing as one.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from piwik_pro import AsyncPiwikPro, NotFoundError, PiwikProError
from piwik_pro_api.models.json_api_user_object import JsonApiUserObject


@asynccontextmanager
async def connect(live: bool) -> AsyncIterator[AsyncPiwikPro]:
    """A client for the account in the environment, or for a fresh local sandbox."""
    if live:
        async with AsyncPiwikPro.from_env() as client:
            yield client
    else:
        from piwik_pro.testing import Sandbox

        with Sandbox() as sandbox:
            async with sandbox.async_client() as client:
                yield client


def language_of(user: JsonApiUserObject) -> str:
    # Every field of the generated models may be UNSET, which is falsy.
    if not user.data or not user.data.attributes:
        return "?"
    return user.data.attributes.language or "?"


async def walkthrough(client: AsyncPiwikPro, email: str) -> None:
    lifetime = await client.authenticate()
    print(f"1. token: obtained, valid for {lifetime:g} s")

    invited = (await client.users.invite(email=email, language="en-US")).data
    if not invited or not invited.id or not invited.attributes:
        raise SystemExit("the invite response has no user")
    user_id, attributes = invited.id, invited.attributes
    print(f"2. invite: user {user_id} ({attributes.email or '?'}, {attributes.language or '?'})")

    print(f"3. get: user {user_id} has language {language_of(await client.users.get(user_id))}")
    await client.users.update(user_id, language="de-DE")
    print("4. update: language set to de-DE")
    print(f"5. get: user {user_id} has language {language_of(await client.users.get(user_id))}")

    await client.users.delete(user_id)
    print(f"6. delete: user {user_id} deleted")
    try:
        await client.users.get(user_id)
    except NotFoundError as exc:
        print(f"7. get: NotFoundError ({exc.status_code}), the user is gone")
    else:
        raise SystemExit("the deleted user can still be read")


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The piwik-pro walkthrough, with asyncio.")
    parser.add_argument("--live", action="store_true", help="use the PIWIK_PRO_* account")
    parser.add_argument("--email", default="new-user@example.com", help="whom to invite")
    args = parser.parse_args(argv)
    try:
        async with connect(args.live) as client:
            print(f"piwik-pro async walkthrough against {client.base_url}")
            await walkthrough(client, args.email)
    except PiwikProError as exc:
        print(f"failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
