"""The I/O-free cores both clients drive: the retry loop, the page cursor, the auth flow."""

from __future__ import annotations

import httpx
import pytest

from piwik_pro import APIConnectionError, AsyncPiwikPro, PaginationError, PiwikPro
from piwik_pro._auth_steps import Acquire, Drain, Fetch, Send
from piwik_pro._loop import Attempt
from piwik_pro._operation import Pagination
from piwik_pro._pagination import PageCursor, PageWalk

from .fakeapi import GET, HOST, TOKEN

PAGINATION = Pagination("offset", "offset", "limit", default_limit=2)


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the loop itself sent {request.method} {request.url}")


def _offline_client() -> PiwikPro:
    """A client whose transport fails the test if anything is sent through it."""
    http = httpx.Client(transport=httpx.MockTransport(_unreachable), base_url=HOST)
    return PiwikPro(HOST, "id", "secret", http_client=http)


def _answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", f"{HOST}/x"))


# --------------------------------------------------------------------------- the retry loop


def test_the_retry_loop_yields_attempts_and_waits_and_returns_the_kept_response() -> None:
    """503 then 200: attempt, wait (the Retry-After), attempt, then the 200 is returned."""
    client = _offline_client()
    flow = client._retry_loop(GET, {"method": "GET", "url": "/things/t1"}, 2)
    first = next(flow)
    assert isinstance(first, Attempt) and first.settings["url"] == "/things/t1"
    assert flow.send(_answer(503, **{"Retry-After": "3"})) == 3.0
    assert isinstance(next(flow), Attempt)
    ok = _answer(200)
    with pytest.raises(StopIteration) as done:
        flow.send(ok)
    assert done.value.value is ok


def test_the_retry_loop_turns_a_last_transport_failure_into_a_named_error() -> None:
    """A thrown ConnectError is retried, and past max_retries raised as APIConnectionError."""
    client = _offline_client()
    flow = client._retry_loop(GET, {"method": "GET", "url": f"{HOST}/things/t1"}, 1)
    next(flow)
    refused = httpx.ConnectError("refused", request=httpx.Request("GET", f"{HOST}/things/t1"))
    delay = flow.throw(refused)
    assert isinstance(delay, float) and delay > 0
    next(flow)
    with pytest.raises(APIConnectionError, match=r"things\.get \(GET /things/t1\)"):
        flow.throw(httpx.ConnectError("refused", request=refused.request))


# --------------------------------------------------------------------------- the page cursor


def test_the_page_cursor_asks_for_each_page_and_stops_after_a_short_one() -> None:
    """Queries at offsets 0 and 2; a short second page ends the walk."""
    cursor = PageCursor(PageWalk("things.list", PAGINATION, 10), {"q": "x"}, 0, 2)
    assert cursor.next_query() == {"q": "x", "offset": 0, "limit": 2}
    cursor.took({"data": [1, 2]})
    assert cursor.next_query() == {"q": "x", "offset": 2, "limit": 2}
    cursor.took({"data": [3]})
    assert cursor.next_query() is None


def test_the_page_cursor_refuses_a_page_past_max_pages_only_when_asked_for_it() -> None:
    """The last allowed page is handed out; asking for one more raises PaginationError."""
    cursor = PageCursor(PageWalk("things.list", PAGINATION, 1), {}, 0, 2)
    query = cursor.next_query()
    assert query is not None
    page = {"data": [1, 2]}
    assert cursor.took(page) is page
    with pytest.raises(PaginationError, match="max_pages=1"):
        cursor.next_query()


# --------------------------------------------------------------------------- the auth flow


def test_the_auth_flow_is_steps_without_io() -> None:
    """Lock, fetch, send; on a 401 for the older token: drain, lock, fetch, send again."""
    auth = _offline_client().auth
    request = httpx.Request("GET", f"{HOST}/things/t1")
    flow = auth._flow(request)
    assert isinstance(next(flow), Acquire)
    fetch = flow.send(None)
    assert isinstance(fetch, Fetch) and fetch.request.url.path == "/auth/token"
    token_response = httpx.Response(200, json=TOKEN, request=fetch.request)
    send = flow.send(token_response)
    assert isinstance(send, Send) and send.request.headers["Authorization"] == "Bearer tok-123"
    with pytest.raises(StopIteration):  # a 401 on a token just fetched is not replayed
        flow.send(httpx.Response(401, request=send.request))

    replay = auth._flow(httpx.Request("GET", f"{HOST}/things/t1"))
    send = next(replay)  # the cached token: no lock, no fetch
    assert isinstance(send, Send)
    assert isinstance(replay.send(httpx.Response(401, request=send.request)), Drain)
    assert isinstance(replay.send(None), Acquire)
    fetch = replay.send(None)
    assert isinstance(fetch, Fetch)
    renewed = {**TOKEN, "access_token": "tok-456"}
    again = replay.send(httpx.Response(200, json=renewed, request=fetch.request))
    assert isinstance(again, Send) and again.request.headers["Authorization"] == "Bearer tok-456"


async def test_the_token_helpers_need_a_bound_sender() -> None:
    """sync_token()/async_token() on an auth no client bound: a RuntimeError saying so."""
    auth = _offline_client().auth
    auth.bind()
    request = httpx.Request("POST", f"{HOST}/auth/token")
    with pytest.raises(RuntimeError, match=r"bind\(send=\.\.\.\)"):
        auth.sync_token(request)
    with pytest.raises(RuntimeError, match=r"bind\(asend=\.\.\.\)"):
        await auth.async_token(request)


async def test_async_token_returns_the_access_token() -> None:
    """async_token() returns the AccessToken, as sync_token() does."""

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=TOKEN)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handle), base_url=HOST)
    async with AsyncPiwikPro(HOST, "id", "secret", http_client=http) as client:
        token = await client.auth.async_token(client._probe())
    assert token.expires_in == TOKEN["expires_in"]
