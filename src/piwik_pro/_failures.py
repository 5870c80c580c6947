"""Errors for calls that got no HTTP response: transport failures and closed clients.

Their messages name what was attempted (operation, method, path, host) and, for a timeout,
the limit that ran out (a phase's timeout and its value, or the call's whole deadline).
They never hold a header, a body, the client secret or a token.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._body import BodyLimits, DeadlineExceeded
from ._errors import APIConnectionError, APITimeoutError, ClientClosedError, mask
from ._token import is_token_request, masked_token_request

__all__ = ["closed_error", "safe_request", "transport_error"]


def closed_error(client: object) -> ClientClosedError:
    """Calling ``client`` after ``close()``/``aclose()`` (or after its ``with`` block).

    The words fit the client: ``with``/``close()`` for the sync one, ``async with``/
    ``aclose()`` for the async one, and the httpx client for one passed as ``http_client=``.
    """
    owns_http = getattr(client, "_owns_http", True)
    is_async = getattr(client, "_is_async", False)
    if not owns_http:
        return ClientClosedError(
            f"{client!r} cannot send: the httpx client passed as http_client= is closed; "
            "keep it open while this client is in use, or create a new client"
        )
    close, block = ("aclose()", "async with") if is_async else ("close()", "with")
    return ClientClosedError(
        f"{client!r} is closed (by {close}, or when its `{block}` block ended); create a new "
        f"client, or make the calls inside its `{block}` block"
    )


def safe_request(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop("Authorization", None)
    return request


_PHASES: tuple[tuple[type[httpx.TimeoutException], str, str], ...] = (
    (httpx.ConnectTimeout, "connect", "no connection was established"),
    (httpx.ReadTimeout, "read", "no data arrived"),
    (httpx.WriteTimeout, "write", "the request could not be sent"),
    (httpx.PoolTimeout, "pool", "no connection of the pool became free"),
)
_MAX_CAUSE = 200


def _seconds(value: float | None) -> str:
    return "no limit" if value is None else f"{value:g} s"


def _where(request: httpx.Request, operation: str | None) -> str:
    """``users.get (GET /api/users/v2/1) on example.piwik.pro``: no query, no headers."""
    what = f"{request.method} {request.url.path}"
    host = request.url.netloc.decode("ascii", "replace")  # host[:port], never user:password
    return f"{f'{operation} ({what})' if operation else what} on {host}"


def _timeout_why(exc: Exception, request: httpx.Request, limits: BodyLimits | None) -> str:
    """Which limit ran out: the call's deadline, or one phase's timeout and its value."""
    if isinstance(exc, DeadlineExceeded):
        budget = "" if limits is None or limits.budget is None else f" of {limits.budget:g} s"
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return f"the call ran past its deadline{budget} ({why})"
    phases: dict[str, float | None] = request.extensions.get("timeout") or {}
    for kind, phase, what in _PHASES:
        if isinstance(exc, kind):
            limit = f" of {_seconds(phases[phase])}" if phase in phases else ""
            return f"{what} within the {phase} timeout{limit} ({kind.__name__})"
    return type(exc).__name__


def _cause(exc: Exception, secrets: tuple[str, ...]) -> str:
    """httpx's own words, first sentence only, short, with ``secrets`` masked."""
    text = mask(" ".join(str(exc).split()), secrets).split(". ")[0].rstrip(".")
    return text if len(text) <= _MAX_CAUSE else f"{text[: _MAX_CAUSE - 3]}..."


def transport_error(
    exc: Exception,
    kwargs: dict[str, Any],
    *,
    operation: str | None = None,
    limits: BodyLimits | None = None,
    secrets: tuple[str, ...] = (),
) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure.

    Its message names the operation, the method and path, the host and, for a timeout,
    the limit that ran out; ``secrets`` are masked in the cause httpx gives.
    """
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    where = _where(request, operation)
    if isinstance(exc, httpx.TimeoutException):
        why = _timeout_why(exc, request, limits)
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, httpx.TimeoutException):
        hint = "pass a larger timeout= (or request_options={'timeout': ...} for one call)"
        return APITimeoutError(request, f"Request timed out: {where}: {why}; {hint}.")
    cause = _cause(exc, secrets)
    message = f"Connection error ({type(exc).__name__}): {where}"
    return APIConnectionError(f"{message}: {cause}." if cause else f"{message}.", request=request)
