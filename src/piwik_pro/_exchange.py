"""One request/response exchange, as pure helpers shared by the sync and async clients.

Building the httpx request keywords, deciding whether (and how long) to wait
before a retry, wrapping httpx failures and classifying a response into a
parsed model or a :class:`PiwikProError` all happen here, without I/O.
"""

from __future__ import annotations

import json
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import httpx

from ._body import BodyLimits, DeadlineExceeded
from ._config import total_seconds
from ._errors import (
    _MASK,
    MAX_ERROR_JSON,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    PiwikProError,
    decode_text,
    error_body,
    mask,
    status_error_from_response,
)
from ._failures import closed_error, safe_request, transport_error
from ._response import APIResponse, raw_response_requested
from ._retry import (
    RETRYABLE_STATUSES,
    RetryPolicy,
    parse_retry_after,
    retry_delay,
    should_retry_exception,
    should_retry_status,
)
from ._token import DEADLINE, TOKEN_OPERATION, is_token_request
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._operation import Operation, ResultT

__all__ = [
    "HTTPX_ERRORS",
    "apply_request_options",
    "attempt_kwargs",
    "budget",
    "call_limits",
    "closed_error",
    "delay_after_error",
    "delay_after_exception",
    "delay_after_response",
    "max_retries_for",
    "outcome",
    "parse_outcome",
    "prepare_request",
    "safe_request",
    "transport_error",
    "validation_error",
    "without_credentials",
]

# Everything httpx raises while sending; none of it may reach a caller.
HTTPX_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, httpx.CookieConflict)


class _ParseContext:
    """Stands in for the generated client in ``_parse_response``: never raise on a status."""

    __slots__ = ()
    raise_on_unexpected_status = False


_PARSE_CONTEXT = _ParseContext()


def apply_request_options(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def prepare_request(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is not None:
        params = op.with_attributes(params, attributes)
    module = op.load()
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def call_limits(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total, total)


def _capped(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(value, remaining)


def attempt_kwargs(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, limits: BodyLimits, attempt: int = 0
) -> dict[str, Any]:
    """``kwargs`` for one attempt: no phase may wait past the deadline, which travels along.

    The first attempt keeps the configured timeouts (none is longer than the whole call's
    budget); later ones get at most the time left. Raises :class:`DeadlineExceeded` when
    no time is left.
    """
    remaining = limits.remaining()
    if remaining is None:
        return kwargs
    if remaining <= 0:
        raise DeadlineExceeded("the call's deadline passed")
    extensions = {**kwargs.get("extensions", {}), DEADLINE: limits.deadline}
    if attempt == 0:
        return {**kwargs, "extensions": extensions}
    timeout = httpx.Timeout(kwargs.get("timeout", client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def budget(
    limits: BodyLimits, delay: float | None, outcome: httpx.Response | Exception
) -> tuple[BodyLimits, float | None]:
    """The limits for the next attempt and the wait before it; a None wait means give up.

    A wait the server asked for (Retry-After, already capped by ``max_retry_after``) moves
    the deadline by its length; a backoff wait must fit in the time left.
    """
    if delay is None:
        return limits, None
    if _retry_after_of(outcome) is not None:
        return limits.extended(delay), delay
    remaining = limits.remaining()
    return limits, None if remaining is not None and delay >= remaining else delay


def _retry_after_of(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("Retry-After"))


def max_retries_for(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = options.get("max_retries")
        if retries is not None:
            return retries
    return policy.max_retries


def delay_after_response(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def delay_after_exception(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def delay_after_error(
    policy: RetryPolicy, exc: PiwikProError, attempt: int, retries: int
) -> float | None:
    """Seconds to wait after the token request failed (429/5xx or in transport); None to give up.

    No API request was sent, so retrying is safe for every operation. Any other error
    raised while sending (a response too large, a refused token) is final.
    """
    if attempt >= retries:
        return None
    if isinstance(exc, APIConnectionError) and is_token_request(exc.request):
        cause = exc.__cause__
        if cause is None or not should_retry_exception(cause, "POST", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def _is_token_request(exc: Exception) -> bool:
    try:
        return isinstance(exc, httpx.RequestError) and is_token_request(exc.request)
    except RuntimeError:  # no request attached
        return False


def validation_error(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, secrets)
    )


def _with_bearer(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def without_credentials(response: httpx.Response) -> httpx.Response:
    """``response`` whose request (and prepared follow-up) lost the bearer token, and whose
    history (the token exchange, whose body holds the access token) is dropped.

    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    return response


def scrubbed(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception: without credentials
    (:func:`without_credentials`), and with ``secrets`` echoed in its body masked."""
    content = without_credentials(response).content
    wanted = tuple(secret for secret in secrets if secret)
    if not wanted:
        return response
    masked = _masked_content(content, response.encoding or "utf-8", wanted)
    if masked != content:
        response._content = masked
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def _masked_content(content: bytes, encoding: str, secrets: tuple[str, ...]) -> bytes:
    """``content`` with each secret masked wherever a reader could find it again.

    In the text of the body's own charset (written back in it); in its UTF-8 bytes,
    whatever the charset label claims; and, for a JSON body small enough to be parsed
    into an error's ``body``, inside strings that escape it (``\\u0073ecret``, ``a\\/b``).
    """
    text, encoding = decode_text(content, encoding)
    if any(secret in text for secret in secrets):
        content = _encoded(mask(text, secrets), encoding)
    for secret in secrets:  # a body whose charset label is wrong
        content = content.replace(secret.encode(), _MASK.encode())
    if len(content) <= MAX_ERROR_JSON:
        try:
            parsed = json.loads(content)
        except ValueError:  # not JSON (UnicodeDecodeError is a ValueError too)
            return content
        hidden = mask(parsed, secrets)
        if hidden != parsed:
            content = _encoded(json.dumps(hidden, ensure_ascii=False), encoding)
    return content


def _encoded(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding`` (what it cannot write replaced), else in UTF-8."""
    try:
        return text.encode(encoding, "replace")
    except Exception:  # a codec that refuses to write text back
        return text.encode("utf-8")


def status_error(
    operation: str, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> APIStatusError:
    """The exception for an error ``response``, with ``secrets`` and its bearer token masked."""
    secrets = _with_bearer(response, secrets)
    return status_error_from_response(
        scrubbed(response, secrets), operation=operation, secrets=secrets
    )


def parse_outcome(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        raise status_error(op.name, response, secrets)
    if not op.success:
        return None
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    # A body no member of a union accepts comes back raw (the generated layer raises
    # instead in strict mode): a newer service's kind of object, kept as JSON.
    raw_member = len(op.success) > 1 and isinstance(parsed, dict)
    if not raw_member and not op.accepts(parsed):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def outcome(
    op: Operation[ResultT],
    module: ModuleType,
    response: httpx.Response,
    secrets: tuple[str, ...] = (),
) -> ResultT:
    """What a call returns: the parsed model, or an :class:`APIResponse` for a raw call.

    An error status raises either way; a raw call (``with_raw_response``) parses its
    body only when asked (the raw wrappers type that return as ``APIResponse[ResultT]``).
    """
    if not raw_response_requested():
        return cast("ResultT", parse_outcome(op, module, response, secrets))
    if not response.is_success:
        raise status_error(op.name, response, secrets)
    response = without_credentials(response)
    raw = APIResponse(op.name, response, lambda: parse_outcome(op, module, response, secrets))
    return cast("ResultT", raw)
