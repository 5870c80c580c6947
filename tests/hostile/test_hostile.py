"""The clients against hostile servers over real sockets on 127.0.0.1.

One test (or a small group) per failure mode: a token endpoint that hangs, redirects that
would carry the secret or the token away, pages that never end, a body trickled past the
deadline, a runaway body, malformed tokens, an auth outage under concurrency, plain
http:// to another machine, an async client moved to another event loop, and servers that
echo the secret or the token. No test measures time: deadlines run on an injected clock,
and outcomes are read from server-side counters.
"""

from __future__ import annotations

import asyncio
import gc
import json
import threading
import time
import uuid
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from piwik_pro import (
    APITimeoutError,
    AsyncPiwikPro,
    AuthenticationError,
    ConfigurationError,
    PaginationError,
    PiwikPro,
    PiwikProError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
)
from support.clock import FakeClock

from .server import CLIENT_ID, SECRET, Hostile, Reply, Seen, token_body

TOKEN = "/auth/token"
USER_ID = "985ed9d7-b652-47b8-b9cf-c17d62735261"
USER_PATH = f"/api/users/v2/{USER_ID}"
LIST_PATH = "/api/users/v2"


def user_item(user_id: str = USER_ID) -> dict[str, Any]:
    attributes = {
        "email": "john@doe.com",
        "role": "USER",
        "organization": "organization_name",
        "addedAt": "2018-06-25T07:28:52+01:00",
        "language": "en-US",
    }
    return {"id": user_id, "type": "ppms/user", "attributes": attributes}


USER = {"data": user_item()}


def tokens_then(api: Any) -> Any:
    """A route issuing tok-1, tok-2, ... on the token endpoint and ``api`` for the rest."""

    def route(seen: Seen, reply: Reply) -> None:
        if seen.target == TOKEN:
            reply.json(200, token_body(reply.server.count(TOKEN)))
        else:
            api(seen, reply)

    return route


def serve_user(seen: Seen, reply: Reply) -> None:
    reply.json(200, USER)


def hung_token(seen: Seen, reply: Reply) -> None:
    """A token endpoint that answers only when the server is released."""
    if seen.target == TOKEN:
        reply.hang(lambda: reply.json(200, token_body(1)))
    else:
        reply.json(200, USER)


_OPEN: list[PiwikPro] = []


def opened(*args: Any, **kwargs: Any) -> PiwikPro:
    """A sync client that the autouse fixture closes after the test."""
    client = PiwikPro(*args, **kwargs)
    _OPEN.append(client)
    return client


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()


# --------------------------------------------------------------------------- 1. hung token


def test_a_hung_token_endpoint_holds_no_call_past_its_timeout() -> None:
    """A token endpoint that never answers fails every waiting thread within the timeout."""

    with Hostile(hung_token) as server:
        client = opened(server.url, CLIENT_ID, SECRET, timeout=0.5, max_retries=0)
        barrier = threading.Barrier(4)

        def call() -> object:
            barrier.wait()
            return client.users.get(USER_ID)

        with ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(call) for _ in range(4)]
            errors = [future.exception(timeout=30) for future in futures]
        assert all(isinstance(error, APITimeoutError) for error in errors), errors
        assert server.count(TOKEN) == 1  # the waiting calls got the failure, not a retry
        assert server.count(USER_PATH) == 0


async def test_a_hung_token_endpoint_obeys_the_per_call_timeout_async() -> None:
    """request_options' timeout also bounds the token request of an async call."""
    with Hostile(hung_token) as server:
        async with AsyncPiwikPro(server.url, CLIENT_ID, SECRET, max_retries=0) as client:
            calls = [client.users.get(USER_ID, request_options={"timeout": 0.5}) for _ in range(3)]
            results = await asyncio.gather(*calls, return_exceptions=True)
        assert all(isinstance(result, APITimeoutError) for result in results), results
        assert server.count(TOKEN) == 1


# --------------------------------------------------------------------------- 2. redirects


def test_the_token_request_never_follows_a_redirect() -> None:
    """A 307 from the token endpoint to another origin is refused; the secret stays home."""
    with Hostile(serve_user) as elsewhere:

        def route(seen: Seen, reply: Reply) -> None:
            if seen.target == TOKEN:
                reply.raw(307, b"", {"Location": f"{elsewhere.url}{TOKEN}"})
            else:
                reply.json(200, USER)

        with Hostile(route) as server, httpx.Client(follow_redirects=True) as http:
            client = opened(server.url, CLIENT_ID, SECRET, http_client=http, max_retries=0)
            with pytest.raises(AuthenticationError, match="redirected") as info:
                client.users.get(USER_ID)
    assert elsewhere.seen == []
    assert SECRET not in str(info.value) and SECRET not in repr(vars(info.value))


def test_a_followed_api_redirect_carries_no_bearer_to_another_origin() -> None:
    """A caller following redirects: the other origin gets no token and its 401 no refresh."""

    def other(seen: Seen, reply: Reply) -> None:
        reply.json(401, {"code": 401, "message": "who are you"})

    with Hostile(other) as elsewhere:

        def api(seen: Seen, reply: Reply) -> None:
            reply.raw(302, b"", {"Location": f"{elsewhere.url}{USER_PATH}"})

        with Hostile(tokens_then(api)) as server, httpx.Client(follow_redirects=True) as http:
            client = opened(server.url, CLIENT_ID, SECRET, http_client=http, max_retries=0)
            client.authenticate()  # a cached token: a 401 for it would normally refresh it
            with pytest.raises(AuthenticationError):
                client.users.get(USER_ID)
            assert server.count(TOKEN) == 1  # a 401 from elsewhere is no verdict on our token
    assert [seen.target for seen in elsewhere.seen] == [USER_PATH]
    assert "Authorization" not in {name.title() for name in elsewhere.seen[0].headers}


# --------------------------------------------------------------------------- 3. pagination


def test_paging_stops_when_the_server_ignores_the_offset() -> None:
    """The same full page again and again ends with PaginationError on the second page."""

    def api(seen: Seen, reply: Reply) -> None:
        if reply.server.count(LIST_PATH) > 50:  # bound the old behaviour: 50 pages
            reply.json(200, {"meta": {"total": 10**9}, "data": []})
        else:
            page = [user_item(str(uuid.UUID(int=n))) for n in range(2)]
            reply.json(200, {"meta": {"total": 10**9}, "data": page})

    with Hostile(tokens_then(api)) as server:
        client = opened(server.url, CLIENT_ID, SECRET)
        with pytest.raises(PaginationError, match="ignores the 'offset' parameter") as info:
            list(client.users.iter_list(page_size=2))
        assert server.count(LIST_PATH) == 2
        assert info.value.pages == 2


def test_paging_stops_at_max_pages() -> None:
    """Distinct full pages without end stop at max_pages with a PaginationError saying so."""

    def api(seen: Seen, reply: Reply) -> None:
        number = reply.server.count(LIST_PATH)
        if number > 50:
            reply.json(200, {"data": []})
        else:
            page = [user_item(str(uuid.UUID(int=number * 10 + n))) for n in range(2)]
            reply.json(200, {"data": page})

    with Hostile(tokens_then(api)) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_pages=3)
        items = []
        with pytest.raises(PaginationError, match="max_pages=3"):
            items.extend(client.users.iter_list(page_size=2))
        assert server.count(LIST_PATH) == 3
        assert len(items) == 6


# --------------------------------------------------------------------------- 4. deadline


def test_a_trickled_body_ends_at_the_call_deadline() -> None:
    """8 bytes per step, each step 0.3 s on the client's clock: timeout=1 ends the call."""
    clock = FakeClock()
    data = json.dumps(USER).encode()
    pieces = [data[i : i + 8] for i in range(0, len(data), 8)]

    def trickle() -> Iterator[bytes]:
        for piece in pieces:
            clock.now += 0.3
            time.sleep(0.005)  # lets each piece arrive on its own
            yield piece

    def api(seen: Seen, reply: Reply) -> None:
        reply.chunked(200, trickle(), "application/json")

    with Hostile(tokens_then(api)) as server:
        client = opened(server.url, CLIENT_ID, SECRET, timeout=1.0)
        client._clock = clock
        with pytest.raises(APITimeoutError, match="deadline"):
            client.users.get(USER_ID)
        assert server.count(USER_PATH) == 1  # no retry once the time is up


def test_retries_and_backoff_stop_at_the_call_deadline() -> None:
    """Reads and backoff waits share one budget: 503s stop being retried when time is up.

    Each 503 takes 4.5 s and each wait (2 to 4 s) its length on the client's clock: under
    timeout=10 the second answer runs past the deadline, although ten retries are allowed.
    """
    clock = FakeClock()

    def api(seen: Seen, reply: Reply) -> None:
        clock.now += 4.5
        reply.json(503, {"message": "busy"})

    with Hostile(tokens_then(api)) as server:
        policy = RetryPolicy(max_retries=10, initial_delay=4.0, max_delay=4.0)
        client = opened(server.url, CLIENT_ID, SECRET, timeout=10.0, retry_policy=policy)
        client._clock = clock
        sleeps: list[float] = []

        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            clock.now += seconds

        client._sleep = sleep
        with pytest.raises(APITimeoutError, match="deadline"):
            client.users.get(USER_ID)
        assert server.count(USER_PATH) == 2
        assert len(sleeps) == 1


# --------------------------------------------------------------------------- 5. size


def test_a_runaway_body_stops_at_max_response_bytes() -> None:
    """A 4 MiB chunked answer stops past max_response_bytes with ResponseTooLargeError."""
    sent: list[int] = []

    def api(seen: Seen, reply: Reply) -> None:
        sent.append(reply.chunked(200, (b" " * 65536 for _ in range(64)), "application/json"))

    with Hostile(tokens_then(api)) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_response_bytes=1024 * 1024)
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1,048,576") as info:
            client.users.get(USER_ID)
            assert info.value.limit == 1024 * 1024 and info.value.status_code == 200
    assert "Authorization" not in info.value.request.headers


def test_a_large_error_body_is_kept_short() -> None:
    """A 500 with a 1 MB text body: .body keeps a short cut of it."""

    def api(seen: Seen, reply: Reply) -> None:
        reply.raw(500, b"x" * 1_000_000, {"Content-Type": "text/plain"})

    with Hostile(tokens_then(api)) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_retries=0)
        with pytest.raises(ServerError) as info:
            client.users.get(USER_ID)
    body = info.value.body
    assert isinstance(body, str) and len(body) < 2_100 and "1,000,000 bytes" in body


# --------------------------------------------------------------------------- 6. tokens


@pytest.mark.parametrize(
    ("token", "problem"),
    [("tök€n-HIDDEN", "non-ASCII"), ("tok-HIDDEN\r\nX-Evil: 1", "control characters")],
)
def test_a_malformed_token_raises_authentication_error_without_its_value(
    token: str, problem: str
) -> None:
    """A token a header cannot carry is refused on receipt; nothing shows its value."""

    def route(seen: Seen, reply: Reply) -> None:
        if seen.target == TOKEN:
            reply.json(200, {"token_type": "Bearer", "expires_in": 1800, "access_token": token})
        else:
            reply.json(200, USER)

    with Hostile(route) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_retries=0)
        with pytest.raises(AuthenticationError, match=problem) as info:
            client.users.get(USER_ID)
        assert server.count(USER_PATH) == 0
    error = info.value
    shown = [str(error), repr(error), repr(error.body), error.response.text, repr(vars(error))]
    assert not any("HIDDEN" in text for text in shown)
    assert error.__cause__ is None


def test_a_token_type_other_than_bearer_is_refused() -> None:
    """token_type "mac" is refused: this client only sends bearer tokens."""

    def route(seen: Seen, reply: Reply) -> None:
        reply.json(200, {"token_type": "mac", "expires_in": 1800, "access_token": "tok-1"})

    with Hostile(route) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_retries=0)
        with pytest.raises(AuthenticationError, match="token_type is 'mac'"):
            client.users.get(USER_ID)
        assert server.count(USER_PATH) == 0


# --------------------------------------------------------------------------- 7. outage


async def test_an_auth_outage_costs_one_token_request_for_all_waiting_calls() -> None:
    """64 tasks waiting on one failing refresh all get its error; the next call tries again."""
    healthy = threading.Event()

    def route(seen: Seen, reply: Reply) -> None:
        if seen.target == TOKEN and not healthy.is_set():
            time.sleep(0.2)  # gives every task time to queue on the refresh
            reply.json(503, {"message": "auth is down"})
        elif seen.target == TOKEN:
            reply.json(200, token_body(2))
        else:
            reply.json(200, USER)

    with Hostile(route) as server:
        async with AsyncPiwikPro(server.url, CLIENT_ID, SECRET, max_retries=0) as client:
            calls = [client.users.get(USER_ID) for _ in range(64)]
            results = await asyncio.gather(*calls, return_exceptions=True)
            assert all(isinstance(r, AuthenticationError) for r in results), results
            assert {r.status_code for r in results if isinstance(r, AuthenticationError)} == {503}
            assert server.count(TOKEN) == 1
            healthy.set()
            await client.users.get(USER_ID)
            assert server.count(TOKEN) == 2


def test_an_auth_outage_is_shared_by_waiting_threads() -> None:
    """Threads waiting on one failing refresh get its error instead of one request each."""

    def route(seen: Seen, reply: Reply) -> None:
        time.sleep(0.2)
        reply.json(503, {"message": "auth is down"})

    with Hostile(route) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_retries=0)
        barrier = threading.Barrier(8)

        def call() -> object:
            barrier.wait()
            return client.users.get(USER_ID)

        with ThreadPoolExecutor(8) as pool:
            errors = [f.exception(timeout=30) for f in [pool.submit(call) for _ in range(8)]]
        assert all(isinstance(error, AuthenticationError) for error in errors), errors
        assert server.count(TOKEN) == 1


# --------------------------------------------------------------------------- 8. http://


def test_plain_http_to_another_machine_needs_an_explicit_opt_in() -> None:
    """http:// to a non-loopback host is refused; allowed with allow_insecure_http=True.

    The hostile server acts as the HTTP proxy in between, so it sees what would travel.
    """
    with Hostile(tokens_then(serve_user)) as proxy, httpx.Client(proxy=proxy.url) as http:
        with pytest.raises(ConfigurationError, match="allow_insecure_http=True"):
            PiwikPro("http://203.0.113.7", CLIENT_ID, SECRET, http_client=http)
        assert proxy.seen == []
        client = opened(
            "http://203.0.113.7", CLIENT_ID, SECRET, http_client=http, allow_insecure_http=True
        )
        client.users.get(USER_ID)
        assert SECRET.encode() in proxy.seen[0].body  # what the refusal protects
    assert PiwikPro("http://localhost:8080", CLIENT_ID, SECRET).base_url.startswith("http://")


# --------------------------------------------------------------------------- 9. event loops


def test_an_async_client_refuses_a_second_event_loop() -> None:
    """Reusing an AsyncPiwikPro in another event loop raises a clear PiwikProError."""
    with Hostile(tokens_then(serve_user)) as server:
        client = AsyncPiwikPro(server.url, CLIENT_ID, SECRET, max_retries=0)
        asyncio.run(client.users.get(USER_ID))
        with pytest.raises(PiwikProError, match="another event loop"):
            asyncio.run(client.users.get(USER_ID))
        assert server.count(USER_PATH) == 1
        # The first loop was closed with the client's connection open (the misuse this
        # test is about); collect that transport here rather than in a later test.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            del client
            gc.collect()


# --------------------------------------------------------------------------- 10. echoes


def test_echoed_secret_and_token_are_masked_in_errors() -> None:
    """A server echoing the bearer header and the secret: neither shows in message or body."""

    def api(seen: Seen, reply: Reply) -> None:
        bearer = seen.headers.get("Authorization", "")
        token = bearer.removeprefix("Bearer ")
        detail = f"got {bearer} i.e. {token} for client {CLIENT_ID} with {SECRET}"
        reply.json(400, {"errors": [{"title": "Echo", "detail": detail, "meta": {"t": token}}]})

    with Hostile(tokens_then(api)) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_retries=0)
        with pytest.raises(PiwikProError) as info:
            client.users.get(USER_ID)
    error: Any = info.value
    shown = [str(error), repr(error.body), error.response.text, repr(error.errors)]
    assert all(SECRET not in text and "tok-1" not in text for text in shown), shown
    assert CLIENT_ID in str(error)  # the rest of the server's words are kept


def test_a_token_endpoint_echoing_the_secret_is_masked() -> None:
    """A token endpoint echoing the raw secret in its error: masked in message and body."""

    def route(seen: Seen, reply: Reply) -> None:
        reply.json(400, {"error": "invalid_client", "error_description": f"bad {SECRET}"})

    with Hostile(route) as server:
        client = opened(server.url, CLIENT_ID, SECRET, max_retries=0)
        with pytest.raises(AuthenticationError) as info:
            client.users.get(USER_ID)
    error = info.value
    shown = [str(error), repr(error.body), error.response.text, repr(vars(error))]
    assert all(SECRET not in text for text in shown), shown
