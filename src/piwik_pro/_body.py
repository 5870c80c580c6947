"""Reading a streamed response body within a size limit and a call's deadline.

Both clients send with ``stream=True`` and read the body here, so that a runaway answer
(too large, or trickled past the deadline) is cut off instead of read to its end. The
sync and async readers differ only in how they iterate; every decision is in
:class:`BodyLimits`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import httpx

from ._errors import ResponseTooLargeError

__all__ = ["BodyLimits", "DeadlineExceeded", "aread_body_within", "read_body_within"]


class DeadlineExceeded(httpx.ReadTimeout):
    """The call's overall deadline passed while it was still running."""


@dataclass(frozen=True, slots=True)
class BodyLimits:
    """At most ``max_bytes`` of decoded body, and no reading past ``deadline`` (clock time).

    ``budget`` is the call's whole time limit in seconds (what ``deadline`` was set from),
    kept to name it in errors.
    """

    max_bytes: int
    clock: Callable[[], float]
    deadline: float | None = None
    budget: float | None = None

    def check_declared(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def check(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(response, f"more than {self.max_bytes:,} bytes arrived")
        self.check_time(response.request)

    def check_time(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed", request=request)

    def remaining(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(0.0, self.deadline - self.clock())

    def extended(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(self, deadline=self.deadline + seconds)

    def too_large(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )


def read_body_within(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        for chunk in response.iter_bytes():
            size += len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


async def aread_body_within(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response
