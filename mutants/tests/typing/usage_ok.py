"""A user's file: mypy --strict must accept it (tests/typing/test_facade_types.py)."""

from __future__ import annotations

from piwik_pro import AsyncPiwikPro, PiwikPro, RequestOptions
from piwik_pro_api.models.json_api_user_object import JsonApiUserObject
from piwik_pro_api.models.users_invite_response import UsersInviteResponse
from piwik_pro_api.types import Unset


def walkthrough(client: PiwikPro) -> str:
    invited: UsersInviteResponse = client.users.invite(email="new@example.com", language="en-US")
    assert not isinstance(invited.data, Unset) and not isinstance(invited.data.id, Unset)
    user_id = str(invited.data.id)
    user: JsonApiUserObject = client.users.get(user_id)
    client.users.update(user_id, language="de-DE", request_options=RequestOptions(max_retries=0))
    client.users.delete(user_id)
    return repr(user)


def listing(client: PiwikPro) -> int:
    count = 0
    for _tag in client.tag_manager.tags.iter_list("app-id", page_size=50):
        count += 1
    page = client.tag_manager.tags.list("app-id", page_limit=10, page_offset=0)
    return count + len(repr(page))


async def async_walkthrough(client: AsyncPiwikPro) -> str:
    invited = await client.users.invite(email="new@example.com")
    async for _user in client.users.iter_list(page_size=100):
        pass
    return repr(invited)
