"""The generated facade end to end against the sandbox: ``with_raw_response`` (sync and
async), keyword and dict request bodies, ``str | UUID`` ids."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest

from piwik_pro import APIResponse, NotFoundError, PiwikPro
from piwik_pro.testing import Sandbox
from piwik_pro_api.models.analytics_query_response import AnalyticsQueryResponse
from piwik_pro_api.models.json_api_user_object import JsonApiUserObject
from piwik_pro_api.models.users_invite_response import UsersInviteResponse

APP = "1f74dda5-b598-41d6-a9e4-f501ef4379e1"
SITE = "70236925-724f-404e-b634-7b5633bc0bcc"


def _invited_id(raw: APIResponse[UsersInviteResponse]) -> str:
    invited = raw.parse()
    assert invited.data and invited.data.id
    return str(invited.data.id)


def test_raw_responses_of_a_walkthrough(sandbox: Sandbox) -> None:
    """invite, get, list a nested group, delete: status, headers, and the model on demand."""
    with sandbox.client() as client:
        raw = client.with_raw_response
        invited = raw.users.invite(email="raw@example.com", language="en-US")
        assert isinstance(invited, APIResponse)
        assert (invited.status_code, invited.operation) == (201, "users.invite")
        assert invited.headers["content-type"].startswith("application/vnd.api+json")
        assert invited.json()["data"]["attributes"]["email"] == "raw@example.com"
        user_id = _invited_id(invited)

        got = raw.users.get(UUID(user_id))
        user = got.parse()
        assert isinstance(user, JsonApiUserObject) and str(user.data.id) == user_id
        assert got.parse() is user
        assert "Authorization" not in got.http_response.request.headers

        tags = raw.tag_manager.tags.list(APP, page_limit=5)
        assert tags.status_code == 200 and tags.operation == "tag_manager.tags.list"

        deleted = raw.users.delete(user_id)
        assert (deleted.status_code, deleted.content, deleted.parse()) == (204, b"", None)
        with pytest.raises(NotFoundError):
            raw.users.get(user_id)
        assert client.with_raw_response is raw  # one namespace per client


def test_raw_namespace_wraps_the_hand_written_analytics_class(sandbox: Sandbox) -> None:
    """``client.analytics`` is a subclass of the generated class; its raw methods work."""
    with sandbox.client() as client:
        answer = client.with_raw_response.analytics.query(
            website_id=SITE, columns=[{"column_id": "device_type"}],
            date_from="2020-02-10", date_to="2020-02-10",
        )  # fmt: skip
        assert answer.status_code == 200
        assert isinstance(answer.parse(), AnalyticsQueryResponse)


def test_raw_classes_leave_the_iterators_out(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        users = client.with_raw_response.users
        assert callable(users.list) and not hasattr(users, "iter_list")
        assert not hasattr(users, "iter_list_pages")


async def test_async_raw_responses(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as client:
        raw = client.with_raw_response
        invited = await raw.users.invite(email="async-raw@example.com")
        assert invited.status_code == 201
        user_id = _invited_id(invited)
        got = await raw.users.get(user_id)
        assert got.status_code == 200 and str(got.parse().data.id) == user_id
        tags = await raw.tag_manager.tags.list(APP)
        assert tags.status_code == 200
        query = await raw.analytics.query(
            website_id=UUID(SITE), columns=[{"column_id": "device_type"}],
            date_from="2020-02-10", date_to="2020-02-10",
        )  # fmt: skip
        assert isinstance(query.parse(), AnalyticsQueryResponse)
        assert (await raw.users.delete(UUID(user_id))).status_code == 204


# ----------------------------------------------------------------- request bodies


@pytest.fixture
def recording(sandbox: Sandbox) -> Iterator[tuple[PiwikPro, list[httpx.Request]]]:
    """A sandbox client whose API requests (not the token's) are kept."""
    sent: list[httpx.Request] = []

    def keep(request: httpx.Request) -> None:
        if not request.url.path.startswith("/auth"):
            sent.append(request)

    with (
        httpx.Client(event_hooks={"request": [keep]}) as http,
        sandbox.client(http_client=http) as client,
    ):
        yield client, sent


def _json(request: httpx.Request) -> Any:
    return json.loads(request.read())


def test_analytics_query_takes_keyword_arguments(
    recording: tuple[PiwikPro, list[httpx.Request]],
) -> None:
    client, sent = recording
    result = client.analytics.query(
        website_id=UUID(SITE), columns=[{"column_id": "device_type"}],
        date_from="2020-02-10", date_to="2020-02-10",
    )  # fmt: skip
    assert isinstance(result, AnalyticsQueryResponse)
    assert _json(sent[-1]) == {
        "website_id": SITE,
        "columns": [{"column_id": "device_type"}],
        "date_from": "2020-02-10",
        "date_to": "2020-02-10",
    }


def test_a_dict_body_is_converted_with_from_dict(
    recording: tuple[PiwikPro, list[httpx.Request]],
) -> None:
    client, sent = recording
    body = {"data": {"type": "ppms/user", "attributes": {"email": "dict@example.com"}}}
    invited = client.users.invite(body=body)
    assert isinstance(invited, UsersInviteResponse)
    assert _json(sent[-1]) == body
    query = {"website_id": SITE, "columns": [{"column_id": "device_type"}],
             "date_from": "2020-02-10", "date_to": "2020-02-10"}  # fmt: skip
    client.analytics.query(body=query)
    assert _json(sent[-1]) == query


def test_bad_bodies_are_clear_type_errors(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        with pytest.raises(
            TypeError,
            match=r"users.invite: .* JsonApiUserInvite does not know: email \(it takes data\)",
        ):
            client.users.invite(body={"email": "x@example.com"})
        with pytest.raises(
            TypeError,
            match=r"analytics.query: .* needs the field 'columns', missing from the keyword",
        ):
            client.analytics.query(website_id=SITE)
        with pytest.raises(TypeError, match=r"pass either body= or attributes \(email\)"):
            client.users.invite(email="x@example.com", body={"data": {}})
    assert sandbox.requests == []  # nothing was sent


def test_one_of_bodies_pick_their_member_by_template(
    recording: tuple[PiwikPro, list[httpx.Request]],
) -> None:
    """tags.create and triggers.create take keywords; ``template``/``trigger_type`` picks
    the member of the oneOf body."""
    client, sent = recording
    tag = client.tag_manager.tags.create(APP, template="custom_tag", name="t", code="<b></b>")
    assert type(tag).__name__.startswith("TagManagerTagsCreateResponse")
    assert _json(sent[-1]) == {
        "data": {
            "type": "tag",
            "attributes": {"template": "custom_tag", "name": "t", "code": "<b></b>"},
        }
    }
    trigger = client.tag_manager.triggers.create(
        APP, name="pv", trigger_type="page_view", conditions=[]
    )
    assert type(trigger).__name__ == "TagManagerTriggersCreateResponsePageView"
    body = {"data": {"type": "trigger", "attributes": {"name": "c", "trigger_type": "click",
                                                       "conditions": []}}}  # fmt: skip
    clicked = client.tag_manager.triggers.create(APP, body=body)
    assert type(clicked).__name__ == "TagManagerTriggersCreateResponseClick"
    assert _json(sent[-1]) == body
    constant = client.tag_manager.variables.create(
        APP, name="v", variable_type="constant", value="x"
    )
    assert type(constant).__name__ == "TagManagerVariablesCreateResponseConstant"
    attributes = {"name": "v", "variable_type": "constant", "value": "x"}
    assert _json(sent[-1]) == {"data": {"type": "variable", "attributes": attributes}}


def test_a_wrong_or_missing_template_names_the_accepted_values(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        triggers = client.tag_manager.triggers
        with pytest.raises(TypeError, match=r"trigger_type= is required, one of: 'page_view', "):
            triggers.create(APP, name="x", conditions=[])
        with pytest.raises(ValueError, match=r"trigger_type='nope' is not one of: .*'click'"):
            triggers.create(APP, name="x", trigger_type="nope", conditions=[])
        with pytest.raises(ValueError, match=r"template='no_such' is not one of: .*'custom_tag'"):
            client.tag_manager.tags.create(APP, template="no_such", name="t")
        with pytest.raises(TypeError, match=r"ConstantDataAttributes needs the field 'value'"):
            client.tag_manager.variables.create(APP, name="v", variable_type="constant")
    assert sandbox.requests == []
