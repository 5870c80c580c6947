"""BodyLimits and the body readers on their own: the size and deadline edges, exactly."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from piwik_pro import ResponseTooLargeError
from piwik_pro._body import BodyLimits, DeadlineExceeded, aread_body_within, read_body_within

URL = "https://example.piwik.pro/api/things?secret=1"


class Clock:
    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def _streamed(stream: Chunks, **headers: str) -> httpx.Response:
    request = httpx.Request("POST", URL, headers={"Authorization": "Bearer t"}, content=b"x")
    return httpx.Response(201, stream=stream, headers=headers, request=request)


def test_declared_length_at_the_limit_passes_and_above_is_refused() -> None:
    limits = BodyLimits(max_bytes=10, clock=Clock())
    limits.check_declared(_streamed(Chunks(), **{"Content-Length": "10"}))
    limits.check_declared(_streamed(Chunks(), **{"Content-Length": "ten"}))
    with pytest.raises(ResponseTooLargeError) as raised:
        limits.check_declared(_streamed(Chunks(), **{"Content-Length": "11"}))
    error = raised.value
    assert str(error) == (
        "The 201 response to POST /api/things is larger than max_response_bytes=10 (its "
        "Content-Length is 11 bytes); reading stopped. Pass a larger max_response_bytes= "
        "to the client if this answer is expected."
    )
    assert (error.status_code, error.limit) == (201, 10)
    assert error.request.method == "POST"
    assert str(error.request.url) == URL
    assert "authorization" not in error.request.headers
    assert error.request.content == b""


def test_thousands_are_grouped_in_the_message() -> None:
    limits = BodyLimits(max_bytes=1000, clock=Clock())
    with pytest.raises(ResponseTooLargeError, match=r"=1,000 \(more than 1,000 bytes arrived\)"):
        limits.check(_streamed(Chunks()), 1001)
    with pytest.raises(ResponseTooLargeError, match=r"Content-Length is 2,000 bytes"):
        limits.check_declared(_streamed(Chunks(), **{"Content-Length": "2000"}))


def test_size_at_the_limit_passes() -> None:
    limits = BodyLimits(max_bytes=5, clock=Clock())
    limits.check(_streamed(Chunks()), 5)


def test_deadline_is_exclusive_of_earlier_times() -> None:
    clock = Clock(99.0)
    limits = BodyLimits(max_bytes=5, clock=clock, deadline=100.0)
    request = httpx.Request("GET", URL)
    limits.check_time(request)
    assert limits.remaining() == 1.0
    clock.now = 100.0
    with pytest.raises(DeadlineExceeded) as raised:
        limits.check_time(request)
    assert str(raised.value) == "the call's deadline passed"
    assert raised.value.request is request
    response = _streamed(Chunks())
    with pytest.raises(DeadlineExceeded) as late:
        limits.check(response, 1)
    assert late.value.request is response.request
    clock.now = 150.0
    assert limits.remaining() == 0.0
    assert isinstance(raised.value, httpx.ReadTimeout)


def test_without_a_deadline_time_never_runs_out() -> None:
    limits = BodyLimits(max_bytes=5, clock=Clock(1e12))
    limits.check_time(httpx.Request("GET", URL))
    assert limits.remaining() is None
    assert limits.extended(30) is limits


def test_extended_moves_only_the_deadline() -> None:
    clock = Clock()
    limits = BodyLimits(max_bytes=5, clock=clock, deadline=110.0)
    later = limits.extended(2.5)
    assert later == BodyLimits(max_bytes=5, clock=clock, deadline=112.5)
    assert limits.deadline == 110.0


def test_read_joins_the_chunks_and_closes() -> None:
    stream = Chunks(b"ab", b"", b"cd")
    response = read_body_within(_streamed(stream), BodyLimits(max_bytes=4, clock=Clock()))
    assert response.content == b"abcd"
    assert stream.closed


def test_read_stops_past_the_limit_and_closes() -> None:
    stream = Chunks(b"abc", b"de")
    with pytest.raises(ResponseTooLargeError, match="more than 4 bytes arrived"):
        read_body_within(_streamed(stream), BodyLimits(max_bytes=4, clock=Clock()))
    assert stream.closed


def test_a_read_response_is_returned_as_it_is() -> None:
    response = httpx.Response(200, content=b"done")
    assert read_body_within(response, BodyLimits(max_bytes=1, clock=Clock())) is response
    assert response.content == b"done"


async def test_async_read_joins_the_chunks_and_closes() -> None:
    stream = Chunks(b"ab", b"cd")
    response = await aread_body_within(_streamed(stream), BodyLimits(max_bytes=4, clock=Clock()))
    assert response.content == b"abcd"
    assert stream.closed
    again = await aread_body_within(response, BodyLimits(max_bytes=1, clock=Clock()))
    assert again is response


async def test_async_read_stops_past_the_limit_or_the_declared_length() -> None:
    stream = Chunks(b"abc", b"de")
    with pytest.raises(ResponseTooLargeError, match="more than 4 bytes arrived"):
        await aread_body_within(_streamed(stream), BodyLimits(max_bytes=4, clock=Clock()))
    assert stream.closed
    declared = Chunks(b"a")
    with pytest.raises(ResponseTooLargeError, match="Content-Length is 9 bytes"):
        await aread_body_within(
            _streamed(declared, **{"Content-Length": "9"}), BodyLimits(max_bytes=4, clock=Clock())
        )
    assert declared.closed


async def test_async_read_checks_the_deadline_after_each_chunk() -> None:
    clock = Clock(100.0)
    with pytest.raises(DeadlineExceeded):
        await aread_body_within(
            _streamed(Chunks(b"a")), BodyLimits(max_bytes=4, clock=clock, deadline=100.0)
        )
