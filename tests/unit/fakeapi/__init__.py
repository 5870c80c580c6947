"""A fake API for the client tests: endpoint modules, operations and the things they serve.

The endpoint modules next to this file look like the generated ones
(``_get_kwargs`` / ``_parse_response``); the operations below point at them by
their real import name, as the generated resource classes do. The fake account that
answers them and the client factories are ``support.fakeserver``'s, re-exported here.
"""

from __future__ import annotations

from typing import Any

import httpx

from piwik_pro._operation import JsonApiBody, Operation, Pagination
from support.fakeserver import HOST, TOKEN, FakeServer, Reply, async_client, sync_client

__all__ = [
    "CREATE",
    "GET",
    "HOST",
    "LIST",
    "LIST_PAGED",
    "SEARCH",
    "TOKEN",
    "UPDATE",
    "FakeServer",
    "Reply",
    "async_client",
    "pages",
    "sync_client",
    "thing",
]

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
