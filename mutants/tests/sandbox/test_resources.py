"""Resources created through the sandbox can be read, changed, listed and deleted."""

from __future__ import annotations

import json
from typing import Any

import httpx

from piwik_pro.testing import Sandbox

from .conftest import JSONAPI

APP = "1f74dda5-b598-41d6-a9e4-f501ef4379e1"
CONDITION = {
    "condition_type": "profile",
    "column_id": "country_iso_code",
    "value_selector": "first",
    "condition": {"operator": "eq", "value": "pl"},
}


def _send(client: httpx.Client, method: str, url: str, body: Any) -> httpx.Response:
    return client.request(method, url, content=json.dumps(body), headers={"Content-Type": JSONAPI})


def test_getting_started_walkthrough(authed: httpx.Client) -> None:
    """invite → get → patch language → get shows it → delete → get is 404."""
    invite = {
        "data": {
            "type": "ppms/user",
            "attributes": {"email": "jo@example.com", "language": "en-US"},
        }
    }
    created = _send(authed, "POST", "/api/users/v2/invite", invite)
    assert created.status_code == 201
    user = created.json()["data"]
    assert user["attributes"]["email"] == "jo@example.com"
    url = f"/api/users/v2/{user['id']}"
    fetched = authed.get(url)
    assert fetched.status_code == 200
    assert fetched.json()["data"]["id"] == user["id"]
    patch = {"data": {"type": "ppms/user", "id": user["id"], "attributes": {"language": "de-DE"}}}
    updated = _send(authed, "PATCH", url, patch)
    assert updated.status_code == 204 and updated.content == b""
    assert authed.get(url).json()["data"]["attributes"]["language"] == "de-DE"
    assert authed.delete(url).status_code == 204
    gone = authed.get(url)
    assert gone.status_code == 404
    assert gone.json()["errors"][0]["status"] == "404"


def test_created_resources_are_listed_with_total(authed: httpx.Client) -> None:
    """After creating two users the collection lists exactly them with meta.total 2."""
    for email in ("a@example.com", "b@example.com"):
        body = {"data": {"type": "ppms/user", "attributes": {"email": email}}}
        assert _send(authed, "POST", "/api/users/v2/invite", body).status_code == 201
    listing = authed.get("/api/users/v2").json()
    assert listing["meta"]["total"] == 2
    assert [u["attributes"]["email"] for u in listing["data"]] == ["a@example.com", "b@example.com"]


def test_offset_limit_pagination_over_seeded_items(authed: httpx.Client, sandbox: Sandbox) -> None:
    """seed(25) then offset/limit pages: slices of the 25 with meta.total 25."""
    ids = sandbox.seed("/api/users/v2", 25)
    assert len(set(ids)) == 25
    page = authed.get("/api/users/v2", params={"offset": 20, "limit": 10}).json()
    assert page["meta"]["total"] == 25
    assert [u["id"] for u in page["data"]] == ids[20:]
    seen = []
    for offset in range(0, 25, 10):
        chunk = authed.get("/api/users/v2", params={"offset": offset, "limit": 10}).json()
        seen += [u["id"] for u in chunk["data"]]
    assert seen == ids


def test_page_offset_limit_pagination(authed: httpx.Client, sandbox: Sandbox) -> None:
    """Tag Manager lists honour page[offset]/page[limit]."""
    collection = f"/api/tag/v1/{APP}/tags"
    ids = sandbox.seed(collection, 5)
    page = authed.get(collection, params={"page[offset]": 4, "page[limit]": 2}).json()
    assert page["meta"]["total"] == 5
    assert [t["id"] for t in page["data"]] == ids[4:]


def test_untouched_collection_lists_the_documented_example(authed: httpx.Client) -> None:
    """A collection nothing was stored in lists its documented item, total 1."""
    listing = authed.get("/api/meta-sites/v1").json()
    assert listing["meta"]["total"] == len(listing["data"]) == 1


def test_unknown_id_falls_back_to_the_example(authed: httpx.Client) -> None:
    """GET of an id never stored answers the documented example carrying that id."""
    some_id = "0b7a3f53-8f2a-4e4f-9d59-6b1d2f0c1a22"
    response = authed.get(f"/api/users/v2/{some_id}")
    assert response.status_code == 200
    assert response.json()["data"]["id"] == some_id


def test_patch_of_unknown_id_is_remembered(authed: httpx.Client) -> None:
    """PATCH of a never-stored id materialises it; a later GET shows the change."""
    some_id = "3d7c1c55-2a44-4f0b-8c7e-3e9a6c1d0b11"
    body = {"data": {"type": "ppms/user", "id": some_id, "attributes": {"role": "OWNER"}}}
    assert _send(authed, "PATCH", f"/api/users/v2/{some_id}", body).status_code == 204
    assert authed.get(f"/api/users/v2/{some_id}").json()["data"]["attributes"]["role"] == "OWNER"


def test_paths_below_a_deleted_resource_are_gone(authed: httpx.Client) -> None:
    """After deleting a user group its member list answers 404 too."""
    group = "6edb1e3c-4c43-4760-ab76-682ad83146be"
    assert authed.delete(f"/api/user-groups/v1/{group}").status_code == 204
    assert authed.get(f"/api/user-groups/v1/{group}/users").status_code == 404
    assert authed.delete(f"/api/user-groups/v1/{group}").status_code == 404


def test_plain_json_resources_round_trip(authed: httpx.Client) -> None:
    """CDP audiences (plain JSON, PUT) are created, read, replaced and deleted."""
    collection = f"/api/cdp/settings/v1/app/{APP}/audience"
    body = {
        "name": "Loyal",
        "description": "Returning visitors",
        "membership_duration_days": 30,
        "definition": {
            "operator": "and",
            "conditions": [{"operator": "or", "conditions": [CONDITION]}],
        },
    }
    created = authed.post(collection, json=body)
    assert created.status_code == 201
    audience = created.json()
    assert audience["name"] == "Loyal"
    assert audience["app_id"] == APP
    url = f"{collection}/{audience['id']}"
    assert authed.get(url).json()["name"] == "Loyal"
    assert authed.put(url, json={**body, "name": "Very loyal"}).json()["name"] == "Very loyal"
    assert authed.get(url).json()["name"] == "Very loyal"
    assert authed.delete(url).status_code == 204
    assert authed.get(url).status_code == 404


def test_trailing_slash_collections_keep_resources(authed: httpx.Client) -> None:
    """Analytics collections end in '/': create then read the item at '{id}/'."""
    body = {
        "data": {
            "type": "CustomDimension",
            "attributes": {
                "website_id": APP,
                "name": "Hair colour",
                "active": True,
                "case_sensitive": False,
                "scope": "session",
            },
        }
    }
    created = _send(authed, "POST", "/api/analytics/v1/manage/custom-dimensions/", body)
    assert created.status_code == 201, created.text
    dimension_id = created.json()["data"]["id"]
    url = f"/api/analytics/v1/manage/custom-dimensions/{dimension_id}/"
    item = authed.get(url, params={"website_id": APP})
    assert item.json()["data"]["attributes"]["name"] == "Hair colour"
