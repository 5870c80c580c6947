"""``with_raw_response``: the same call, returning status, headers and the model on demand."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from piwik_pro import APIResponse, NotFoundError
from piwik_pro._response import (
    async_to_raw_response_wrapper,
    raw_response_requested,
    to_raw_response_wrapper,
)

from .fakeapi import GET, FakeServer, async_client, sync_client, thing
from .fakeapi.models import Thing


def _get(client: Any) -> Any:
    return client._call(GET, {"thing_id": "t1"})


def test_raw_call_returns_the_response_and_parses_on_demand() -> None:
    reply = httpx.Response(200, json=thing(1), headers={"X-Request-Id": "r-1"})
    client, _ = sync_client(FakeServer(reply))
    raw = to_raw_response_wrapper(_get)(client)
    assert isinstance(raw, APIResponse)
    assert (raw.status_code, raw.headers["X-Request-Id"], raw.operation) == (
        200,
        "r-1",
        "things.get",
    )
    assert raw.json() == thing(1)
    parsed = raw.parse()
    assert isinstance(parsed, Thing) and parsed.id == thing(1)["id"]
    assert raw.parse() is parsed
    assert "Authorization" not in raw.http_response.request.headers
    assert raw.http_response.history == []
    assert repr(raw) == "<APIResponse things.get [200]>"


def test_raw_call_still_raises_on_an_error_status() -> None:
    client, _ = sync_client(FakeServer(httpx.Response(404, json={"errors": []})))
    with pytest.raises(NotFoundError):
        to_raw_response_wrapper(_get)(client)


def test_the_raw_marker_is_reset_after_the_call() -> None:
    client, _ = sync_client(
        FakeServer(httpx.Response(200, json=thing(1)), httpx.Response(200, json=thing(2)))
    )
    to_raw_response_wrapper(_get)(client)
    assert raw_response_requested() is False
    assert isinstance(_get(client), Thing)


async def test_async_raw_call() -> None:
    client, _ = async_client(FakeServer(httpx.Response(200, json=thing(1))))

    async def get(c: Any) -> Any:
        return await c._call(GET, {"thing_id": "t1"})

    raw = await async_to_raw_response_wrapper(get)(client)
    assert isinstance(raw, APIResponse) and raw.status_code == 200
    assert isinstance(raw.parse(), Thing)
    assert raw_response_requested() is False


def test_plain_client_is_unaffected() -> None:
    client, _ = sync_client(FakeServer(httpx.Response(200, json=thing(1))))
    assert isinstance(_get(client), Thing)
