"""Raw responses: ``client.with_raw_response.<area>.<method>(...)``.

A method called through ``with_raw_response`` sends the same request, with the same
retries and errors (a 4xx/5xx still raises), but returns an :class:`APIResponse`: the
status, the headers and the body as sent, and the parsed model on demand with
:meth:`APIResponse.parse`.

The wrappers mark the call in a context variable that ``_call`` reads, so one
generated method serves both shapes; the generated ``*WithRawResponse`` classes
(``_resources``) wrap every method of an area with :func:`to_raw_response_wrapper`
or :func:`async_to_raw_response_wrapper`, keeping its parameters for type checkers.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIResponse",
    "async_to_raw_response_wrapper",
    "raw_response_requested",
    "to_raw_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")

_RAW_RESPONSE: ContextVar[bool] = ContextVar("piwik_pro_raw_response", default=False)
_NOT_PARSED: Any = object()


def raw_response_requested() -> bool:
    """Whether the call being made should return an :class:`APIResponse`."""
    return _RAW_RESPONSE.get()


class APIResponse(Generic[R]):
    """The HTTP answer to one successful call, parsed into its model on demand.

    ``http_response`` is the :class:`httpx.Response`, body already read; the client hands
    it over without credentials (``_exchange.without_credentials``: no bearer token on its
    request, no token exchange in its history). :meth:`parse` builds the same value the plain method
    returns, once.
    """

    __slots__ = ("_operation", "_parse", "_parsed", "http_response")

    def __init__(self, operation: str, response: httpx.Response, parse: Callable[[], R]) -> None:
        self._operation = operation
        self._parse = parse
        self._parsed: R = _NOT_PARSED
        self.http_response = response

    @property
    def operation(self) -> str:
        """The friendly name of the operation, e.g. ``"users.get"``."""
        return self._operation

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        """The body as JSON (raises ``ValueError`` for a body that is not JSON)."""
        return self.http_response.json()

    def parse(self) -> R:
        """The typed model the plain method returns (``None`` for a bodiless answer).

        Raises :class:`APIResponseValidationError` when the body does not fit the model.
        """
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parse()
        return self._parsed

    def __repr__(self) -> str:
        return f"<APIResponse {self.operation} [{self.status_code}]>"


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``func`` (a sync client method) returning its :class:`APIResponse` instead."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW_RESPONSE.set(True)
        try:
            return cast("APIResponse[R]", func(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """``func`` (an async client method) returning its :class:`APIResponse` instead."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _RAW_RESPONSE.set(True)
        try:
            return cast("APIResponse[R]", await func(*args, **kwargs))
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped
