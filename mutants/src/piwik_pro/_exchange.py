"""One request/response exchange, as pure helpers shared by the sync and async clients.

Building the httpx request keywords, deciding whether (and how long) to wait
before a retry, wrapping httpx failures and classifying a response into a
parsed model or a :class:`PiwikProError` all happen here, without I/O.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import DEADLINE, TOKEN_OPERATION, is_token_request, masked_token_request
from ._body import BodyLimits, DeadlineExceeded
from ._config import total_seconds
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    PiwikProError,
    error_body,
    mask,
    status_error_from_response,
)
from ._retry import (
    RETRYABLE_STATUSES,
    RetryPolicy,
    parse_retry_after,
    retry_delay,
    should_retry_exception,
    should_retry_status,
)
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = [
    "HTTPX_ERRORS",
    "apply_request_options",
    "attempt_kwargs",
    "budget",
    "call_limits",
    "delay_after_error",
    "delay_after_exception",
    "delay_after_response",
    "max_retries_for",
    "parse_outcome",
    "prepare_request",
    "transport_error",
    "validation_error",
]

# Everything httpx raises while sending; none of it may reach a caller.
HTTPX_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, httpx.CookieConflict)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class _ParseContext:
    """Stands in for the generated client in ``_parse_response``: never raise on a status."""

    __slots__ = ()
    raise_on_unexpected_status = False


_PARSE_CONTEXT = _ParseContext()
mutants_x_apply_request_options__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_apply_request_options__mutmut)
def apply_request_options(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_orig(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_1(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = None
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_2(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get(None)
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_3(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("XXheadersXX")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_4(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("HEADERS")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_5(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = None
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_6(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["XXheadersXX"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_7(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["HEADERS"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_8(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get(None, {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_9(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", None), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_10(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get({}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_11(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", ), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_12(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("XXheadersXX", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_13(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("HEADERS", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_14(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = None
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_15(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get(None)
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_16(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("XXtimeoutXX")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_17(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("TIMEOUT")
    if timeout is not None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_18(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is None:
        kwargs["timeout"] = timeout


def x_apply_request_options__mutmut_19(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["timeout"] = None


def x_apply_request_options__mutmut_20(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["XXtimeoutXX"] = timeout


def x_apply_request_options__mutmut_21(kwargs: dict[str, Any], options: RequestOptions) -> None:
    """Merge the per-call headers and timeout into httpx request ``kwargs``."""
    headers = options.get("headers")
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        kwargs["TIMEOUT"] = timeout

mutants_x_apply_request_options__mutmut['_mutmut_orig'] = x_apply_request_options__mutmut_orig # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_1'] = x_apply_request_options__mutmut_1 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_2'] = x_apply_request_options__mutmut_2 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_3'] = x_apply_request_options__mutmut_3 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_4'] = x_apply_request_options__mutmut_4 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_5'] = x_apply_request_options__mutmut_5 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_6'] = x_apply_request_options__mutmut_6 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_7'] = x_apply_request_options__mutmut_7 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_8'] = x_apply_request_options__mutmut_8 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_9'] = x_apply_request_options__mutmut_9 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_10'] = x_apply_request_options__mutmut_10 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_11'] = x_apply_request_options__mutmut_11 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_12'] = x_apply_request_options__mutmut_12 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_13'] = x_apply_request_options__mutmut_13 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_14'] = x_apply_request_options__mutmut_14 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_15'] = x_apply_request_options__mutmut_15 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_16'] = x_apply_request_options__mutmut_16 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_17'] = x_apply_request_options__mutmut_17 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_18'] = x_apply_request_options__mutmut_18 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_19'] = x_apply_request_options__mutmut_19 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_20'] = x_apply_request_options__mutmut_20 # type: ignore # mutmut generated
mutants_x_apply_request_options__mutmut['x_apply_request_options__mutmut_21'] = x_apply_request_options__mutmut_21 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_prepare_request__mutmut)
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


def x_prepare_request__mutmut_orig(
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


def x_prepare_request__mutmut_1(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is None:
        params = op.with_attributes(params, attributes)
    module = op.load()
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_2(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is not None:
        params = None
    module = op.load()
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_3(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is not None:
        params = op.with_attributes(None, attributes)
    module = op.load()
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_4(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is not None:
        params = op.with_attributes(params, None)
    module = op.load()
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_5(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is not None:
        params = op.with_attributes(attributes)
    module = op.load()
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_6(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is not None:
        params = op.with_attributes(params, )
    module = op.load()
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_7(
    op: Operation,
    params: dict[str, Any],
    attributes: dict[str, Any] | None,
    options: RequestOptions | None,
    prefix: str,
) -> tuple[ModuleType, dict[str, Any]]:
    """The endpoint module and the httpx ``request()`` keywords for one call."""
    if attributes is not None:
        params = op.with_attributes(params, attributes)
    module = None
    kwargs: dict[str, Any] = module._get_kwargs(**params)
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_8(
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
    kwargs: dict[str, Any] = None
    if options:
        apply_request_options(kwargs, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_9(
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
        apply_request_options(None, options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_10(
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
        apply_request_options(kwargs, None)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_11(
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
        apply_request_options(options)
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_12(
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
        apply_request_options(kwargs, )
    if prefix:
        kwargs["url"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_13(
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
        kwargs["url"] = None
    return module, kwargs


def x_prepare_request__mutmut_14(
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
        kwargs["XXurlXX"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_15(
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
        kwargs["URL"] = prefix + kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_16(
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
        kwargs["url"] = prefix - kwargs["url"]
    return module, kwargs


def x_prepare_request__mutmut_17(
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
        kwargs["url"] = prefix + kwargs["XXurlXX"]
    return module, kwargs


def x_prepare_request__mutmut_18(
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
        kwargs["url"] = prefix + kwargs["URL"]
    return module, kwargs

mutants_x_prepare_request__mutmut['_mutmut_orig'] = x_prepare_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_1'] = x_prepare_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_2'] = x_prepare_request__mutmut_2 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_3'] = x_prepare_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_4'] = x_prepare_request__mutmut_4 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_5'] = x_prepare_request__mutmut_5 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_6'] = x_prepare_request__mutmut_6 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_7'] = x_prepare_request__mutmut_7 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_8'] = x_prepare_request__mutmut_8 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_9'] = x_prepare_request__mutmut_9 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_10'] = x_prepare_request__mutmut_10 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_11'] = x_prepare_request__mutmut_11 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_12'] = x_prepare_request__mutmut_12 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_13'] = x_prepare_request__mutmut_13 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_14'] = x_prepare_request__mutmut_14 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_15'] = x_prepare_request__mutmut_15 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_16'] = x_prepare_request__mutmut_16 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_17'] = x_prepare_request__mutmut_17 # type: ignore # mutmut generated
mutants_x_prepare_request__mutmut['x_prepare_request__mutmut_18'] = x_prepare_request__mutmut_18 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_call_limits__mutmut)
def call_limits(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_orig(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_1(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = None
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_2(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(None)
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_3(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get(None, client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_4(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", None))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_5(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get(client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_6(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", ))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_7(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("XXtimeoutXX", client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_8(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("TIMEOUT", client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_9(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(None, clock, None if total is None else clock() + total)


def x_call_limits__mutmut_10(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, None, None if total is None else clock() + total)


def x_call_limits__mutmut_11(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None)


def x_call_limits__mutmut_12(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(clock, None if total is None else clock() + total)


def x_call_limits__mutmut_13(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, None if total is None else clock() + total)


def x_call_limits__mutmut_14(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, )


def x_call_limits__mutmut_15(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None if (total is None) and False else clock() + total)


def x_call_limits__mutmut_16(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None if (total is None) or True else clock() + total)


def x_call_limits__mutmut_17(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None if total is not None else clock() + total)


def x_call_limits__mutmut_18(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, clock: Any, max_bytes: int
) -> BodyLimits:
    """The size limit and the deadline of one call: its timeout is the whole call's budget."""
    total = total_seconds(kwargs.get("timeout", client_timeout))
    return BodyLimits(max_bytes, clock, None if total is None else clock() - total)

mutants_x_call_limits__mutmut['_mutmut_orig'] = x_call_limits__mutmut_orig # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_1'] = x_call_limits__mutmut_1 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_2'] = x_call_limits__mutmut_2 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_3'] = x_call_limits__mutmut_3 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_4'] = x_call_limits__mutmut_4 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_5'] = x_call_limits__mutmut_5 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_6'] = x_call_limits__mutmut_6 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_7'] = x_call_limits__mutmut_7 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_8'] = x_call_limits__mutmut_8 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_9'] = x_call_limits__mutmut_9 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_10'] = x_call_limits__mutmut_10 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_11'] = x_call_limits__mutmut_11 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_12'] = x_call_limits__mutmut_12 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_13'] = x_call_limits__mutmut_13 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_14'] = x_call_limits__mutmut_14 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_15'] = x_call_limits__mutmut_15 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_16'] = x_call_limits__mutmut_16 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_17'] = x_call_limits__mutmut_17 # type: ignore # mutmut generated
mutants_x_call_limits__mutmut['x_call_limits__mutmut_18'] = x_call_limits__mutmut_18 # type: ignore # mutmut generated
mutants_x__capped__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__capped__mutmut)
def _capped(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(value, remaining)


def x__capped__mutmut_orig(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(value, remaining)


def x__capped__mutmut_1(value: float | None, remaining: float) -> float:
    return remaining if (value is None) and False else min(value, remaining)


def x__capped__mutmut_2(value: float | None, remaining: float) -> float:
    return remaining if (value is None) or True else min(value, remaining)


def x__capped__mutmut_3(value: float | None, remaining: float) -> float:
    return remaining if value is not None else min(value, remaining)


def x__capped__mutmut_4(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(None, remaining)


def x__capped__mutmut_5(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(value, None)


def x__capped__mutmut_6(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(remaining)


def x__capped__mutmut_7(value: float | None, remaining: float) -> float:
    return remaining if value is None else min(value, )

mutants_x__capped__mutmut['_mutmut_orig'] = x__capped__mutmut_orig # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_1'] = x__capped__mutmut_1 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_2'] = x__capped__mutmut_2 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_3'] = x__capped__mutmut_3 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_4'] = x__capped__mutmut_4 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_5'] = x__capped__mutmut_5 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_6'] = x__capped__mutmut_6 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_7'] = x__capped__mutmut_7 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_attempt_kwargs__mutmut)
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


def x_attempt_kwargs__mutmut_orig(
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


def x_attempt_kwargs__mutmut_1(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, limits: BodyLimits, attempt: int = 1
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


def x_attempt_kwargs__mutmut_2(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, limits: BodyLimits, attempt: int = 0
) -> dict[str, Any]:
    """``kwargs`` for one attempt: no phase may wait past the deadline, which travels along.

    The first attempt keeps the configured timeouts (none is longer than the whole call's
    budget); later ones get at most the time left. Raises :class:`DeadlineExceeded` when
    no time is left.
    """
    remaining = None
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


def x_attempt_kwargs__mutmut_3(
    kwargs: dict[str, Any], client_timeout: httpx.Timeout, limits: BodyLimits, attempt: int = 0
) -> dict[str, Any]:
    """``kwargs`` for one attempt: no phase may wait past the deadline, which travels along.

    The first attempt keeps the configured timeouts (none is longer than the whole call's
    budget); later ones get at most the time left. Raises :class:`DeadlineExceeded` when
    no time is left.
    """
    remaining = limits.remaining()
    if remaining is not None:
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


def x_attempt_kwargs__mutmut_4(
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
    if remaining < 0:
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


def x_attempt_kwargs__mutmut_5(
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
    if remaining <= 1:
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


def x_attempt_kwargs__mutmut_6(
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
        raise DeadlineExceeded(None)
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


def x_attempt_kwargs__mutmut_7(
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
        raise DeadlineExceeded("XXthe call's deadline passedXX")
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


def x_attempt_kwargs__mutmut_8(
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
        raise DeadlineExceeded("THE CALL'S DEADLINE PASSED")
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


def x_attempt_kwargs__mutmut_9(
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
    extensions = None
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


def x_attempt_kwargs__mutmut_10(
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
    extensions = {**kwargs.get(None, {}), DEADLINE: limits.deadline}
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


def x_attempt_kwargs__mutmut_11(
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
    extensions = {**kwargs.get("extensions", None), DEADLINE: limits.deadline}
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


def x_attempt_kwargs__mutmut_12(
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
    extensions = {**kwargs.get({}), DEADLINE: limits.deadline}
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


def x_attempt_kwargs__mutmut_13(
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
    extensions = {**kwargs.get("extensions", ), DEADLINE: limits.deadline}
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


def x_attempt_kwargs__mutmut_14(
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
    extensions = {**kwargs.get("XXextensionsXX", {}), DEADLINE: limits.deadline}
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


def x_attempt_kwargs__mutmut_15(
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
    extensions = {**kwargs.get("EXTENSIONS", {}), DEADLINE: limits.deadline}
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


def x_attempt_kwargs__mutmut_16(
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
    if attempt != 0:
        return {**kwargs, "extensions": extensions}
    timeout = httpx.Timeout(kwargs.get("timeout", client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_17(
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
    if attempt == 1:
        return {**kwargs, "extensions": extensions}
    timeout = httpx.Timeout(kwargs.get("timeout", client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_18(
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
        return {**kwargs, "XXextensionsXX": extensions}
    timeout = httpx.Timeout(kwargs.get("timeout", client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_19(
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
        return {**kwargs, "EXTENSIONS": extensions}
    timeout = httpx.Timeout(kwargs.get("timeout", client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_20(
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
    timeout = None
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_21(
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
    timeout = httpx.Timeout(None)
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_22(
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
    timeout = httpx.Timeout(kwargs.get(None, client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_23(
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
    timeout = httpx.Timeout(kwargs.get("timeout", None))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_24(
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
    timeout = httpx.Timeout(kwargs.get(client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_25(
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
    timeout = httpx.Timeout(kwargs.get("timeout", ))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_26(
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
    timeout = httpx.Timeout(kwargs.get("XXtimeoutXX", client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_27(
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
    timeout = httpx.Timeout(kwargs.get("TIMEOUT", client_timeout))
    trimmed = httpx.Timeout(
        connect=_capped(timeout.connect, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_28(
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
    trimmed = None
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_29(
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
        connect=None,
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_30(
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
        read=None,
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_31(
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
        write=None,
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_32(
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
        pool=None,
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_33(
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
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_34(
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
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_35(
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
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_36(
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
        )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_37(
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
        connect=_capped(None, remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_38(
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
        connect=_capped(timeout.connect, None),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_39(
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
        connect=_capped(remaining),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_40(
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
        connect=_capped(timeout.connect, ),
        read=_capped(timeout.read, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_41(
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
        read=_capped(None, remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_42(
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
        read=_capped(timeout.read, None),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_43(
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
        read=_capped(remaining),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_44(
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
        read=_capped(timeout.read, ),
        write=_capped(timeout.write, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_45(
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
        write=_capped(None, remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_46(
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
        write=_capped(timeout.write, None),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_47(
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
        write=_capped(remaining),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_48(
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
        write=_capped(timeout.write, ),
        pool=_capped(timeout.pool, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_49(
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
        pool=_capped(None, remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_50(
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
        pool=_capped(timeout.pool, None),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_51(
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
        pool=_capped(remaining),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_52(
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
        pool=_capped(timeout.pool, ),
    )
    return {**kwargs, "timeout": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_53(
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
    return {**kwargs, "XXtimeoutXX": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_54(
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
    return {**kwargs, "TIMEOUT": trimmed, "extensions": extensions}


def x_attempt_kwargs__mutmut_55(
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
    return {**kwargs, "timeout": trimmed, "XXextensionsXX": extensions}


def x_attempt_kwargs__mutmut_56(
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
    return {**kwargs, "timeout": trimmed, "EXTENSIONS": extensions}

mutants_x_attempt_kwargs__mutmut['_mutmut_orig'] = x_attempt_kwargs__mutmut_orig # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_1'] = x_attempt_kwargs__mutmut_1 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_2'] = x_attempt_kwargs__mutmut_2 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_3'] = x_attempt_kwargs__mutmut_3 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_4'] = x_attempt_kwargs__mutmut_4 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_5'] = x_attempt_kwargs__mutmut_5 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_6'] = x_attempt_kwargs__mutmut_6 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_7'] = x_attempt_kwargs__mutmut_7 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_8'] = x_attempt_kwargs__mutmut_8 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_9'] = x_attempt_kwargs__mutmut_9 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_10'] = x_attempt_kwargs__mutmut_10 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_11'] = x_attempt_kwargs__mutmut_11 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_12'] = x_attempt_kwargs__mutmut_12 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_13'] = x_attempt_kwargs__mutmut_13 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_14'] = x_attempt_kwargs__mutmut_14 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_15'] = x_attempt_kwargs__mutmut_15 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_16'] = x_attempt_kwargs__mutmut_16 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_17'] = x_attempt_kwargs__mutmut_17 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_18'] = x_attempt_kwargs__mutmut_18 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_19'] = x_attempt_kwargs__mutmut_19 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_20'] = x_attempt_kwargs__mutmut_20 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_21'] = x_attempt_kwargs__mutmut_21 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_22'] = x_attempt_kwargs__mutmut_22 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_23'] = x_attempt_kwargs__mutmut_23 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_24'] = x_attempt_kwargs__mutmut_24 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_25'] = x_attempt_kwargs__mutmut_25 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_26'] = x_attempt_kwargs__mutmut_26 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_27'] = x_attempt_kwargs__mutmut_27 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_28'] = x_attempt_kwargs__mutmut_28 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_29'] = x_attempt_kwargs__mutmut_29 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_30'] = x_attempt_kwargs__mutmut_30 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_31'] = x_attempt_kwargs__mutmut_31 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_32'] = x_attempt_kwargs__mutmut_32 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_33'] = x_attempt_kwargs__mutmut_33 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_34'] = x_attempt_kwargs__mutmut_34 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_35'] = x_attempt_kwargs__mutmut_35 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_36'] = x_attempt_kwargs__mutmut_36 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_37'] = x_attempt_kwargs__mutmut_37 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_38'] = x_attempt_kwargs__mutmut_38 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_39'] = x_attempt_kwargs__mutmut_39 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_40'] = x_attempt_kwargs__mutmut_40 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_41'] = x_attempt_kwargs__mutmut_41 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_42'] = x_attempt_kwargs__mutmut_42 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_43'] = x_attempt_kwargs__mutmut_43 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_44'] = x_attempt_kwargs__mutmut_44 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_45'] = x_attempt_kwargs__mutmut_45 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_46'] = x_attempt_kwargs__mutmut_46 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_47'] = x_attempt_kwargs__mutmut_47 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_48'] = x_attempt_kwargs__mutmut_48 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_49'] = x_attempt_kwargs__mutmut_49 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_50'] = x_attempt_kwargs__mutmut_50 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_51'] = x_attempt_kwargs__mutmut_51 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_52'] = x_attempt_kwargs__mutmut_52 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_53'] = x_attempt_kwargs__mutmut_53 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_54'] = x_attempt_kwargs__mutmut_54 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_55'] = x_attempt_kwargs__mutmut_55 # type: ignore # mutmut generated
mutants_x_attempt_kwargs__mutmut['x_attempt_kwargs__mutmut_56'] = x_attempt_kwargs__mutmut_56 # type: ignore # mutmut generated
mutants_x_budget__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_budget__mutmut)
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


def x_budget__mutmut_orig(
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


def x_budget__mutmut_1(
    limits: BodyLimits, delay: float | None, outcome: httpx.Response | Exception
) -> tuple[BodyLimits, float | None]:
    """The limits for the next attempt and the wait before it; a None wait means give up.

    A wait the server asked for (Retry-After, already capped by ``max_retry_after``) moves
    the deadline by its length; a backoff wait must fit in the time left.
    """
    if delay is not None:
        return limits, None
    if _retry_after_of(outcome) is not None:
        return limits.extended(delay), delay
    remaining = limits.remaining()
    return limits, None if remaining is not None and delay >= remaining else delay


def x_budget__mutmut_2(
    limits: BodyLimits, delay: float | None, outcome: httpx.Response | Exception
) -> tuple[BodyLimits, float | None]:
    """The limits for the next attempt and the wait before it; a None wait means give up.

    A wait the server asked for (Retry-After, already capped by ``max_retry_after``) moves
    the deadline by its length; a backoff wait must fit in the time left.
    """
    if delay is None:
        return limits, None
    if _retry_after_of(None) is not None:
        return limits.extended(delay), delay
    remaining = limits.remaining()
    return limits, None if remaining is not None and delay >= remaining else delay


def x_budget__mutmut_3(
    limits: BodyLimits, delay: float | None, outcome: httpx.Response | Exception
) -> tuple[BodyLimits, float | None]:
    """The limits for the next attempt and the wait before it; a None wait means give up.

    A wait the server asked for (Retry-After, already capped by ``max_retry_after``) moves
    the deadline by its length; a backoff wait must fit in the time left.
    """
    if delay is None:
        return limits, None
    if _retry_after_of(outcome) is None:
        return limits.extended(delay), delay
    remaining = limits.remaining()
    return limits, None if remaining is not None and delay >= remaining else delay


def x_budget__mutmut_4(
    limits: BodyLimits, delay: float | None, outcome: httpx.Response | Exception
) -> tuple[BodyLimits, float | None]:
    """The limits for the next attempt and the wait before it; a None wait means give up.

    A wait the server asked for (Retry-After, already capped by ``max_retry_after``) moves
    the deadline by its length; a backoff wait must fit in the time left.
    """
    if delay is None:
        return limits, None
    if _retry_after_of(outcome) is not None:
        return limits.extended(None), delay
    remaining = limits.remaining()
    return limits, None if remaining is not None and delay >= remaining else delay


def x_budget__mutmut_5(
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
    remaining = None
    return limits, None if remaining is not None and delay >= remaining else delay


def x_budget__mutmut_6(
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
    return limits, None if (remaining is not None and delay >= remaining) and False else delay


def x_budget__mutmut_7(
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
    return limits, None if (remaining is not None and delay >= remaining) or True else delay


def x_budget__mutmut_8(
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
    return limits, None if remaining is not None or delay >= remaining else delay


def x_budget__mutmut_9(
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
    return limits, None if remaining is None and delay >= remaining else delay


def x_budget__mutmut_10(
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
    return limits, None if remaining is not None and delay > remaining else delay

mutants_x_budget__mutmut['_mutmut_orig'] = x_budget__mutmut_orig # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_1'] = x_budget__mutmut_1 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_2'] = x_budget__mutmut_2 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_3'] = x_budget__mutmut_3 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_4'] = x_budget__mutmut_4 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_5'] = x_budget__mutmut_5 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_6'] = x_budget__mutmut_6 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_7'] = x_budget__mutmut_7 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_8'] = x_budget__mutmut_8 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_9'] = x_budget__mutmut_9 # type: ignore # mutmut generated
mutants_x_budget__mutmut['x_budget__mutmut_10'] = x_budget__mutmut_10 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__retry_after_of__mutmut)
def _retry_after_of(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("Retry-After"))


def x__retry_after_of__mutmut_orig(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("Retry-After"))


def x__retry_after_of__mutmut_1(outcome: httpx.Response | Exception) -> float | None:
    response = None
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("Retry-After"))


def x__retry_after_of__mutmut_2(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if (isinstance(outcome, APIStatusError)) and False else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("Retry-After"))


def x__retry_after_of__mutmut_3(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if (isinstance(outcome, APIStatusError)) or True else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("Retry-After"))


def x__retry_after_of__mutmut_4(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("Retry-After"))


def x__retry_after_of__mutmut_5(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(None)


def x__retry_after_of__mutmut_6(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get(None))


def x__retry_after_of__mutmut_7(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("XXRetry-AfterXX"))


def x__retry_after_of__mutmut_8(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("retry-after"))


def x__retry_after_of__mutmut_9(outcome: httpx.Response | Exception) -> float | None:
    response = outcome.response if isinstance(outcome, APIStatusError) else outcome
    if not isinstance(response, httpx.Response):
        return None
    return parse_retry_after(response.headers.get("RETRY-AFTER"))

mutants_x__retry_after_of__mutmut['_mutmut_orig'] = x__retry_after_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_1'] = x__retry_after_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_2'] = x__retry_after_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_3'] = x__retry_after_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_4'] = x__retry_after_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_5'] = x__retry_after_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_6'] = x__retry_after_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_7'] = x__retry_after_of__mutmut_7 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_8'] = x__retry_after_of__mutmut_8 # type: ignore # mutmut generated
mutants_x__retry_after_of__mutmut['x__retry_after_of__mutmut_9'] = x__retry_after_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_max_retries_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_max_retries_for__mutmut)
def max_retries_for(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = options.get("max_retries")
        if retries is not None:
            return retries
    return policy.max_retries


def x_max_retries_for__mutmut_orig(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = options.get("max_retries")
        if retries is not None:
            return retries
    return policy.max_retries


def x_max_retries_for__mutmut_1(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = None
        if retries is not None:
            return retries
    return policy.max_retries


def x_max_retries_for__mutmut_2(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = options.get(None)
        if retries is not None:
            return retries
    return policy.max_retries


def x_max_retries_for__mutmut_3(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = options.get("XXmax_retriesXX")
        if retries is not None:
            return retries
    return policy.max_retries


def x_max_retries_for__mutmut_4(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = options.get("MAX_RETRIES")
        if retries is not None:
            return retries
    return policy.max_retries


def x_max_retries_for__mutmut_5(options: RequestOptions | None, policy: RetryPolicy) -> int:
    """The per-call ``max_retries`` if given, else the policy's."""
    if options:
        retries = options.get("max_retries")
        if retries is None:
            return retries
    return policy.max_retries

mutants_x_max_retries_for__mutmut['_mutmut_orig'] = x_max_retries_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_max_retries_for__mutmut['x_max_retries_for__mutmut_1'] = x_max_retries_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_max_retries_for__mutmut['x_max_retries_for__mutmut_2'] = x_max_retries_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_max_retries_for__mutmut['x_max_retries_for__mutmut_3'] = x_max_retries_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_max_retries_for__mutmut['x_max_retries_for__mutmut_4'] = x_max_retries_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_max_retries_for__mutmut['x_max_retries_for__mutmut_5'] = x_max_retries_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_delay_after_response__mutmut)
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


def x_delay_after_response__mutmut_orig(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_1(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt > retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_2(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_3(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(None, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_4(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, None, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_5(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=None):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_6(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_7(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_8(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, ):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_9(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = None
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_10(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(None)
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_11(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get(None))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_12(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("XXRetry-AfterXX"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_13(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_14(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("RETRY-AFTER"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_15(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(None, attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_16(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, None, retry_after=retry_after)


def x_delay_after_response__mutmut_17(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=None)


def x_delay_after_response__mutmut_18(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(attempt, retry_after=retry_after)


def x_delay_after_response__mutmut_19(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, retry_after=retry_after)


def x_delay_after_response__mutmut_20(
    policy: RetryPolicy, op: Operation, response: httpx.Response, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after ``response``; None to keep it."""
    if attempt >= retries:
        return None
    if not should_retry_status(response.status_code, op.method, read_only=op.read_only):
        return None
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, )

mutants_x_delay_after_response__mutmut['_mutmut_orig'] = x_delay_after_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_1'] = x_delay_after_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_2'] = x_delay_after_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_3'] = x_delay_after_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_4'] = x_delay_after_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_5'] = x_delay_after_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_6'] = x_delay_after_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_7'] = x_delay_after_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_8'] = x_delay_after_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_9'] = x_delay_after_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_10'] = x_delay_after_response__mutmut_10 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_11'] = x_delay_after_response__mutmut_11 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_12'] = x_delay_after_response__mutmut_12 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_13'] = x_delay_after_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_14'] = x_delay_after_response__mutmut_14 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_15'] = x_delay_after_response__mutmut_15 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_16'] = x_delay_after_response__mutmut_16 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_17'] = x_delay_after_response__mutmut_17 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_18'] = x_delay_after_response__mutmut_18 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_19'] = x_delay_after_response__mutmut_19 # type: ignore # mutmut generated
mutants_x_delay_after_response__mutmut['x_delay_after_response__mutmut_20'] = x_delay_after_response__mutmut_20 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_delay_after_exception__mutmut)
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


def x_delay_after_exception__mutmut_orig(
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


def x_delay_after_exception__mutmut_1(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt > retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_2(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = None
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_3(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only and _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_4(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(None)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_5(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_6(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(None, op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_7(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, None, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_8(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=None):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_9(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(op.method, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_10(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, read_only=read_only):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_11(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, ):
        return None
    return retry_delay(policy, attempt)


def x_delay_after_exception__mutmut_12(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(None, attempt)


def x_delay_after_exception__mutmut_13(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, None)


def x_delay_after_exception__mutmut_14(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(attempt)


def x_delay_after_exception__mutmut_15(
    policy: RetryPolicy, op: Operation, exc: Exception, attempt: int, retries: int
) -> float | None:
    """Seconds to wait before retrying after a transport failure; None to give up."""
    if attempt >= retries:
        return None
    # The token request is a POST that changes nothing: safe to repeat whatever the call.
    read_only = op.read_only or _is_token_request(exc)
    if not should_retry_exception(exc, op.method, read_only=read_only):
        return None
    return retry_delay(policy, )

mutants_x_delay_after_exception__mutmut['_mutmut_orig'] = x_delay_after_exception__mutmut_orig # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_1'] = x_delay_after_exception__mutmut_1 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_2'] = x_delay_after_exception__mutmut_2 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_3'] = x_delay_after_exception__mutmut_3 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_4'] = x_delay_after_exception__mutmut_4 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_5'] = x_delay_after_exception__mutmut_5 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_6'] = x_delay_after_exception__mutmut_6 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_7'] = x_delay_after_exception__mutmut_7 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_8'] = x_delay_after_exception__mutmut_8 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_9'] = x_delay_after_exception__mutmut_9 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_10'] = x_delay_after_exception__mutmut_10 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_11'] = x_delay_after_exception__mutmut_11 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_12'] = x_delay_after_exception__mutmut_12 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_13'] = x_delay_after_exception__mutmut_13 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_14'] = x_delay_after_exception__mutmut_14 # type: ignore # mutmut generated
mutants_x_delay_after_exception__mutmut['x_delay_after_exception__mutmut_15'] = x_delay_after_exception__mutmut_15 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_delay_after_error__mutmut)
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


def x_delay_after_error__mutmut_orig(
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


def x_delay_after_error__mutmut_1(
    policy: RetryPolicy, exc: PiwikProError, attempt: int, retries: int
) -> float | None:
    """Seconds to wait after the token request failed (429/5xx or in transport); None to give up.

    No API request was sent, so retrying is safe for every operation. Any other error
    raised while sending (a response too large, a refused token) is final.
    """
    if attempt > retries:
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


def x_delay_after_error__mutmut_2(
    policy: RetryPolicy, exc: PiwikProError, attempt: int, retries: int
) -> float | None:
    """Seconds to wait after the token request failed (429/5xx or in transport); None to give up.

    No API request was sent, so retrying is safe for every operation. Any other error
    raised while sending (a response too large, a refused token) is final.
    """
    if attempt >= retries:
        return None
    if isinstance(exc, APIConnectionError) or is_token_request(exc.request):
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


def x_delay_after_error__mutmut_3(
    policy: RetryPolicy, exc: PiwikProError, attempt: int, retries: int
) -> float | None:
    """Seconds to wait after the token request failed (429/5xx or in transport); None to give up.

    No API request was sent, so retrying is safe for every operation. Any other error
    raised while sending (a response too large, a refused token) is final.
    """
    if attempt >= retries:
        return None
    if isinstance(exc, APIConnectionError) and is_token_request(None):
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


def x_delay_after_error__mutmut_4(
    policy: RetryPolicy, exc: PiwikProError, attempt: int, retries: int
) -> float | None:
    """Seconds to wait after the token request failed (429/5xx or in transport); None to give up.

    No API request was sent, so retrying is safe for every operation. Any other error
    raised while sending (a response too large, a refused token) is final.
    """
    if attempt >= retries:
        return None
    if isinstance(exc, APIConnectionError) and is_token_request(exc.request):
        cause = None
        if cause is None or not should_retry_exception(cause, "POST", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_5(
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
        if cause is None and not should_retry_exception(cause, "POST", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_6(
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
        if cause is not None or not should_retry_exception(cause, "POST", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_7(
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
        if cause is None or should_retry_exception(cause, "POST", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_8(
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
        if cause is None or not should_retry_exception(None, "POST", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_9(
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
        if cause is None or not should_retry_exception(cause, None, read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_10(
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
        if cause is None or not should_retry_exception(cause, "POST", read_only=None):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_11(
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
        if cause is None or not should_retry_exception("POST", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_12(
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
        if cause is None or not should_retry_exception(cause, read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_13(
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
        if cause is None or not should_retry_exception(cause, "POST", ):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_14(
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
        if cause is None or not should_retry_exception(cause, "XXPOSTXX", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_15(
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
        if cause is None or not should_retry_exception(cause, "post", read_only=True):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_16(
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
        if cause is None or not should_retry_exception(cause, "POST", read_only=False):
            return None
        return retry_delay(policy, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_17(
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
        return retry_delay(None, attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_18(
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
        return retry_delay(policy, None)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_19(
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
        return retry_delay(attempt)
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_20(
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
        return retry_delay(policy, )
    if not isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_21(
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
    if not isinstance(exc, AuthenticationError) and exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_22(
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
    if isinstance(exc, AuthenticationError) or exc.operation != TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_23(
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
    if not isinstance(exc, AuthenticationError) or exc.operation == TOKEN_OPERATION:
        return None
    if exc.status_code not in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_24(
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
    if exc.status_code in RETRYABLE_STATUSES:
        return None
    retry_after = parse_retry_after(exc.response.headers.get("Retry-After"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_25(
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
    retry_after = None
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_26(
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
    retry_after = parse_retry_after(None)
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_27(
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
    retry_after = parse_retry_after(exc.response.headers.get(None))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_28(
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
    retry_after = parse_retry_after(exc.response.headers.get("XXRetry-AfterXX"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_29(
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
    retry_after = parse_retry_after(exc.response.headers.get("retry-after"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_30(
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
    retry_after = parse_retry_after(exc.response.headers.get("RETRY-AFTER"))
    return retry_delay(policy, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_31(
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
    return retry_delay(None, attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_32(
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
    return retry_delay(policy, None, retry_after=retry_after)


def x_delay_after_error__mutmut_33(
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
    return retry_delay(policy, attempt, retry_after=None)


def x_delay_after_error__mutmut_34(
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
    return retry_delay(attempt, retry_after=retry_after)


def x_delay_after_error__mutmut_35(
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
    return retry_delay(policy, retry_after=retry_after)


def x_delay_after_error__mutmut_36(
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
    return retry_delay(policy, attempt, )

mutants_x_delay_after_error__mutmut['_mutmut_orig'] = x_delay_after_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_1'] = x_delay_after_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_2'] = x_delay_after_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_3'] = x_delay_after_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_4'] = x_delay_after_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_5'] = x_delay_after_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_6'] = x_delay_after_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_7'] = x_delay_after_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_8'] = x_delay_after_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_9'] = x_delay_after_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_10'] = x_delay_after_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_11'] = x_delay_after_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_12'] = x_delay_after_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_13'] = x_delay_after_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_14'] = x_delay_after_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_15'] = x_delay_after_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_16'] = x_delay_after_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_17'] = x_delay_after_error__mutmut_17 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_18'] = x_delay_after_error__mutmut_18 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_19'] = x_delay_after_error__mutmut_19 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_20'] = x_delay_after_error__mutmut_20 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_21'] = x_delay_after_error__mutmut_21 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_22'] = x_delay_after_error__mutmut_22 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_23'] = x_delay_after_error__mutmut_23 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_24'] = x_delay_after_error__mutmut_24 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_25'] = x_delay_after_error__mutmut_25 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_26'] = x_delay_after_error__mutmut_26 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_27'] = x_delay_after_error__mutmut_27 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_28'] = x_delay_after_error__mutmut_28 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_29'] = x_delay_after_error__mutmut_29 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_30'] = x_delay_after_error__mutmut_30 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_31'] = x_delay_after_error__mutmut_31 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_32'] = x_delay_after_error__mutmut_32 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_33'] = x_delay_after_error__mutmut_33 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_34'] = x_delay_after_error__mutmut_34 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_35'] = x_delay_after_error__mutmut_35 # type: ignore # mutmut generated
mutants_x_delay_after_error__mutmut['x_delay_after_error__mutmut_36'] = x_delay_after_error__mutmut_36 # type: ignore # mutmut generated
mutants_x__is_token_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_token_request__mutmut)
def _is_token_request(exc: Exception) -> bool:
    try:
        return isinstance(exc, httpx.RequestError) and is_token_request(exc.request)
    except RuntimeError:  # no request attached
        return False


def x__is_token_request__mutmut_orig(exc: Exception) -> bool:
    try:
        return isinstance(exc, httpx.RequestError) and is_token_request(exc.request)
    except RuntimeError:  # no request attached
        return False


def x__is_token_request__mutmut_1(exc: Exception) -> bool:
    try:
        return isinstance(exc, httpx.RequestError) or is_token_request(exc.request)
    except RuntimeError:  # no request attached
        return False


def x__is_token_request__mutmut_2(exc: Exception) -> bool:
    try:
        return isinstance(exc, httpx.RequestError) and is_token_request(None)
    except RuntimeError:  # no request attached
        return False


def x__is_token_request__mutmut_3(exc: Exception) -> bool:
    try:
        return isinstance(exc, httpx.RequestError) and is_token_request(exc.request)
    except RuntimeError:  # no request attached
        return True

mutants_x__is_token_request__mutmut['_mutmut_orig'] = x__is_token_request__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_token_request__mutmut['x__is_token_request__mutmut_1'] = x__is_token_request__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_token_request__mutmut['x__is_token_request__mutmut_2'] = x__is_token_request__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_token_request__mutmut['x__is_token_request__mutmut_3'] = x__is_token_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_closed_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_closed_error__mutmut)
def closed_error(client: object) -> PiwikProError:
    """Calling a client after ``close()`` (or after its ``with`` block)."""
    return PiwikProError(
        f"{client!r} is closed; create a new client, or make the calls inside its `with` block"
    )


def x_closed_error__mutmut_orig(client: object) -> PiwikProError:
    """Calling a client after ``close()`` (or after its ``with`` block)."""
    return PiwikProError(
        f"{client!r} is closed; create a new client, or make the calls inside its `with` block"
    )


def x_closed_error__mutmut_1(client: object) -> PiwikProError:
    """Calling a client after ``close()`` (or after its ``with`` block)."""
    return PiwikProError(
        None
    )

mutants_x_closed_error__mutmut['_mutmut_orig'] = x_closed_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_closed_error__mutmut['x_closed_error__mutmut_1'] = x_closed_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_safe_request__mutmut)
def safe_request(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop("Authorization", None)
    return request


def x_safe_request__mutmut_orig(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop("Authorization", None)
    return request


def x_safe_request__mutmut_1(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(None):
        return masked_token_request(request)
    request.headers.pop("Authorization", None)
    return request


def x_safe_request__mutmut_2(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(None)
    request.headers.pop("Authorization", None)
    return request


def x_safe_request__mutmut_3(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop(None, None)
    return request


def x_safe_request__mutmut_4(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop(None)
    return request


def x_safe_request__mutmut_5(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop("Authorization", )
    return request


def x_safe_request__mutmut_6(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop("XXAuthorizationXX", None)
    return request


def x_safe_request__mutmut_7(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop("authorization", None)
    return request


def x_safe_request__mutmut_8(request: httpx.Request) -> httpx.Request:
    """A request without the bearer token; the token request with its secret masked."""
    if is_token_request(request):
        return masked_token_request(request)
    request.headers.pop("AUTHORIZATION", None)
    return request

mutants_x_safe_request__mutmut['_mutmut_orig'] = x_safe_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_1'] = x_safe_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_2'] = x_safe_request__mutmut_2 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_3'] = x_safe_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_4'] = x_safe_request__mutmut_4 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_5'] = x_safe_request__mutmut_5 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_6'] = x_safe_request__mutmut_6 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_7'] = x_safe_request__mutmut_7 # type: ignore # mutmut generated
mutants_x_safe_request__mutmut['x_safe_request__mutmut_8'] = x_safe_request__mutmut_8 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_transport_error__mutmut)
def transport_error(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_orig(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_1(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = ""
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_2(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = None
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_3(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = ""
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_4(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is not None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_5(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = None
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_6(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(None, kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_7(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], None)
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_8(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_9(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], )
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_10(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["XXmethodXX"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_11(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["METHOD"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_12(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["XXurlXX"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_13(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["URL"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_14(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = None
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_15(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(None)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_16(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = None  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_17(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = None
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_18(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "XX`timeout` bounds the whole call: reads, retries and the waits between themXX"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_19(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`TIMEOUT` BOUNDS THE WHOLE CALL: READS, RETRIES AND THE WAITS BETWEEN THEM"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_20(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(None, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_21(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, None)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_22(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_23(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_24(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(None)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=request)


def x_transport_error__mutmut_25(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(None, request=request)


def x_transport_error__mutmut_26(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", request=None)


def x_transport_error__mutmut_27(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(request=request)


def x_transport_error__mutmut_28(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}).", )


def x_transport_error__mutmut_29(exc: Exception, kwargs: dict[str, Any]) -> APIConnectionError:
    """The :class:`APIConnectionError` (or timeout) standing for an httpx failure."""
    request: httpx.Request | None = None
    if isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was attached
            request = None
    if request is None:
        request = httpx.Request(kwargs["method"], kwargs["url"])
    request = safe_request(request)
    if isinstance(exc, httpx.RequestError):
        exc.request = request  # the chained cause must not hold the secret or the token either
    if isinstance(exc, DeadlineExceeded):
        why = "`timeout` bounds the whole call: reads, retries and the waits between them"
        return APITimeoutError(request, f"The call ran past its deadline ({why}).")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(f"Connection error ({type(None).__name__}).", request=request)

mutants_x_transport_error__mutmut['_mutmut_orig'] = x_transport_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_1'] = x_transport_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_2'] = x_transport_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_3'] = x_transport_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_4'] = x_transport_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_5'] = x_transport_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_6'] = x_transport_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_7'] = x_transport_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_8'] = x_transport_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_9'] = x_transport_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_10'] = x_transport_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_11'] = x_transport_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_12'] = x_transport_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_13'] = x_transport_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_14'] = x_transport_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_15'] = x_transport_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_16'] = x_transport_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_17'] = x_transport_error__mutmut_17 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_18'] = x_transport_error__mutmut_18 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_19'] = x_transport_error__mutmut_19 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_20'] = x_transport_error__mutmut_20 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_21'] = x_transport_error__mutmut_21 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_22'] = x_transport_error__mutmut_22 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_23'] = x_transport_error__mutmut_23 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_24'] = x_transport_error__mutmut_24 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_25'] = x_transport_error__mutmut_25 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_26'] = x_transport_error__mutmut_26 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_27'] = x_transport_error__mutmut_27 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_28'] = x_transport_error__mutmut_28 # type: ignore # mutmut generated
mutants_x_transport_error__mutmut['x_transport_error__mutmut_29'] = x_transport_error__mutmut_29 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validation_error__mutmut)
def validation_error(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_orig(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_1(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = None
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_2(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(None)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_3(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = "XX | XX".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_4(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = None
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_5(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        None, response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_6(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=None, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_7(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=None
    )


def x_validation_error__mutmut_8(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_9(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), body=error_body(response, secrets)
    )


def x_validation_error__mutmut_10(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, )


def x_validation_error__mutmut_11(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(None, secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_12(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, None), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_13(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(secrets), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_14(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, ), response=response, body=error_body(response, secrets)
    )


def x_validation_error__mutmut_15(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(None, secrets)
    )


def x_validation_error__mutmut_16(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, None)
    )


def x_validation_error__mutmut_17(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(secrets)
    )


def x_validation_error__mutmut_18(
    op: Operation, response: httpx.Response, why: str, secrets: tuple[str, ...] = ()
) -> Exception:
    """An :class:`APIResponseValidationError` for a 2xx body that does not fit."""
    expected = " | ".join(op.success)
    message = f"{op.name}: the {response.status_code} response does not match {expected}: {why}"
    return APIResponseValidationError(
        mask(message, secrets), response=response, body=error_body(response, )
    )

mutants_x_validation_error__mutmut['_mutmut_orig'] = x_validation_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_1'] = x_validation_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_2'] = x_validation_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_3'] = x_validation_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_4'] = x_validation_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_5'] = x_validation_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_6'] = x_validation_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_7'] = x_validation_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_8'] = x_validation_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_9'] = x_validation_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_10'] = x_validation_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_11'] = x_validation_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_12'] = x_validation_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_13'] = x_validation_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_14'] = x_validation_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_15'] = x_validation_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_16'] = x_validation_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_17'] = x_validation_error__mutmut_17 # type: ignore # mutmut generated
mutants_x_validation_error__mutmut['x_validation_error__mutmut_18'] = x_validation_error__mutmut_18 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__with_bearer__mutmut)
def _with_bearer(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_orig(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_1(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = None
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_2(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition(None)[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_3(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").rpartition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_4(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get(None, "").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_5(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", None).partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_6(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_7(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", ).partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_8(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("XXAuthorizationXX", "").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_9(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("authorization", "").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_10(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("AUTHORIZATION", "").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_11(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "XXXX").partition(" ")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_12(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition("XX XX")[2].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_13(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition(" ")[3].strip()
    return (*secrets, bearer) if bearer else secrets


def x__with_bearer__mutmut_14(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition(" ")[2].strip()
    return (*secrets, bearer) if (bearer) and False else secrets


def x__with_bearer__mutmut_15(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[str, ...]:
    """``secrets`` plus the bearer token the request carried."""
    bearer = response.request.headers.get("Authorization", "").partition(" ")[2].strip()
    return (*secrets, bearer) if (bearer) or True else secrets

mutants_x__with_bearer__mutmut['_mutmut_orig'] = x__with_bearer__mutmut_orig # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_1'] = x__with_bearer__mutmut_1 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_2'] = x__with_bearer__mutmut_2 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_3'] = x__with_bearer__mutmut_3 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_4'] = x__with_bearer__mutmut_4 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_5'] = x__with_bearer__mutmut_5 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_6'] = x__with_bearer__mutmut_6 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_7'] = x__with_bearer__mutmut_7 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_8'] = x__with_bearer__mutmut_8 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_9'] = x__with_bearer__mutmut_9 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_10'] = x__with_bearer__mutmut_10 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_11'] = x__with_bearer__mutmut_11 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_12'] = x__with_bearer__mutmut_12 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_13'] = x__with_bearer__mutmut_13 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_14'] = x__with_bearer__mutmut_14 # type: ignore # mutmut generated
mutants_x__with_bearer__mutmut['x__with_bearer__mutmut_15'] = x__with_bearer__mutmut_15 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_scrubbed__mutmut)
def scrubbed(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_orig(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_1(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop(None, None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_2(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop(None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_3(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", )
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_4(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("XXAuthorizationXX", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_5(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_6(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("AUTHORIZATION", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_7(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_8(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop(None, None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_9(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop(None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_10(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", )
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_11(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("XXAuthorizationXX", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_12(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_13(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("AUTHORIZATION", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_14(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = None
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_15(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = None
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_16(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(None):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_17(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() not in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_18(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = None
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_19(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(None, "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_20(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", None)
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_21(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode("replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_22(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", )
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_23(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding and "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_24(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "XXutf-8XX", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_25(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "UTF-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_26(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "XXreplaceXX")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_27(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "REPLACE")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_28(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = None
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_29(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode(None)
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_30(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(None, secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_31(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, None).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_32(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(secrets).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_33(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, ).encode("utf-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_34(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("XXutf-8XX")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_35(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("UTF-8")
        vars(response).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_36(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop(None, None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_37(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop(None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_38(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_text", )  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_39(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(None).pop("_text", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_40(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("XX_textXX", None)  # the decoded text httpx may have cached
    return response


def x_scrubbed__mutmut_41(response: httpx.Response, secrets: tuple[str, ...] = ()) -> httpx.Response:
    """``response`` made safe to hand to a caller inside an exception.

    Its request loses the bearer token, its history (the token exchange, whose body
    holds the access token) is dropped, and ``secrets`` echoed in its body are masked.
    The request is finished, so this changes nothing that is still in use.
    """
    response.request.headers.pop("Authorization", None)
    if response.next_request is not None:  # a 3xx: httpx prepared the follow-up request
        response.next_request.headers.pop("Authorization", None)
    response.history = []
    content = response.content
    if any(secret.encode() in content for secret in secrets if secret):
        text = content.decode(response.encoding or "utf-8", "replace")
        response._content = mask(text, secrets).encode("utf-8")
        vars(response).pop("_TEXT", None)  # the decoded text httpx may have cached
    return response

mutants_x_scrubbed__mutmut['_mutmut_orig'] = x_scrubbed__mutmut_orig # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_1'] = x_scrubbed__mutmut_1 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_2'] = x_scrubbed__mutmut_2 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_3'] = x_scrubbed__mutmut_3 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_4'] = x_scrubbed__mutmut_4 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_5'] = x_scrubbed__mutmut_5 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_6'] = x_scrubbed__mutmut_6 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_7'] = x_scrubbed__mutmut_7 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_8'] = x_scrubbed__mutmut_8 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_9'] = x_scrubbed__mutmut_9 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_10'] = x_scrubbed__mutmut_10 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_11'] = x_scrubbed__mutmut_11 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_12'] = x_scrubbed__mutmut_12 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_13'] = x_scrubbed__mutmut_13 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_14'] = x_scrubbed__mutmut_14 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_15'] = x_scrubbed__mutmut_15 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_16'] = x_scrubbed__mutmut_16 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_17'] = x_scrubbed__mutmut_17 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_18'] = x_scrubbed__mutmut_18 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_19'] = x_scrubbed__mutmut_19 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_20'] = x_scrubbed__mutmut_20 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_21'] = x_scrubbed__mutmut_21 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_22'] = x_scrubbed__mutmut_22 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_23'] = x_scrubbed__mutmut_23 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_24'] = x_scrubbed__mutmut_24 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_25'] = x_scrubbed__mutmut_25 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_26'] = x_scrubbed__mutmut_26 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_27'] = x_scrubbed__mutmut_27 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_28'] = x_scrubbed__mutmut_28 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_29'] = x_scrubbed__mutmut_29 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_30'] = x_scrubbed__mutmut_30 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_31'] = x_scrubbed__mutmut_31 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_32'] = x_scrubbed__mutmut_32 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_33'] = x_scrubbed__mutmut_33 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_34'] = x_scrubbed__mutmut_34 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_35'] = x_scrubbed__mutmut_35 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_36'] = x_scrubbed__mutmut_36 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_37'] = x_scrubbed__mutmut_37 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_38'] = x_scrubbed__mutmut_38 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_39'] = x_scrubbed__mutmut_39 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_40'] = x_scrubbed__mutmut_40 # type: ignore # mutmut generated
mutants_x_scrubbed__mutmut['x_scrubbed__mutmut_41'] = x_scrubbed__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_outcome__mutmut)
def parse_outcome(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_orig(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_1(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_2(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = None
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_3(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(None, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_4(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, None)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_5(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_6(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, )
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_7(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            None, operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_8(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=None, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_9(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=None
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_10(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_11(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_12(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_13(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(None, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_14(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, None), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_15(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_16(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, ), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_17(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_18(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = None
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_19(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_20(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(None)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_21(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = None
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_22(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=None, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_23(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=None)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_24(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_25(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, )
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_26(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = None
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_27(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(None, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_28(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, None)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_29(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_30(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, )
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_31(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = None
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_32(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(None).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_33(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(None, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_34(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, None, why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_35(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), None, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_36(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, None) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_37(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_38(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_39(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_40(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, ) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_41(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(None, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_42(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, None), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_43(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_44(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, ), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_45(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_46(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = None
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_47(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(None, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_48(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, None)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_49(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_50(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, )
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_51(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = None
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_52(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(None).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_53(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(None, scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_54(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, None, why, secrets)
    return parsed


def x_parse_outcome__mutmut_55(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), None, secrets)
    return parsed


def x_parse_outcome__mutmut_56(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, None)
    return parsed


def x_parse_outcome__mutmut_57(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(scrubbed(response, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_58(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, why, secrets)
    return parsed


def x_parse_outcome__mutmut_59(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), secrets)
    return parsed


def x_parse_outcome__mutmut_60(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, secrets), why, )
    return parsed


def x_parse_outcome__mutmut_61(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(None, secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_62(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, None), why, secrets)
    return parsed


def x_parse_outcome__mutmut_63(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(secrets), why, secrets)
    return parsed


def x_parse_outcome__mutmut_64(
    op: Operation, module: ModuleType, response: httpx.Response, secrets: tuple[str, ...] = ()
) -> Any:
    """The parsed success model, None for bodiless operations, or raise the error.

    ``secrets`` (and the bearer token the request carried) are masked in any error.
    """
    if not response.is_success:
        secrets = _with_bearer(response, secrets)
        raise status_error_from_response(
            scrubbed(response, secrets), operation=op.name, secrets=secrets
        )
    if not op.success:
        return None
    expected = op.success_types()
    try:
        if op.ndjson is not None:
            return op.parse_lines(response.content)
        parsed = module._parse_response(client=_PARSE_CONTEXT, response=response)
    except Exception as exc:  # any failure to build the model means the body does not fit
        secrets = _with_bearer(response, secrets)
        why = f"{type(exc).__name__}: {exc}"
        raise validation_error(op, scrubbed(response, secrets), why, secrets) from exc
    if not isinstance(parsed, expected):
        secrets = _with_bearer(response, secrets)
        why = f"parsed as {type(parsed).__name__}"
        raise validation_error(op, scrubbed(response, ), why, secrets)
    return parsed

mutants_x_parse_outcome__mutmut['_mutmut_orig'] = x_parse_outcome__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_1'] = x_parse_outcome__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_2'] = x_parse_outcome__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_3'] = x_parse_outcome__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_4'] = x_parse_outcome__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_5'] = x_parse_outcome__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_6'] = x_parse_outcome__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_7'] = x_parse_outcome__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_8'] = x_parse_outcome__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_9'] = x_parse_outcome__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_10'] = x_parse_outcome__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_11'] = x_parse_outcome__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_12'] = x_parse_outcome__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_13'] = x_parse_outcome__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_14'] = x_parse_outcome__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_15'] = x_parse_outcome__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_16'] = x_parse_outcome__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_17'] = x_parse_outcome__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_18'] = x_parse_outcome__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_19'] = x_parse_outcome__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_20'] = x_parse_outcome__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_21'] = x_parse_outcome__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_22'] = x_parse_outcome__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_23'] = x_parse_outcome__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_24'] = x_parse_outcome__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_25'] = x_parse_outcome__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_26'] = x_parse_outcome__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_27'] = x_parse_outcome__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_28'] = x_parse_outcome__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_29'] = x_parse_outcome__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_30'] = x_parse_outcome__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_31'] = x_parse_outcome__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_32'] = x_parse_outcome__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_33'] = x_parse_outcome__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_34'] = x_parse_outcome__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_35'] = x_parse_outcome__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_36'] = x_parse_outcome__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_37'] = x_parse_outcome__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_38'] = x_parse_outcome__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_39'] = x_parse_outcome__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_40'] = x_parse_outcome__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_41'] = x_parse_outcome__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_42'] = x_parse_outcome__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_43'] = x_parse_outcome__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_44'] = x_parse_outcome__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_45'] = x_parse_outcome__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_46'] = x_parse_outcome__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_47'] = x_parse_outcome__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_48'] = x_parse_outcome__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_49'] = x_parse_outcome__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_50'] = x_parse_outcome__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_51'] = x_parse_outcome__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_52'] = x_parse_outcome__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_53'] = x_parse_outcome__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_54'] = x_parse_outcome__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_55'] = x_parse_outcome__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_56'] = x_parse_outcome__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_57'] = x_parse_outcome__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_58'] = x_parse_outcome__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_59'] = x_parse_outcome__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_60'] = x_parse_outcome__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_61'] = x_parse_outcome__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_62'] = x_parse_outcome__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_63'] = x_parse_outcome__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_outcome__mutmut['x_parse_outcome__mutmut_64'] = x_parse_outcome__mutmut_64 # type: ignore # mutmut generated
