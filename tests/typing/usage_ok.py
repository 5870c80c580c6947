"""A user's file: mypy --strict must accept it (tests/typing/test_facade_types.py)."""

from __future__ import annotations

from uuid import UUID

from piwik_pro import APIResponse, AsyncPiwikPro, PiwikPro, RequestOptions
from piwik_pro_api.models.analytics_query_response import AnalyticsQueryResponse
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


def raw_responses(client: PiwikPro) -> int:
    raw: APIResponse[JsonApiUserObject] = client.with_raw_response.users.get("user-id")
    user: JsonApiUserObject = raw.parse()
    deleted: APIResponse[None] = client.with_raw_response.users.delete(UUID(int=1))
    tags = client.with_raw_response.tag_manager.tags.list("app-id", page_limit=10)
    return raw.status_code + len(repr(user)) + deleted.status_code + len(tags.headers)


async def async_raw_responses(client: AsyncPiwikPro) -> JsonApiUserObject:
    raw: APIResponse[JsonApiUserObject] = await client.with_raw_response.users.get("user-id")
    return raw.parse()


def keyword_bodies(client: PiwikPro) -> AnalyticsQueryResponse:
    client.apps.get(UUID(int=1))
    client.users.invite(body={"data": {"type": "ppms/user", "attributes": {"email": "a@b.c"}}})
    return client.analytics.query(
        website_id="site-id",
        columns=[{"column_id": "visitors"}],
        date_from="2026-01-01",
        date_to="2026-01-31",
    )
