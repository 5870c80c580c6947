"""Misuse that mypy --strict must reject, one error per marked line."""

from __future__ import annotations

from piwik_pro import AsyncPiwikPro, PiwikPro


def misuse(client: PiwikPro) -> None:
    client.users.get()  # error: missing the path id
    client.users.invite(email=1)  # error: wrong attribute type
    n: int = client.users.get("id")  # error: wrong return type
    client.tag_manager.tags.list()  # error: missing app_id
    client.users.update("id", language=5)  # error: wrong attribute type
    client.users.no_such_method()  # error: unknown method
    client.tag_manager.tags.list("app", page_limit="ten")  # error: wrong query type
    for tag in client.tag_manager.tags.iter_list("app"):
        s: str = tag  # error: items are models
    r: int = client.with_raw_response.users.get("id")  # error: an APIResponse, not the model
    client.with_raw_response.users.get()  # error: the raw method keeps the parameters
    p: int = client.with_raw_response.users.get("id").parse()  # error: parses to the model
    client.analytics.query(website_id="site", columns="visitors")  # error: columns is a list
    del n, s, r, p


async def async_misuse(client: AsyncPiwikPro) -> None:
    m: int = await client.users.get("id")  # error: wrong return type
    _ = client.users.invite(email="x@example.com").data  # error: a coroutine, not the model
    del m
