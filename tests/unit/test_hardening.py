"""The pure hardening helpers: deadlines, waits, page walks, masking, tokens, http://."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from piwik_pro import (
    AuthenticationError,
    ConfigurationError,
    PaginationError,
    ResponseTooLargeError,
)
from piwik_pro._body import BodyLimits, DeadlineExceeded
from piwik_pro._config import check_transport_security, is_loopback_host, total_seconds
from piwik_pro._errors import error_body, mask
from piwik_pro._exchange import attempt_kwargs, budget
from piwik_pro._operation import Pagination
from piwik_pro._pagination import PageWalk
from piwik_pro._token import DEADLINE, parse_token_response
from support.clock import FakeClock

# --------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("timeout", "total"),
    [(5, 5.0), (2.5, 2.5), (None, None), (httpx.Timeout(30, read=5), 30.0)],
)
def test_total_seconds_is_the_number_or_the_longest_phase(timeout: Any, total: Any) -> None:
    """A number is the whole call's budget; an httpx.Timeout's longest value is."""
    assert total_seconds(timeout) == total


def test_first_attempt_keeps_the_timeouts_and_later_ones_get_the_time_left() -> None:
    """Attempt 0 carries the deadline only; a retry's phases are cut to what is left."""
    clock = FakeClock(100.0)
    limits = BodyLimits(10, clock, deadline=110.0)
    kwargs = {"method": "GET", "url": "/x", "timeout": httpx.Timeout(8.0)}
    first = attempt_kwargs(kwargs, httpx.Timeout(60), limits, 0)
    assert first["timeout"] == httpx.Timeout(8.0)
    assert first["extensions"] == {DEADLINE: 110.0}
    clock.now = 107.0
    later = attempt_kwargs(kwargs, httpx.Timeout(60), limits, 1)
    assert later["timeout"] == httpx.Timeout(3.0)
    clock.now = 110.0
    with pytest.raises(DeadlineExceeded):
        attempt_kwargs(kwargs, httpx.Timeout(60), limits, 2)


def test_a_backoff_wait_must_fit_and_a_retry_after_wait_moves_the_deadline() -> None:
    """budget(): backoff longer than the time left gives up; Retry-After extends the deadline."""
    limits = BodyLimits(10, FakeClock(100.0), deadline=105.0)
    busy = httpx.Response(503)
    assert budget(limits, 4.0, busy) == (limits, 4.0)
    assert budget(limits, 5.0, busy)[1] is None
    assert budget(limits, None, busy)[1] is None
    asked = httpx.Response(429, headers={"Retry-After": "30"})
    extended, delay = budget(limits, 30.0, asked)
    assert delay == 30.0 and extended.deadline == 135.0


def test_body_limits_refuse_a_declared_or_grown_size() -> None:
    """Content-Length past the limit is refused before reading; so is a body that grows past it."""
    limits = BodyLimits(100, FakeClock(100.0))
    request = httpx.Request(
        "GET", "https://example.piwik.pro/api/x", headers={"Authorization": "B"}
    )
    declared = httpx.Response(200, headers={"Content-Length": "101"}, request=request)
    with pytest.raises(ResponseTooLargeError, match="Content-Length is 101 bytes") as info:
        limits.check_declared(declared)
    assert "Authorization" not in info.value.request.headers
    with pytest.raises(ResponseTooLargeError, match="more than 100 bytes"):
        limits.check(httpx.Response(200, request=request), 101)


# --------------------------------------------------------------------------- page walks

PAGINATION = Pagination("offset", "offset", "limit", total=None, default_limit=2)


def page(*items: int) -> dict[str, Any]:
    return {"data": list(items)}


def test_page_walk_follows_full_pages_and_stops_on_a_short_one() -> None:
    """Offsets advance by the items returned; a short page ends the walk."""
    walk = PageWalk("things.list", PAGINATION, max_pages=10)
    assert walk.following(page(1, 2), 0, 2) == 2
    assert walk.following(page(3), 2, 2) is None


def test_page_walk_refuses_a_repeated_page() -> None:
    """The same items twice in a row mean the server ignores the offset."""
    walk = PageWalk("things.list", PAGINATION, max_pages=10)
    walk.following(page(1, 2), 0, 2)
    with pytest.raises(PaginationError, match="ignores the 'offset' parameter") as info:
        walk.following(page(1, 2), 2, 2)
    assert (info.value.operation, info.value.pages) == ("things.list", 2)


def test_page_walk_stops_at_max_pages() -> None:
    """Past max_pages with more to come, check_more raises; at the end it does not."""
    walk = PageWalk("things.list", PAGINATION, max_pages=2)
    walk.check_more(walk.following(page(1, 2), 0, 2))
    following = walk.following(page(3, 4), 2, 2)
    with pytest.raises(PaginationError, match="max_pages=2"):
        walk.check_more(following)
    walk.check_more(None)


# --------------------------------------------------------------------------- masking


def test_mask_replaces_secrets_in_text_and_parsed_json() -> None:
    """Strings, keys and nested values are masked; other values pass."""
    body = {"a": "x s3 y", "s3": [1, "s3"], "n": 5}
    assert mask(body, ("s3",)) == {"a": "x *** y", "***": [1, "***"], "n": 5}
    assert mask("no secret", ("s3",)) == "no secret"
    assert mask("s3", ()) == "s3"


def test_error_body_keeps_large_bodies_short() -> None:
    """A body past 64 KiB becomes a cut text naming its full size."""
    big = httpx.Response(500, content=b"{" + b"x" * 70_000)
    body = error_body(big)
    assert isinstance(body, str) and len(body) < 2_100 and "70,001 bytes" in body
    assert error_body(httpx.Response(500, json={"k": "v"})) == {"k": "v"}


# --------------------------------------------------------------------------- tokens


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("tök", "non-ASCII"),
        ("a b", "whitespace or control"),
        ("a\x00b", "whitespace or control"),
        ("x" * 20_000, "characters long"),
    ],
)
def test_unusable_tokens_are_refused_without_their_value(token: str, problem: str) -> None:
    """parse_token_response names the problem, and neither message nor body holds the token."""
    body = {"access_token": token, "token_type": "Bearer"}
    response = httpx.Response(200, json=body, request=httpx.Request("POST", "https://h/auth/token"))
    with pytest.raises(AuthenticationError, match=problem) as info:
        parse_token_response(response, now=0.0, margin=60.0)
    error = info.value
    assert token not in str(error) and token not in error.response.text
    assert error.body is None


def test_bearer_token_type_in_any_case_and_absent_is_accepted() -> None:
    """token_type Bearer (any case) or none at all is fine; others are not."""
    for extra in ({"token_type": "bearer"}, {"token_type": "BEARER"}, {}):
        response = httpx.Response(200, json={"access_token": "t", **extra})
        assert parse_token_response(response, now=0.0, margin=0.0).value == "t"


def test_a_redirect_answer_is_refused_with_its_location() -> None:
    """A 307 from the token endpoint names where it pointed; it is never followed."""
    request = httpx.Request("POST", "https://h/auth/token")
    response = httpx.Response(307, headers={"Location": "https://evil/x"}, request=request)
    with pytest.raises(
        AuthenticationError, match="redirected the token request to 'https://evil/x'"
    ):
        parse_token_response(response, now=0.0, margin=0.0)


# --------------------------------------------------------------------------- http://


@pytest.mark.parametrize(
    "host", ["localhost", "api.localhost", "127.0.0.1", "127.5.6.7", "[::1]", "::1"]
)
def test_loopback_hosts(host: str) -> None:
    """Names and addresses of this machine are loopback."""
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["example.com", "10.0.0.1", "localhost.example.com", "[::2]"])
def test_other_hosts_are_not_loopback(host: str) -> None:
    """Anything else is another machine."""
    assert not is_loopback_host(host)


def test_http_to_another_machine_needs_the_opt_in() -> None:
    """http:// to a remote host raises unless allow_insecure_http; https:// always passes."""
    with pytest.raises(ConfigurationError, match="allow_insecure_http=True"):
        check_transport_security("http://example.piwik.pro", False)
    check_transport_security("http://example.piwik.pro", True)
    check_transport_security("https://example.piwik.pro", False)
    check_transport_security("http://127.0.0.1:8080", False)
