"""The sandbox refuses what the service refuses: no body where one is required, unknown
query parameters."""

from __future__ import annotations

import httpx
import pytest

from piwik_pro import BadRequestError
from piwik_pro.testing import Sandbox

APP = "0f7a5b4e-0f3d-4b1a-9f3e-2d2c0a0b6a11"


def test_create_without_a_body_is_refused(sandbox: Sandbox) -> None:
    """`cdp.audiences.create(app_id)` with no body gets the service's not-blank error."""
    with sandbox.client() as client, pytest.raises(BadRequestError) as info:
        client.cdp.audiences.create(APP)
    (error,) = info.value.errors
    assert error.detail == "This value should not be blank."
    assert error.pointer == "/"


def test_jsonapi_create_without_a_body_points_at_data(authed: httpx.Client) -> None:
    """A JSON:API create with no body names `/data` as the blank member."""
    response = authed.post(
        "/api/apps/v2", headers={"Content-Type": "application/vnd.api+json"}, content=b""
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["source"] == {"pointer": "/data"}


def test_unknown_query_parameter_is_refused(authed: httpx.Client) -> None:
    """A query parameter the operation does not have is an invalid parameter, named."""
    response = authed.get("/api/apps/v2", params={"limit": "5", "bogus": "1"})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["source"] == {"parameter": "bogus"}
    assert error["detail"].startswith("Invalid query parameter 'bogus'")


def test_known_query_parameters_still_pass(authed: httpx.Client) -> None:
    """Declared parameters (limit, offset, sort) are answered as before."""
    response = authed.get("/api/apps/v2", params={"limit": "5", "offset": "0"})
    assert response.status_code == 200, response.text


def test_the_operation_an_action_started_can_be_read(sandbox: Sandbox) -> None:
    """After `publish_draft`, `operations.get` answers the operation it named, by its id."""
    with sandbox.client() as client:
        published = client.tag_manager.versions.publish_draft(APP)
        operation_id = str(published.data.relationships.operation.data.id)
        operation = client.tag_manager.operations.get(APP, operation_id)
    assert str(operation.data.id) == operation_id


def test_an_item_is_answered_with_the_requested_id(sandbox: Sandbox) -> None:
    """An item without a collection (an operation) carries the id the URL asked for."""
    wanted = "11111111-2222-4333-8444-555555555555"
    with sandbox.client() as client:
        operation = client.tag_manager.operations.get(APP, wanted)
    assert str(operation.data.id) == wanted
