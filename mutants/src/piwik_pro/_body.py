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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class DeadlineExceeded(httpx.ReadTimeout):
    """The call's overall deadline passed while it was still running."""
mutants_xǁBodyLimitsǁcheck_declared__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBodyLimitsǁcheck__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBodyLimitsǁcheck_time__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBodyLimitsǁremaining__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBodyLimitsǁextended__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBodyLimitsǁtoo_large__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class BodyLimits:
    """At most ``max_bytes`` of decoded body, and no reading past ``deadline`` (clock time)."""

    max_bytes: int
    clock: Callable[[], float]
    deadline: float | None = None

    @_mutmut_mutated(mutants_xǁBodyLimitsǁcheck_declared__mutmut)
    def check_declared(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_orig(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_1(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = None
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_2(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get(None, "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_3(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", None)
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_4(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_5(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", )
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_6(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("XXContent-LengthXX", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_7(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_8(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("CONTENT-LENGTH", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_9(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "XXXX")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_10(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() or int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_11(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(None) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_12(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) >= self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_13(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(None, f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_14(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, None)

    def xǁBodyLimitsǁcheck_declared__mutmut_15(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(f"its Content-Length is {int(declared):,} bytes")

    def xǁBodyLimitsǁcheck_declared__mutmut_16(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, )

    def xǁBodyLimitsǁcheck_declared__mutmut_17(self, response: httpx.Response) -> None:
        """Refuse before reading when the Content-Length already says it is too large."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self.too_large(response, f"its Content-Length is {int(None):,} bytes")

    @_mutmut_mutated(mutants_xǁBodyLimitsǁcheck__mutmut)
    def check(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(response, f"more than {self.max_bytes:,} bytes arrived")
        self.check_time(response.request)

    def xǁBodyLimitsǁcheck__mutmut_orig(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(response, f"more than {self.max_bytes:,} bytes arrived")
        self.check_time(response.request)

    def xǁBodyLimitsǁcheck__mutmut_1(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size >= self.max_bytes:
            raise self.too_large(response, f"more than {self.max_bytes:,} bytes arrived")
        self.check_time(response.request)

    def xǁBodyLimitsǁcheck__mutmut_2(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(None, f"more than {self.max_bytes:,} bytes arrived")
        self.check_time(response.request)

    def xǁBodyLimitsǁcheck__mutmut_3(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(response, None)
        self.check_time(response.request)

    def xǁBodyLimitsǁcheck__mutmut_4(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(f"more than {self.max_bytes:,} bytes arrived")
        self.check_time(response.request)

    def xǁBodyLimitsǁcheck__mutmut_5(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(response, )
        self.check_time(response.request)

    def xǁBodyLimitsǁcheck__mutmut_6(self, response: httpx.Response, size: int) -> None:
        """After ``size`` bytes: stop when past the size limit or the deadline."""
        if size > self.max_bytes:
            raise self.too_large(response, f"more than {self.max_bytes:,} bytes arrived")
        self.check_time(None)

    @_mutmut_mutated(mutants_xǁBodyLimitsǁcheck_time__mutmut)
    def check_time(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed", request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_orig(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed", request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_1(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None or self.clock() >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed", request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_2(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is None and self.clock() >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed", request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_3(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() > self.deadline:
            raise DeadlineExceeded("the call's deadline passed", request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_4(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded(None, request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_5(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed", request=None)

    def xǁBodyLimitsǁcheck_time__mutmut_6(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded(request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_7(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded("the call's deadline passed", )

    def xǁBodyLimitsǁcheck_time__mutmut_8(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded("XXthe call's deadline passedXX", request=request)

    def xǁBodyLimitsǁcheck_time__mutmut_9(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` once the deadline has passed."""
        if self.deadline is not None and self.clock() >= self.deadline:
            raise DeadlineExceeded("THE CALL'S DEADLINE PASSED", request=request)

    @_mutmut_mutated(mutants_xǁBodyLimitsǁremaining__mutmut)
    def remaining(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(0.0, self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_orig(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(0.0, self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_1(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if (self.deadline is None) and False else max(0.0, self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_2(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if (self.deadline is None) or True else max(0.0, self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_3(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is not None else max(0.0, self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_4(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(None, self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_5(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(0.0, None)

    def xǁBodyLimitsǁremaining__mutmut_6(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_7(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(0.0, )

    def xǁBodyLimitsǁremaining__mutmut_8(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(1.0, self.deadline - self.clock())

    def xǁBodyLimitsǁremaining__mutmut_9(self) -> float | None:
        """Seconds left before the deadline (never below 0), None without one."""
        return None if self.deadline is None else max(0.0, self.deadline + self.clock())

    @_mutmut_mutated(mutants_xǁBodyLimitsǁextended__mutmut)
    def extended(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(self, deadline=self.deadline + seconds)

    def xǁBodyLimitsǁextended__mutmut_orig(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(self, deadline=self.deadline + seconds)

    def xǁBodyLimitsǁextended__mutmut_1(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if (self.deadline is None) and False else replace(self, deadline=self.deadline + seconds)

    def xǁBodyLimitsǁextended__mutmut_2(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if (self.deadline is None) or True else replace(self, deadline=self.deadline + seconds)

    def xǁBodyLimitsǁextended__mutmut_3(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is not None else replace(self, deadline=self.deadline + seconds)

    def xǁBodyLimitsǁextended__mutmut_4(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(None, deadline=self.deadline + seconds)

    def xǁBodyLimitsǁextended__mutmut_5(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(self, deadline=None)

    def xǁBodyLimitsǁextended__mutmut_6(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(deadline=self.deadline + seconds)

    def xǁBodyLimitsǁextended__mutmut_7(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(self, )

    def xǁBodyLimitsǁextended__mutmut_8(self, seconds: float) -> BodyLimits:
        """The same limits with the deadline moved ``seconds`` later (a server-asked wait)."""
        return self if self.deadline is None else replace(self, deadline=self.deadline - seconds)

    @_mutmut_mutated(mutants_xǁBodyLimitsǁtoo_large__mutmut)
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

    def xǁBodyLimitsǁtoo_large__mutmut_orig(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
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

    def xǁBodyLimitsǁtoo_large__mutmut_1(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = None
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_2(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = None
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_3(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "XXPass a larger max_response_bytes= to the client if this answer is expected.XX"
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_4(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_5(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "PASS A LARGER MAX_RESPONSE_BYTES= TO THE CLIENT IF THIS ANSWER IS EXPECTED."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_6(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = None  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_7(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(None, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_8(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, None)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_9(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_10(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, )  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_11(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            None, request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_12(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=None, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_13(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=None, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_14(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, limit=None
        )

    def xǁBodyLimitsǁtoo_large__mutmut_15(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            request=bare, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_16(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, status_code=response.status_code, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_17(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, limit=self.max_bytes
        )

    def xǁBodyLimitsǁtoo_large__mutmut_18(self, response: httpx.Response, what: str) -> ResponseTooLargeError:
        request = response.request
        message = (
            f"The {response.status_code} response to {request.method} {request.url.path} is "
            f"larger than max_response_bytes={self.max_bytes:,} ({what}); reading stopped. "
            "Pass a larger max_response_bytes= to the client if this answer is expected."
        )
        bare = httpx.Request(request.method, request.url)  # no headers, no body: no secrets
        return ResponseTooLargeError(
            message, request=bare, status_code=response.status_code, )

mutants_xǁBodyLimitsǁcheck_declared__mutmut['_mutmut_orig'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_1'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_2'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_3'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_4'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_5'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_6'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_7'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_8'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_9'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_10'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_11'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_12'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_13'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_14'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_14 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_15'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_15 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_16'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_16 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_declared__mutmut['xǁBodyLimitsǁcheck_declared__mutmut_17'] = BodyLimits.xǁBodyLimitsǁcheck_declared__mutmut_17 # type: ignore # mutmut generated

mutants_xǁBodyLimitsǁcheck__mutmut['_mutmut_orig'] = BodyLimits.xǁBodyLimitsǁcheck__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck__mutmut['xǁBodyLimitsǁcheck__mutmut_1'] = BodyLimits.xǁBodyLimitsǁcheck__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck__mutmut['xǁBodyLimitsǁcheck__mutmut_2'] = BodyLimits.xǁBodyLimitsǁcheck__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck__mutmut['xǁBodyLimitsǁcheck__mutmut_3'] = BodyLimits.xǁBodyLimitsǁcheck__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck__mutmut['xǁBodyLimitsǁcheck__mutmut_4'] = BodyLimits.xǁBodyLimitsǁcheck__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck__mutmut['xǁBodyLimitsǁcheck__mutmut_5'] = BodyLimits.xǁBodyLimitsǁcheck__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck__mutmut['xǁBodyLimitsǁcheck__mutmut_6'] = BodyLimits.xǁBodyLimitsǁcheck__mutmut_6 # type: ignore # mutmut generated

mutants_xǁBodyLimitsǁcheck_time__mutmut['_mutmut_orig'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_1'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_2'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_3'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_4'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_5'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_6'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_7'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_8'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁcheck_time__mutmut['xǁBodyLimitsǁcheck_time__mutmut_9'] = BodyLimits.xǁBodyLimitsǁcheck_time__mutmut_9 # type: ignore # mutmut generated

mutants_xǁBodyLimitsǁremaining__mutmut['_mutmut_orig'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_1'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_2'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_3'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_4'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_5'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_6'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_7'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_8'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁremaining__mutmut['xǁBodyLimitsǁremaining__mutmut_9'] = BodyLimits.xǁBodyLimitsǁremaining__mutmut_9 # type: ignore # mutmut generated

mutants_xǁBodyLimitsǁextended__mutmut['_mutmut_orig'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_1'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_2'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_3'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_4'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_5'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_6'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_7'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁextended__mutmut['xǁBodyLimitsǁextended__mutmut_8'] = BodyLimits.xǁBodyLimitsǁextended__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBodyLimitsǁtoo_large__mutmut['_mutmut_orig'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_1'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_2'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_3'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_4'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_5'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_6'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_7'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_8'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_9'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_10'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_11'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_12'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_13'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_14'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_14 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_15'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_15 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_16'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_16 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_17'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_17 # type: ignore # mutmut generated
mutants_xǁBodyLimitsǁtoo_large__mutmut['xǁBodyLimitsǁtoo_large__mutmut_18'] = BodyLimits.xǁBodyLimitsǁtoo_large__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_body_within__mutmut)
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


def x_read_body_within__mutmut_orig(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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


def x_read_body_within__mutmut_1(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(None, "_content"):
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


def x_read_body_within__mutmut_2(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, None):
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


def x_read_body_within__mutmut_3(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr("_content"):
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


def x_read_body_within__mutmut_4(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, ):
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


def x_read_body_within__mutmut_5(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "XX_contentXX"):
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


def x_read_body_within__mutmut_6(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_CONTENT"):
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


def x_read_body_within__mutmut_7(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = None
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


def x_read_body_within__mutmut_8(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = None
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


def x_read_body_within__mutmut_9(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 1
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


def x_read_body_within__mutmut_10(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(None)
        for chunk in response.iter_bytes():
            size += len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_11(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        for chunk in response.iter_bytes():
            size = len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_12(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        for chunk in response.iter_bytes():
            size -= len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_13(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        for chunk in response.iter_bytes():
            size += len(chunk)
            limits.check(None, size)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_14(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        for chunk in response.iter_bytes():
            size += len(chunk)
            limits.check(response, None)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_15(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        for chunk in response.iter_bytes():
            size += len(chunk)
            limits.check(size)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_16(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """Read a streamed ``response`` into ``response.content`` within ``limits``."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        for chunk in response.iter_bytes():
            size += len(chunk)
            limits.check(response, )
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_17(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
            chunks.append(None)
    finally:
        response.close()
    response._content = b"".join(chunks)
    return response


def x_read_body_within__mutmut_18(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
    response._content = None
    return response


def x_read_body_within__mutmut_19(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
    response._content = b"".join(None)
    return response


def x_read_body_within__mutmut_20(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
    response._content = b"XXXX".join(chunks)
    return response

mutants_x_read_body_within__mutmut['_mutmut_orig'] = x_read_body_within__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_1'] = x_read_body_within__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_2'] = x_read_body_within__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_3'] = x_read_body_within__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_4'] = x_read_body_within__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_5'] = x_read_body_within__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_6'] = x_read_body_within__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_7'] = x_read_body_within__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_8'] = x_read_body_within__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_9'] = x_read_body_within__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_10'] = x_read_body_within__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_11'] = x_read_body_within__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_12'] = x_read_body_within__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_13'] = x_read_body_within__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_14'] = x_read_body_within__mutmut_14 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_15'] = x_read_body_within__mutmut_15 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_16'] = x_read_body_within__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_17'] = x_read_body_within__mutmut_17 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_18'] = x_read_body_within__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_19'] = x_read_body_within__mutmut_19 # type: ignore # mutmut generated
mutants_x_read_body_within__mutmut['x_read_body_within__mutmut_20'] = x_read_body_within__mutmut_20 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_aread_body_within__mutmut)
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


async def x_aread_body_within__mutmut_orig(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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


async def x_aread_body_within__mutmut_1(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(None, "_content"):
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


async def x_aread_body_within__mutmut_2(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, None):
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


async def x_aread_body_within__mutmut_3(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr("_content"):
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


async def x_aread_body_within__mutmut_4(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, ):
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


async def x_aread_body_within__mutmut_5(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "XX_contentXX"):
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


async def x_aread_body_within__mutmut_6(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_CONTENT"):
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


async def x_aread_body_within__mutmut_7(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = None
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


async def x_aread_body_within__mutmut_8(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = None
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


async def x_aread_body_within__mutmut_9(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 1
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


async def x_aread_body_within__mutmut_10(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(None)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_11(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        async for chunk in response.aiter_bytes():
            size = len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_12(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        async for chunk in response.aiter_bytes():
            size -= len(chunk)
            limits.check(response, size)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_13(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            limits.check(None, size)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_14(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            limits.check(response, None)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_15(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            limits.check(size)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_16(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
    """The async twin of :func:`read_body_within`."""
    if hasattr(response, "_content"):
        return response
    chunks: list[bytes] = []
    size = 0
    try:
        limits.check_declared(response)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            limits.check(response, )
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_17(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
            chunks.append(None)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response


async def x_aread_body_within__mutmut_18(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
    response._content = None
    return response


async def x_aread_body_within__mutmut_19(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
    response._content = b"".join(None)
    return response


async def x_aread_body_within__mutmut_20(response: httpx.Response, limits: BodyLimits) -> httpx.Response:
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
    response._content = b"XXXX".join(chunks)
    return response

mutants_x_aread_body_within__mutmut['_mutmut_orig'] = x_aread_body_within__mutmut_orig # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_1'] = x_aread_body_within__mutmut_1 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_2'] = x_aread_body_within__mutmut_2 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_3'] = x_aread_body_within__mutmut_3 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_4'] = x_aread_body_within__mutmut_4 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_5'] = x_aread_body_within__mutmut_5 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_6'] = x_aread_body_within__mutmut_6 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_7'] = x_aread_body_within__mutmut_7 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_8'] = x_aread_body_within__mutmut_8 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_9'] = x_aread_body_within__mutmut_9 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_10'] = x_aread_body_within__mutmut_10 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_11'] = x_aread_body_within__mutmut_11 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_12'] = x_aread_body_within__mutmut_12 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_13'] = x_aread_body_within__mutmut_13 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_14'] = x_aread_body_within__mutmut_14 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_15'] = x_aread_body_within__mutmut_15 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_16'] = x_aread_body_within__mutmut_16 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_17'] = x_aread_body_within__mutmut_17 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_18'] = x_aread_body_within__mutmut_18 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_19'] = x_aread_body_within__mutmut_19 # type: ignore # mutmut generated
mutants_x_aread_body_within__mutmut['x_aread_body_within__mutmut_20'] = x_aread_body_within__mutmut_20 # type: ignore # mutmut generated
