"""A fake API for the client tests: endpoint modules, operations and a mock server.

The endpoint modules next to this file look like the generated ones
(``_get_kwargs`` / ``_parse_response``); the operations below point at them by
their real import name, as the generated resource classes do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from piwik_pro import AsyncPiwikPro, PiwikPro
from piwik_pro._operation import JsonApiBody, Operation, Pagination

HOST = "https://example.piwik.pro"
TOKEN = {"access_token": "tok-123", "token_type": "Bearer", "expires_in": 1800}
_MODELS = f"{__name__}.models"

GET = Operation(
    name="things.get",
    module=f"{__name__}.things_get",
    method="GET",
    path="/things/{thing_id}",
    success=("Thing",),
)
CREATE = Operation(
    name="things.create",
    module=f"{__name__}.things_create",
    method="POST",
    path="/things",
    success=("Thing",),
    jsonapi=JsonApiBody(f"{_MODELS}:ThingBody", f"{_MODELS}:ThingAttributes", "thing"),
)
UPDATE = Operation(
    name="things.update",
    module=f"{__name__}.things_update",
    method="PATCH",
    path="/things/{thing_id}",
    jsonapi=JsonApiBody(
        f"{_MODELS}:ThingBody", f"{_MODELS}:ThingAttributes", "thing", id_param="thing_id"
    ),
)
SEARCH = Operation(
    name="things.search",
    module=f"{__name__}.things_search",
    method="POST",
    path="/things/search",
    success=("ThingPage",),
    read_only=True,
)
LIST = Operation(
    name="things.list",
    module=f"{__name__}.things_list",
    method="GET",
    path="/things",
    success=("ThingPage",),
    pagination=Pagination("offset", "offset", "limit", default_limit=2),
)
LIST_PAGED = Operation(
    name="things.list_paged",
    module=f"{__name__}.things_list_paged",
    method="GET",
    path="/things/paged",
    success=("ThingPage",),
    pagination=Pagination("page", "pageoffset", "pagelimit", default_limit=2),
)

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeServer:
    """Answers ``/auth/token`` itself and every other request with the next reply."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.token_requests = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            self.token_requests += 1
            return httpx.Response(200, json=TOKEN)
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):  # a fresh copy: replies are reused
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        return self.handler(request)

    @property
    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]


def thing(number: int) -> dict[str, Any]:
    """The JSON of thing number ``number``."""
    return {"id": f"t{number}", "name": f"thing {number}"}


def pages(count: int, *, report_total: bool = True, cap: int | None = None) -> Reply:
    """A reply serving ``count`` things by offset/limit (either query style)."""

    def reply(request: httpx.Request) -> httpx.Response:
        query = request.url.params
        offset = int(query.get("offset", query.get("page[offset]", 0)))
        limit = int(query.get("limit", query.get("page[limit]", 10)))
        if cap is not None:
            limit = min(limit, cap)
        body: dict[str, Any] = {
            "data": [thing(n) for n in range(offset, min(count, offset + limit))]
        }
        if report_total:
            body["meta"] = {"total": count}
        return httpx.Response(200, json=body)

    return reply


def sync_client(server: FakeServer, **kwargs: Any) -> tuple[PiwikPro, list[float]]:
    """A client on ``server`` whose sleeps are recorded instead of slept."""
    http = httpx.Client(transport=httpx.MockTransport(server.handler), base_url=HOST)
    client = PiwikPro(HOST, "my-id", "my-secret", http_client=http, **kwargs)
    sleeps: list[float] = []
    client._sleep = sleeps.append
    return client, sleeps


def async_client(server: FakeServer, **kwargs: Any) -> tuple[AsyncPiwikPro, list[float]]:
    """An async client on ``server`` whose sleeps are recorded instead of slept."""
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.async_handler), base_url=HOST)
    client = AsyncPiwikPro(HOST, "my-id", "my-secret", http_client=http, **kwargs)
    sleeps: list[float] = []

    async def record(delay: float) -> None:
        sleeps.append(delay)

    client._sleep = record
    return client, sleeps
