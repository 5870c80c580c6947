"""The clients: :class:`PiwikPro` (sync) and :class:`AsyncPiwikPro` (async).

Both share one keep-alive httpx client per instance, authenticate with
:class:`ClientCredentialsAuth`, retry per :mod:`piwik_pro._retry` and turn
every outcome into a parsed model or a :class:`PiwikProError`.  Everything the
two have in common is a pure helper (here or in :mod:`._exchange`); the
classes only do the I/O.

The generated resource classes call ``_call`` (one request),
``_iter_pages`` and ``_iter_items`` (lazy pagination).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from logging import DEBUG
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._auth import DEADLINE, MAX_TOKEN_RESPONSE_BYTES, TOKEN_PATH, ClientCredentialsAuth
from ._body import BodyLimits, aread_body_within, read_body_within
from ._config import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    check_transport_security,
    credentials_from_env,
    normalize_base_url,
    user_agent,
)
from ._errors import ConfigurationError, PiwikProError
from ._exchange import (
    HTTPX_ERRORS,
    attempt_kwargs,
    budget,
    call_limits,
    closed_error,
    delay_after_error,
    delay_after_exception,
    delay_after_response,
    max_retries_for,
    parse_outcome,
    prepare_request,
    transport_error,
)
from ._logging import log_request, logger
from ._pagination import PageWalk, first_window, page_items, page_params, pagination_of
from ._resources import AsyncAreas, SyncAreas
from ._retry import RetryPolicy
from ._types import RequestOptions

if TYPE_CHECKING:
    import asyncio
    import weakref

    from piwik_pro_api.client import AuthenticatedClient

    from ._operation import Operation

__all__ = ["AsyncPiwikPro", "PiwikPro"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class _Limits:
    """The hardening settings both constructors take."""

    max_response_bytes: int
    max_pages: int
    allow_insecure_http: bool
mutants_x__positive__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__positive__mutmut)
def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def x__positive__mutmut_orig(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def x__positive__mutmut_1(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) and value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def x__positive__mutmut_2(name: str, value: object) -> int:
    if isinstance(value, bool) and not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def x__positive__mutmut_3(name: str, value: object) -> int:
    if isinstance(value, bool) or isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def x__positive__mutmut_4(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def x__positive__mutmut_5(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 1:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    return value


def x__positive__mutmut_6(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(None)
    return value

mutants_x__positive__mutmut['_mutmut_orig'] = x__positive__mutmut_orig # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_1'] = x__positive__mutmut_1 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_2'] = x__positive__mutmut_2 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_3'] = x__positive__mutmut_3 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_4'] = x__positive__mutmut_4 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_5'] = x__positive__mutmut_5 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_6'] = x__positive__mutmut_6 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__token_transport_error__mutmut)
def _token_transport_error(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"method": request.method, "url": str(request.url)})


def x__token_transport_error__mutmut_orig(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"method": request.method, "url": str(request.url)})


def x__token_transport_error__mutmut_1(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(None, {"method": request.method, "url": str(request.url)})


def x__token_transport_error__mutmut_2(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, None)


def x__token_transport_error__mutmut_3(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error({"method": request.method, "url": str(request.url)})


def x__token_transport_error__mutmut_4(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, )


def x__token_transport_error__mutmut_5(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"XXmethodXX": request.method, "url": str(request.url)})


def x__token_transport_error__mutmut_6(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"METHOD": request.method, "url": str(request.url)})


def x__token_transport_error__mutmut_7(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"method": request.method, "XXurlXX": str(request.url)})


def x__token_transport_error__mutmut_8(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"method": request.method, "URL": str(request.url)})


def x__token_transport_error__mutmut_9(exc: Exception, request: httpx.Request) -> PiwikProError:
    return transport_error(exc, {"method": request.method, "url": str(None)})

mutants_x__token_transport_error__mutmut['_mutmut_orig'] = x__token_transport_error__mutmut_orig # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_1'] = x__token_transport_error__mutmut_1 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_2'] = x__token_transport_error__mutmut_2 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_3'] = x__token_transport_error__mutmut_3 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_4'] = x__token_transport_error__mutmut_4 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_5'] = x__token_transport_error__mutmut_5 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_6'] = x__token_transport_error__mutmut_6 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_7'] = x__token_transport_error__mutmut_7 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_8'] = x__token_transport_error__mutmut_8 # type: ignore # mutmut generated
mutants_x__token_transport_error__mutmut['x__token_transport_error__mutmut_9'] = x__token_transport_error__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_limits__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_token_limits__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_probe__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_auth_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_walk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_new_low_level__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_http_settings__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_use_prefix__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ__repr____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_BaseClientǁ_log__mutmut: MutantDict = {}  # type: ignore


class _BaseClient:
    """Configuration, auth and request building shared by both clients."""

    _base_url: str
    _client_id: str
    _auth: ClientCredentialsAuth
    _policy: RetryPolicy
    _prefix: str
    _low_level: AuthenticatedClient | None

    _max_response_bytes: int
    _max_pages: int

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_setup__mutmut)
    def _setup(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_orig(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_1(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_2(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError(None)
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_3(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("XXclient_id must not be emptyXX")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_4(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("CLIENT_ID MUST NOT BE EMPTY")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_5(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_6(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError(None)
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_7(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("XXclient_secret must not be emptyXX")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_8(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("CLIENT_SECRET MUST NOT BE EMPTY")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_9(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = None
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_10(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(None)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_11(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(None, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_12(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, None)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_13(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_14(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, )
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_15(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = None
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_16(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive(None, limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_17(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", None)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_18(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive(limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_19(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", )
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_20(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("XXmax_response_bytesXX", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_21(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("MAX_RESPONSE_BYTES", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_22(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = None
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_23(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive(None, limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_24(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", None)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_25(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive(limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_26(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", )
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_27(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("XXmax_pagesXX", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_28(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("MAX_PAGES", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_29(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = None
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_30(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = None
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_31(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = None
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_32(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=None,
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_33(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=None,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_34(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=None,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_35(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=None,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_36(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_37(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_38(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_39(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_40(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = None
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_41(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if (retry_policy is not None) and False else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_42(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if (retry_policy is not None) or True else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_43(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_44(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=None)
        )
        self._prefix = ""
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_45(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = None
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_46(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = "XXXX"
        self._low_level = None

    def xǁ_BaseClientǁ_setup__mutmut_47(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        limits: _Limits,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id must not be empty")
        if not client_secret:
            raise ConfigurationError("client_secret must not be empty")
        self._base_url = normalize_base_url(host)
        check_transport_security(self._base_url, limits.allow_insecure_http)
        self._max_response_bytes = _positive("max_response_bytes", limits.max_response_bytes)
        self._max_pages = _positive("max_pages", limits.max_pages)
        self._client_id = client_id
        self._clock: Callable[[], float] = time.monotonic
        self._auth = ClientCredentialsAuth(
            token_url=f"{self._base_url}{TOKEN_PATH}",
            client_id=client_id,
            client_secret=client_secret,
            clock=self._now,
        )
        self._policy = (
            retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        )
        self._prefix = ""
        self._low_level = ""

    def _now(self) -> float:
        """The clock of deadlines and token lifetimes (``_clock``, replaceable in tests)."""
        return self._clock()

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_limits__mutmut)
    def _limits(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, self._now, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_orig(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, self._now, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_1(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(None, timeout, self._now, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_2(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, None, self._now, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_3(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, None, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_4(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, self._now, None)

    def xǁ_BaseClientǁ_limits__mutmut_5(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(timeout, self._now, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_6(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, self._now, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_7(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, self._max_response_bytes)

    def xǁ_BaseClientǁ_limits__mutmut_8(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> BodyLimits:
        return call_limits(kwargs, timeout, self._now, )

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_token_limits__mutmut)
    def _token_limits(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, self._now, request.extensions.get(DEADLINE))

    def xǁ_BaseClientǁ_token_limits__mutmut_orig(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, self._now, request.extensions.get(DEADLINE))

    def xǁ_BaseClientǁ_token_limits__mutmut_1(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(None, self._now, request.extensions.get(DEADLINE))

    def xǁ_BaseClientǁ_token_limits__mutmut_2(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, None, request.extensions.get(DEADLINE))

    def xǁ_BaseClientǁ_token_limits__mutmut_3(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, self._now, None)

    def xǁ_BaseClientǁ_token_limits__mutmut_4(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(self._now, request.extensions.get(DEADLINE))

    def xǁ_BaseClientǁ_token_limits__mutmut_5(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, request.extensions.get(DEADLINE))

    def xǁ_BaseClientǁ_token_limits__mutmut_6(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, self._now, )

    def xǁ_BaseClientǁ_token_limits__mutmut_7(self, request: httpx.Request) -> BodyLimits:
        return BodyLimits(MAX_TOKEN_RESPONSE_BYTES, self._now, request.extensions.get(None))

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_probe__mutmut)
    def _probe(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_orig(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_1(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = None
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_2(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"XXmethodXX": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_3(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"METHOD": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_4(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "XXPOSTXX", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_5(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "post", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_6(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "XXurlXX": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_7(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "URL": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_8(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(None, timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_9(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, None, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_10(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, None)

    def xǁ_BaseClientǁ_probe__mutmut_11(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(timeout, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_12(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, self._limits(kwargs, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_13(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, )

    def xǁ_BaseClientǁ_probe__mutmut_14(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(None, timeout))

    def xǁ_BaseClientǁ_probe__mutmut_15(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, None))

    def xǁ_BaseClientǁ_probe__mutmut_16(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(timeout))

    def xǁ_BaseClientǁ_probe__mutmut_17(self, timeout: httpx.Timeout) -> dict[str, Any]:
        """Request keywords standing for ``authenticate()``: the token URL, the time limits."""
        kwargs: dict[str, Any] = {"method": "POST", "url": self._auth.token_url}
        return attempt_kwargs(kwargs, timeout, self._limits(kwargs, ))

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_auth_for__mutmut)
    def _auth_for(self, op: Operation) -> ClientCredentialsAuth | None:
        """No auth (and no token fetched) for an operation the spec declares public."""
        return None if op.public else self._auth

    def xǁ_BaseClientǁ_auth_for__mutmut_orig(self, op: Operation) -> ClientCredentialsAuth | None:
        """No auth (and no token fetched) for an operation the spec declares public."""
        return None if op.public else self._auth

    def xǁ_BaseClientǁ_auth_for__mutmut_1(self, op: Operation) -> ClientCredentialsAuth | None:
        """No auth (and no token fetched) for an operation the spec declares public."""
        return None if (op.public) and False else self._auth

    def xǁ_BaseClientǁ_auth_for__mutmut_2(self, op: Operation) -> ClientCredentialsAuth | None:
        """No auth (and no token fetched) for an operation the spec declares public."""
        return None if (op.public) or True else self._auth

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_walk__mutmut)
    def _walk(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, pagination_of(op), self._max_pages)

    def xǁ_BaseClientǁ_walk__mutmut_orig(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, pagination_of(op), self._max_pages)

    def xǁ_BaseClientǁ_walk__mutmut_1(self, op: Operation) -> PageWalk:
        return PageWalk(None, pagination_of(op), self._max_pages)

    def xǁ_BaseClientǁ_walk__mutmut_2(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, None, self._max_pages)

    def xǁ_BaseClientǁ_walk__mutmut_3(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, pagination_of(op), None)

    def xǁ_BaseClientǁ_walk__mutmut_4(self, op: Operation) -> PageWalk:
        return PageWalk(pagination_of(op), self._max_pages)

    def xǁ_BaseClientǁ_walk__mutmut_5(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, self._max_pages)

    def xǁ_BaseClientǁ_walk__mutmut_6(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, pagination_of(op), )

    def xǁ_BaseClientǁ_walk__mutmut_7(self, op: Operation) -> PageWalk:
        return PageWalk(op.name, pagination_of(None), self._max_pages)

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_new_low_level__mutmut)
    def _new_low_level(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=self._base_url, token="")

    def xǁ_BaseClientǁ_new_low_level__mutmut_orig(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=self._base_url, token="")

    def xǁ_BaseClientǁ_new_low_level__mutmut_1(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=None, token="")

    def xǁ_BaseClientǁ_new_low_level__mutmut_2(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=self._base_url, token=None)

    def xǁ_BaseClientǁ_new_low_level__mutmut_3(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(token="")

    def xǁ_BaseClientǁ_new_low_level__mutmut_4(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=self._base_url, )

    def xǁ_BaseClientǁ_new_low_level__mutmut_5(self) -> AuthenticatedClient:
        from piwik_pro_api.client import AuthenticatedClient

        # The token is unused: the httpx client we hand it carries our auth.
        return AuthenticatedClient(base_url=self._base_url, token="XXXX")

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_http_settings__mutmut)
    def _http_settings(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_orig(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_1(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "XXbase_urlXX": self._base_url,
            "auth": self._auth,
            "headers": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_2(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "BASE_URL": self._base_url,
            "auth": self._auth,
            "headers": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_3(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "XXauthXX": self._auth,
            "headers": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_4(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "AUTH": self._auth,
            "headers": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_5(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "XXheadersXX": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_6(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "HEADERS": {"User-Agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_7(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"XXUser-AgentXX": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_8(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"user-agent": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_9(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"USER-AGENT": user_agent()},
            "timeout": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_10(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"User-Agent": user_agent()},
            "XXtimeoutXX": timeout,
        }

    def xǁ_BaseClientǁ_http_settings__mutmut_11(self, timeout: float | httpx.Timeout) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "headers": {"User-Agent": user_agent()},
            "TIMEOUT": timeout,
        }

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_use_prefix__mutmut)
    def _use_prefix(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        # A caller's client without a base_url gets absolute URLs from us.
        if http_client is not None and not http_client.base_url.is_absolute_url:
            self._prefix = self._base_url

    def xǁ_BaseClientǁ_use_prefix__mutmut_orig(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        # A caller's client without a base_url gets absolute URLs from us.
        if http_client is not None and not http_client.base_url.is_absolute_url:
            self._prefix = self._base_url

    def xǁ_BaseClientǁ_use_prefix__mutmut_1(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        # A caller's client without a base_url gets absolute URLs from us.
        if http_client is not None or not http_client.base_url.is_absolute_url:
            self._prefix = self._base_url

    def xǁ_BaseClientǁ_use_prefix__mutmut_2(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        # A caller's client without a base_url gets absolute URLs from us.
        if http_client is None and not http_client.base_url.is_absolute_url:
            self._prefix = self._base_url

    def xǁ_BaseClientǁ_use_prefix__mutmut_3(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        # A caller's client without a base_url gets absolute URLs from us.
        if http_client is not None and http_client.base_url.is_absolute_url:
            self._prefix = self._base_url

    def xǁ_BaseClientǁ_use_prefix__mutmut_4(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        # A caller's client without a base_url gets absolute URLs from us.
        if http_client is not None and not http_client.base_url.is_absolute_url:
            self._prefix = None

    @property
    def auth(self) -> ClientCredentialsAuth:
        """The client-credentials auth (token cache) used for every request."""
        return self._auth

    @property
    def base_url(self) -> str:
        """The account URL, e.g. ``https://example.piwik.pro``."""
        return self._base_url

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ__repr____mutmut)
    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self._base_url!r}, client_id={self._client_id!r})"

    def xǁ_BaseClientǁ__repr____mutmut_orig(self) -> str:
        return f"{type(self).__name__}(host={self._base_url!r}, client_id={self._client_id!r})"

    def xǁ_BaseClientǁ__repr____mutmut_1(self) -> str:
        return f"{type(None).__name__}(host={self._base_url!r}, client_id={self._client_id!r})"

    @_mutmut_mutated(mutants_xǁ_BaseClientǁ_log__mutmut)
    def _log(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_orig(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_1(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(None):
            log_request(op.method, kwargs["url"], status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_2(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(None, kwargs["url"], status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_3(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, None, status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_4(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], None, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_5(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], status, None)

    def xǁ_BaseClientǁ_log__mutmut_6(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(kwargs["url"], status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_7(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_8(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_9(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], status, )

    def xǁ_BaseClientǁ_log__mutmut_10(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["XXurlXX"], status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_11(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["URL"], status, time.perf_counter() - start)

    def xǁ_BaseClientǁ_log__mutmut_12(self, op: Operation, kwargs: dict[str, Any], status: int | None, start: float) -> None:
        if logger.isEnabledFor(DEBUG):
            log_request(op.method, kwargs["url"], status, time.perf_counter() + start)

mutants_xǁ_BaseClientǁ_setup__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_6'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_7'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_8'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_9'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_10'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_11'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_12'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_13'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_14'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_15'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_16'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_17'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_18'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_19'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_20'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_21'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_22'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_23'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_24'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_25'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_26'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_27'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_28'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_29'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_30'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_31'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_32'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_33'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_34'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_35'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_36'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_37'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_38'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_39'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_40'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_41'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_42'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_43'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_44'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_45'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_46'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_setup__mutmut['xǁ_BaseClientǁ_setup__mutmut_47'] = _BaseClient.xǁ_BaseClientǁ_setup__mutmut_47 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_limits__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_6'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_7'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_limits__mutmut['xǁ_BaseClientǁ_limits__mutmut_8'] = _BaseClient.xǁ_BaseClientǁ_limits__mutmut_8 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_token_limits__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_token_limits__mutmut['xǁ_BaseClientǁ_token_limits__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_token_limits__mutmut['xǁ_BaseClientǁ_token_limits__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_token_limits__mutmut['xǁ_BaseClientǁ_token_limits__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_token_limits__mutmut['xǁ_BaseClientǁ_token_limits__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_token_limits__mutmut['xǁ_BaseClientǁ_token_limits__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_token_limits__mutmut['xǁ_BaseClientǁ_token_limits__mutmut_6'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_token_limits__mutmut['xǁ_BaseClientǁ_token_limits__mutmut_7'] = _BaseClient.xǁ_BaseClientǁ_token_limits__mutmut_7 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_probe__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_6'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_7'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_8'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_9'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_10'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_11'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_12'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_13'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_14'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_15'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_16'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_probe__mutmut['xǁ_BaseClientǁ_probe__mutmut_17'] = _BaseClient.xǁ_BaseClientǁ_probe__mutmut_17 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_auth_for__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_auth_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_auth_for__mutmut['xǁ_BaseClientǁ_auth_for__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_auth_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_auth_for__mutmut['xǁ_BaseClientǁ_auth_for__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_auth_for__mutmut_2 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_walk__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_walk__mutmut['xǁ_BaseClientǁ_walk__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_walk__mutmut['xǁ_BaseClientǁ_walk__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_walk__mutmut['xǁ_BaseClientǁ_walk__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_walk__mutmut['xǁ_BaseClientǁ_walk__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_walk__mutmut['xǁ_BaseClientǁ_walk__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_walk__mutmut['xǁ_BaseClientǁ_walk__mutmut_6'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_walk__mutmut['xǁ_BaseClientǁ_walk__mutmut_7'] = _BaseClient.xǁ_BaseClientǁ_walk__mutmut_7 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_new_low_level__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_new_low_level__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_new_low_level__mutmut['xǁ_BaseClientǁ_new_low_level__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_new_low_level__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_new_low_level__mutmut['xǁ_BaseClientǁ_new_low_level__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_new_low_level__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_new_low_level__mutmut['xǁ_BaseClientǁ_new_low_level__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_new_low_level__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_new_low_level__mutmut['xǁ_BaseClientǁ_new_low_level__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_new_low_level__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_new_low_level__mutmut['xǁ_BaseClientǁ_new_low_level__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_new_low_level__mutmut_5 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_http_settings__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_6'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_7'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_8'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_9'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_10'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_http_settings__mutmut['xǁ_BaseClientǁ_http_settings__mutmut_11'] = _BaseClient.xǁ_BaseClientǁ_http_settings__mutmut_11 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_use_prefix__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_use_prefix__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_use_prefix__mutmut['xǁ_BaseClientǁ_use_prefix__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_use_prefix__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_use_prefix__mutmut['xǁ_BaseClientǁ_use_prefix__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_use_prefix__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_use_prefix__mutmut['xǁ_BaseClientǁ_use_prefix__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_use_prefix__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_use_prefix__mutmut['xǁ_BaseClientǁ_use_prefix__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_use_prefix__mutmut_4 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ__repr____mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ__repr____mutmut['xǁ_BaseClientǁ__repr____mutmut_1'] = _BaseClient.xǁ_BaseClientǁ__repr____mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_BaseClientǁ_log__mutmut['_mutmut_orig'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_1'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_2'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_3'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_4'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_5'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_6'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_7'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_8'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_9'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_10'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_11'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_BaseClientǁ_log__mutmut['xǁ_BaseClientǁ_log__mutmut_12'] = _BaseClient.xǁ_BaseClientǁ_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁfrom_env__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁauthenticate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁ_send_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁ_call__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁ_attempt__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁ_send__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁ_iter_pages__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁ_pages__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPiwikProǁ_iter_items__mutmut: MutantDict = {}  # type: ignore


class PiwikPro(_BaseClient, SyncAreas):
    """The synchronous Piwik PRO client.

    No I/O happens here: the first request fetches the access token.  Pass
    ``http_client`` to reuse your own :class:`httpx.Client` (auth is still
    applied per request; you keep ownership and close it yourself).
    """

    @_mutmut_mutated(mutants_xǁPiwikProǁ__init____mutmut)
    def __init__(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_orig(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_1(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = True,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_2(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = None
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_3(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(None, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_4(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, None, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_5(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, None)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_6(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_7(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_8(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, )
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_9(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(None, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_10(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, None, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_11(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, None, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_12(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, None, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_13(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, None, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_14(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, None)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_15(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_16(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_17(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_18(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_19(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_20(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, )
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_21(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_22(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is not None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_23(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(None)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_24(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is not None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_25(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = None
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_26(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(None))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_27(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = None
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_28(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=None)
        self._sleep: Callable[[float], None] = time.sleep

    def xǁPiwikProǁ__init____mutmut_29(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.Client(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(send=self._send_token)
        self._sleep: Callable[[float], None] = None

    @classmethod
    @_mutmut_mutated(mutants_xǁPiwikProǁfrom_env__mutmut, is_classmethod = True)
    def from_env(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_orig(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_1(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = None
        return cls(host, client_id, client_secret, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_2(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(None, client_id, client_secret, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_3(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, None, client_secret, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_4(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, None, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_5(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(client_id, client_secret, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_6(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_secret, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_7(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, **kwargs)

    @classmethod
    def xǁPiwikProǁfrom_env__mutmut_8(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, )

    @property
    def low_level(self) -> AuthenticatedClient:
        """The generated layer's client, sharing this client's httpx client.

        Pass it as ``client=`` to any ``piwik_pro_api.api...`` function.  The httpx
        client the facade builds carries the auth; one you passed in is used as
        you configured it.  Closing this object closes the shared connection.
        """
        if self._low_level is None:
            self._low_level = self._new_low_level().set_httpx_client(self._http)
        return self._low_level

    @_mutmut_mutated(mutants_xǁPiwikProǁauthenticate__mutmut)
    def authenticate(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(self)
        probe = self._http.build_request(**self._probe(self._http.timeout))
        return self._auth.sync_token(probe).expires_in

    def xǁPiwikProǁauthenticate__mutmut_orig(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(self)
        probe = self._http.build_request(**self._probe(self._http.timeout))
        return self._auth.sync_token(probe).expires_in

    def xǁPiwikProǁauthenticate__mutmut_1(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(None)
        probe = self._http.build_request(**self._probe(self._http.timeout))
        return self._auth.sync_token(probe).expires_in

    def xǁPiwikProǁauthenticate__mutmut_2(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(self)
        probe = None
        return self._auth.sync_token(probe).expires_in

    def xǁPiwikProǁauthenticate__mutmut_3(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(self)
        probe = self._http.build_request(**self._probe(None))
        return self._auth.sync_token(probe).expires_in

    def xǁPiwikProǁauthenticate__mutmut_4(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        if self._http.is_closed:
            raise closed_error(self)
        probe = self._http.build_request(**self._probe(self._http.timeout))
        return self._auth.sync_token(None).expires_in

    @_mutmut_mutated(mutants_xǁPiwikProǁ_send_token__mutmut)
    def _send_token(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_orig(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_1(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = None
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_2(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(None, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_3(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=None, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_4(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=None)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_5(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_6(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_7(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_8(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, )
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_9(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=True, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_10(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=False)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_11(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(None, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_12(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, None)
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_13(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_14(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, )
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_15(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(None))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_16(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(None, request) from exc

    def xǁPiwikProǁ_send_token__mutmut_17(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, None) from exc

    def xǁPiwikProǁ_send_token__mutmut_18(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(request) from exc

    def xǁPiwikProǁ_send_token__mutmut_19(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = self._http.send(request, auth=None, follow_redirects=False, stream=True)
            return read_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, ) from exc

    def close(self) -> None:
        """Close the httpx client (unless it was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @_mutmut_mutated(mutants_xǁPiwikProǁ_call__mutmut)
    def _call(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(None)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = None
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(None, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, None, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, None, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, None, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, None)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, )
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = None
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(None, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, None, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_16(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, None)
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_17(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_18(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_19(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, )
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_20(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(None, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_21(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, None))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_22(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_23(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, ))
        return parse_outcome(op, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_24(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(None, module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_25(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, None, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_26(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, None, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_27(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, None)

    def xǁPiwikProǁ_call__mutmut_28(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(module, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_29(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, response, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_30(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, self._auth.secrets())

    def xǁPiwikProǁ_call__mutmut_31(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        if self._http.is_closed:
            raise closed_error(self)
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, )

    @_mutmut_mutated(mutants_xǁPiwikProǁ_attempt__mutmut)
    def _attempt(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_orig(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_1(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = None
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_2(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(None, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_3(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, None, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_4(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, None, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_5(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, None)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_6(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_7(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_8(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_9(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, )
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_10(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = None
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_11(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = None
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_12(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(None, auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_13(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=None, stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_14(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=None)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_15(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(auth=self._auth_for(op), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_16(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_17(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), )
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_18(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(None), stream=True)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_19(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=False)
        return read_body_within(response, limits)

    def xǁPiwikProǁ_attempt__mutmut_20(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(None, limits)

    def xǁPiwikProǁ_attempt__mutmut_21(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, None)

    def xǁPiwikProǁ_attempt__mutmut_22(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(limits)

    def xǁPiwikProǁ_attempt__mutmut_23(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = self._http.send(request, auth=self._auth_for(op), stream=True)
        return read_body_within(response, )

    @_mutmut_mutated(mutants_xǁPiwikProǁ_send__mutmut)
    def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_orig(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_1(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = None
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_2(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(None, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_3(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, None), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_4(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_5(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, ), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_6(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 1
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_7(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while False:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_8(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = None
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_9(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = None
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_10(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(None, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_11(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, None, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_12(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, None, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_13(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, None)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_14(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_15(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_16(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_17(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, )
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_18(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = None
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_19(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(None, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_20(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, None, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_21(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, None, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_22(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, None)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_23(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_24(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_25(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_26(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, )
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_27(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = None
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_28(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(None, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_29(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, None, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_30(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, None)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_31(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_32(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_33(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, )
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_34(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is not None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_35(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(None, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_36(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, None, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_37(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, None)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_38(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_39(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_40(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_41(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, )
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_42(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = None
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_43(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(None, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_44(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, None, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_45(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, None, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_46(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, None, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_47(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, None)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_48(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_49(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_50(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_51(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_52(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, )
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_53(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = None
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_54(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(None, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_55(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, None, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_56(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, None)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_57(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_58(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_59(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, )
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_60(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is not None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_61(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(None, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_62(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, None) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_63(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_64(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, ) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_65(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(None, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_66(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, None, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_67(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, None, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_68(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, None)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_69(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_70(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_71(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_72(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, )
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_73(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = None
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_74(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(None, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_75(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, None, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_76(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, None, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_77(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, None, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_78(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, None)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_79(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_80(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_81(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_82(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_83(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, )
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_84(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = None
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_85(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(None, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_86(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, None, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_87(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, None)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_88(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_89(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_90(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, )
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_91(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is not None:
                    return response
            self._sleep(delay)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_92(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(None)
            attempt += 1

    def xǁPiwikProǁ_send__mutmut_93(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt = 1

    def xǁPiwikProǁ_send__mutmut_94(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt -= 1

    def xǁPiwikProǁ_send__mutmut_95(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            self._sleep(delay)
            attempt += 2

    @_mutmut_mutated(mutants_xǁPiwikProǁ_iter_pages__mutmut)
    def _iter_pages(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = None
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(None)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = None
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(None, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, None, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, None)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, )
        return self._pages(op, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(None, params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, None, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, None, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, None, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, None)

    def xǁPiwikProǁ_iter_pages__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(params, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_16(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, offset, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_17(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, limit, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_18(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, request_options)

    def xǁPiwikProǁ_iter_pages__mutmut_19(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, )

    @_mutmut_mutated(mutants_xǁPiwikProǁ_pages__mutmut)
    def _pages(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = None
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(None)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = None
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(None, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, None, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, None, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, None)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, )
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = None
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(None, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, None, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_16(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=None)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_17(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_18(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_19(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, )
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_20(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = None
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_21(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(None, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_22(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, None, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_23(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, None)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_24(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_25(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, limit)
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_26(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, )
            yield page
            walk.check_more(following)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_27(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(None)
            offset = following

    def xǁPiwikProǁ_pages__mutmut_28(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> Iterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = None

    @_mutmut_mutated(mutants_xǁPiwikProǁ_iter_items__mutmut)
    def _iter_items(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = None
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(None)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = None
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(None, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, None, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=None, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=None)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, )
        return (item for page in pages for item in page_items(pagination, page))

    def xǁPiwikProǁ_iter_items__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(None, page))

    def xǁPiwikProǁ_iter_items__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, None))

    def xǁPiwikProǁ_iter_items__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(page))

    def xǁPiwikProǁ_iter_items__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item for page in pages for item in page_items(pagination, ))

mutants_xǁPiwikProǁ__init____mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_1'] = PiwikPro.xǁPiwikProǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_2'] = PiwikPro.xǁPiwikProǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_3'] = PiwikPro.xǁPiwikProǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_4'] = PiwikPro.xǁPiwikProǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_5'] = PiwikPro.xǁPiwikProǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_6'] = PiwikPro.xǁPiwikProǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_7'] = PiwikPro.xǁPiwikProǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_8'] = PiwikPro.xǁPiwikProǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_9'] = PiwikPro.xǁPiwikProǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_10'] = PiwikPro.xǁPiwikProǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_11'] = PiwikPro.xǁPiwikProǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_12'] = PiwikPro.xǁPiwikProǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_13'] = PiwikPro.xǁPiwikProǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_14'] = PiwikPro.xǁPiwikProǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_15'] = PiwikPro.xǁPiwikProǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_16'] = PiwikPro.xǁPiwikProǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_17'] = PiwikPro.xǁPiwikProǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_18'] = PiwikPro.xǁPiwikProǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_19'] = PiwikPro.xǁPiwikProǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_20'] = PiwikPro.xǁPiwikProǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_21'] = PiwikPro.xǁPiwikProǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_22'] = PiwikPro.xǁPiwikProǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_23'] = PiwikPro.xǁPiwikProǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_24'] = PiwikPro.xǁPiwikProǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_25'] = PiwikPro.xǁPiwikProǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_26'] = PiwikPro.xǁPiwikProǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_27'] = PiwikPro.xǁPiwikProǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_28'] = PiwikPro.xǁPiwikProǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ__init____mutmut['xǁPiwikProǁ__init____mutmut_29'] = PiwikPro.xǁPiwikProǁ__init____mutmut_29 # type: ignore # mutmut generated

mutants_xǁPiwikProǁfrom_env__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_1'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_2'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_3'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_4'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_5'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_6'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_7'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁfrom_env__mutmut['xǁPiwikProǁfrom_env__mutmut_8'] = PiwikPro.xǁPiwikProǁfrom_env__mutmut_8 # type: ignore # mutmut generated

mutants_xǁPiwikProǁauthenticate__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁauthenticate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁauthenticate__mutmut['xǁPiwikProǁauthenticate__mutmut_1'] = PiwikPro.xǁPiwikProǁauthenticate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁauthenticate__mutmut['xǁPiwikProǁauthenticate__mutmut_2'] = PiwikPro.xǁPiwikProǁauthenticate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁauthenticate__mutmut['xǁPiwikProǁauthenticate__mutmut_3'] = PiwikPro.xǁPiwikProǁauthenticate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁauthenticate__mutmut['xǁPiwikProǁauthenticate__mutmut_4'] = PiwikPro.xǁPiwikProǁauthenticate__mutmut_4 # type: ignore # mutmut generated

mutants_xǁPiwikProǁ_send_token__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_1'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_2'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_3'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_4'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_5'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_6'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_7'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_8'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_9'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_10'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_11'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_12'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_13'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_14'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_15'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_16'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_17'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_18'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send_token__mutmut['xǁPiwikProǁ_send_token__mutmut_19'] = PiwikPro.xǁPiwikProǁ_send_token__mutmut_19 # type: ignore # mutmut generated

mutants_xǁPiwikProǁ_call__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ_call__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_1'] = PiwikPro.xǁPiwikProǁ_call__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_2'] = PiwikPro.xǁPiwikProǁ_call__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_3'] = PiwikPro.xǁPiwikProǁ_call__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_4'] = PiwikPro.xǁPiwikProǁ_call__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_5'] = PiwikPro.xǁPiwikProǁ_call__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_6'] = PiwikPro.xǁPiwikProǁ_call__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_7'] = PiwikPro.xǁPiwikProǁ_call__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_8'] = PiwikPro.xǁPiwikProǁ_call__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_9'] = PiwikPro.xǁPiwikProǁ_call__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_10'] = PiwikPro.xǁPiwikProǁ_call__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_11'] = PiwikPro.xǁPiwikProǁ_call__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_12'] = PiwikPro.xǁPiwikProǁ_call__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_13'] = PiwikPro.xǁPiwikProǁ_call__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_14'] = PiwikPro.xǁPiwikProǁ_call__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_15'] = PiwikPro.xǁPiwikProǁ_call__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_16'] = PiwikPro.xǁPiwikProǁ_call__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_17'] = PiwikPro.xǁPiwikProǁ_call__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_18'] = PiwikPro.xǁPiwikProǁ_call__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_19'] = PiwikPro.xǁPiwikProǁ_call__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_20'] = PiwikPro.xǁPiwikProǁ_call__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_21'] = PiwikPro.xǁPiwikProǁ_call__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_22'] = PiwikPro.xǁPiwikProǁ_call__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_23'] = PiwikPro.xǁPiwikProǁ_call__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_24'] = PiwikPro.xǁPiwikProǁ_call__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_25'] = PiwikPro.xǁPiwikProǁ_call__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_26'] = PiwikPro.xǁPiwikProǁ_call__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_27'] = PiwikPro.xǁPiwikProǁ_call__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_28'] = PiwikPro.xǁPiwikProǁ_call__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_29'] = PiwikPro.xǁPiwikProǁ_call__mutmut_29 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_30'] = PiwikPro.xǁPiwikProǁ_call__mutmut_30 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_call__mutmut['xǁPiwikProǁ_call__mutmut_31'] = PiwikPro.xǁPiwikProǁ_call__mutmut_31 # type: ignore # mutmut generated

mutants_xǁPiwikProǁ_attempt__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_1'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_2'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_3'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_4'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_5'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_6'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_7'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_8'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_9'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_10'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_11'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_12'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_13'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_14'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_15'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_16'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_17'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_18'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_19'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_20'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_21'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_22'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_attempt__mutmut['xǁPiwikProǁ_attempt__mutmut_23'] = PiwikPro.xǁPiwikProǁ_attempt__mutmut_23 # type: ignore # mutmut generated

mutants_xǁPiwikProǁ_send__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ_send__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_1'] = PiwikPro.xǁPiwikProǁ_send__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_2'] = PiwikPro.xǁPiwikProǁ_send__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_3'] = PiwikPro.xǁPiwikProǁ_send__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_4'] = PiwikPro.xǁPiwikProǁ_send__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_5'] = PiwikPro.xǁPiwikProǁ_send__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_6'] = PiwikPro.xǁPiwikProǁ_send__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_7'] = PiwikPro.xǁPiwikProǁ_send__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_8'] = PiwikPro.xǁPiwikProǁ_send__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_9'] = PiwikPro.xǁPiwikProǁ_send__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_10'] = PiwikPro.xǁPiwikProǁ_send__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_11'] = PiwikPro.xǁPiwikProǁ_send__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_12'] = PiwikPro.xǁPiwikProǁ_send__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_13'] = PiwikPro.xǁPiwikProǁ_send__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_14'] = PiwikPro.xǁPiwikProǁ_send__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_15'] = PiwikPro.xǁPiwikProǁ_send__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_16'] = PiwikPro.xǁPiwikProǁ_send__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_17'] = PiwikPro.xǁPiwikProǁ_send__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_18'] = PiwikPro.xǁPiwikProǁ_send__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_19'] = PiwikPro.xǁPiwikProǁ_send__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_20'] = PiwikPro.xǁPiwikProǁ_send__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_21'] = PiwikPro.xǁPiwikProǁ_send__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_22'] = PiwikPro.xǁPiwikProǁ_send__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_23'] = PiwikPro.xǁPiwikProǁ_send__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_24'] = PiwikPro.xǁPiwikProǁ_send__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_25'] = PiwikPro.xǁPiwikProǁ_send__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_26'] = PiwikPro.xǁPiwikProǁ_send__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_27'] = PiwikPro.xǁPiwikProǁ_send__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_28'] = PiwikPro.xǁPiwikProǁ_send__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_29'] = PiwikPro.xǁPiwikProǁ_send__mutmut_29 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_30'] = PiwikPro.xǁPiwikProǁ_send__mutmut_30 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_31'] = PiwikPro.xǁPiwikProǁ_send__mutmut_31 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_32'] = PiwikPro.xǁPiwikProǁ_send__mutmut_32 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_33'] = PiwikPro.xǁPiwikProǁ_send__mutmut_33 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_34'] = PiwikPro.xǁPiwikProǁ_send__mutmut_34 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_35'] = PiwikPro.xǁPiwikProǁ_send__mutmut_35 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_36'] = PiwikPro.xǁPiwikProǁ_send__mutmut_36 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_37'] = PiwikPro.xǁPiwikProǁ_send__mutmut_37 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_38'] = PiwikPro.xǁPiwikProǁ_send__mutmut_38 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_39'] = PiwikPro.xǁPiwikProǁ_send__mutmut_39 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_40'] = PiwikPro.xǁPiwikProǁ_send__mutmut_40 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_41'] = PiwikPro.xǁPiwikProǁ_send__mutmut_41 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_42'] = PiwikPro.xǁPiwikProǁ_send__mutmut_42 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_43'] = PiwikPro.xǁPiwikProǁ_send__mutmut_43 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_44'] = PiwikPro.xǁPiwikProǁ_send__mutmut_44 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_45'] = PiwikPro.xǁPiwikProǁ_send__mutmut_45 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_46'] = PiwikPro.xǁPiwikProǁ_send__mutmut_46 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_47'] = PiwikPro.xǁPiwikProǁ_send__mutmut_47 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_48'] = PiwikPro.xǁPiwikProǁ_send__mutmut_48 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_49'] = PiwikPro.xǁPiwikProǁ_send__mutmut_49 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_50'] = PiwikPro.xǁPiwikProǁ_send__mutmut_50 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_51'] = PiwikPro.xǁPiwikProǁ_send__mutmut_51 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_52'] = PiwikPro.xǁPiwikProǁ_send__mutmut_52 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_53'] = PiwikPro.xǁPiwikProǁ_send__mutmut_53 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_54'] = PiwikPro.xǁPiwikProǁ_send__mutmut_54 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_55'] = PiwikPro.xǁPiwikProǁ_send__mutmut_55 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_56'] = PiwikPro.xǁPiwikProǁ_send__mutmut_56 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_57'] = PiwikPro.xǁPiwikProǁ_send__mutmut_57 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_58'] = PiwikPro.xǁPiwikProǁ_send__mutmut_58 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_59'] = PiwikPro.xǁPiwikProǁ_send__mutmut_59 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_60'] = PiwikPro.xǁPiwikProǁ_send__mutmut_60 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_61'] = PiwikPro.xǁPiwikProǁ_send__mutmut_61 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_62'] = PiwikPro.xǁPiwikProǁ_send__mutmut_62 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_63'] = PiwikPro.xǁPiwikProǁ_send__mutmut_63 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_64'] = PiwikPro.xǁPiwikProǁ_send__mutmut_64 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_65'] = PiwikPro.xǁPiwikProǁ_send__mutmut_65 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_66'] = PiwikPro.xǁPiwikProǁ_send__mutmut_66 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_67'] = PiwikPro.xǁPiwikProǁ_send__mutmut_67 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_68'] = PiwikPro.xǁPiwikProǁ_send__mutmut_68 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_69'] = PiwikPro.xǁPiwikProǁ_send__mutmut_69 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_70'] = PiwikPro.xǁPiwikProǁ_send__mutmut_70 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_71'] = PiwikPro.xǁPiwikProǁ_send__mutmut_71 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_72'] = PiwikPro.xǁPiwikProǁ_send__mutmut_72 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_73'] = PiwikPro.xǁPiwikProǁ_send__mutmut_73 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_74'] = PiwikPro.xǁPiwikProǁ_send__mutmut_74 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_75'] = PiwikPro.xǁPiwikProǁ_send__mutmut_75 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_76'] = PiwikPro.xǁPiwikProǁ_send__mutmut_76 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_77'] = PiwikPro.xǁPiwikProǁ_send__mutmut_77 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_78'] = PiwikPro.xǁPiwikProǁ_send__mutmut_78 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_79'] = PiwikPro.xǁPiwikProǁ_send__mutmut_79 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_80'] = PiwikPro.xǁPiwikProǁ_send__mutmut_80 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_81'] = PiwikPro.xǁPiwikProǁ_send__mutmut_81 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_82'] = PiwikPro.xǁPiwikProǁ_send__mutmut_82 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_83'] = PiwikPro.xǁPiwikProǁ_send__mutmut_83 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_84'] = PiwikPro.xǁPiwikProǁ_send__mutmut_84 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_85'] = PiwikPro.xǁPiwikProǁ_send__mutmut_85 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_86'] = PiwikPro.xǁPiwikProǁ_send__mutmut_86 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_87'] = PiwikPro.xǁPiwikProǁ_send__mutmut_87 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_88'] = PiwikPro.xǁPiwikProǁ_send__mutmut_88 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_89'] = PiwikPro.xǁPiwikProǁ_send__mutmut_89 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_90'] = PiwikPro.xǁPiwikProǁ_send__mutmut_90 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_91'] = PiwikPro.xǁPiwikProǁ_send__mutmut_91 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_92'] = PiwikPro.xǁPiwikProǁ_send__mutmut_92 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_93'] = PiwikPro.xǁPiwikProǁ_send__mutmut_93 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_94'] = PiwikPro.xǁPiwikProǁ_send__mutmut_94 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_send__mutmut['xǁPiwikProǁ_send__mutmut_95'] = PiwikPro.xǁPiwikProǁ_send__mutmut_95 # type: ignore # mutmut generated

mutants_xǁPiwikProǁ_iter_pages__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_1'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_2'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_3'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_4'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_5'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_6'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_7'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_8'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_9'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_10'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_11'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_12'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_13'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_14'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_15'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_16'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_17'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_18'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_pages__mutmut['xǁPiwikProǁ_iter_pages__mutmut_19'] = PiwikPro.xǁPiwikProǁ_iter_pages__mutmut_19 # type: ignore # mutmut generated

mutants_xǁPiwikProǁ_pages__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_1'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_2'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_3'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_4'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_5'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_6'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_7'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_8'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_9'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_10'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_11'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_12'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_13'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_14'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_15'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_16'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_17'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_18'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_19'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_20'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_21'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_22'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_23'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_24'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_25'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_26'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_27'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_pages__mutmut['xǁPiwikProǁ_pages__mutmut_28'] = PiwikPro.xǁPiwikProǁ_pages__mutmut_28 # type: ignore # mutmut generated

mutants_xǁPiwikProǁ_iter_items__mutmut['_mutmut_orig'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_1'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_2'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_3'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_4'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_5'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_6'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_7'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_8'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_9'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_10'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_11'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_12'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_13'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_14'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPiwikProǁ_iter_items__mutmut['xǁPiwikProǁ_iter_items__mutmut_15'] = PiwikPro.xǁPiwikProǁ_iter_items__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁfrom_env__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁauthenticate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_send_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_call__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_attempt__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_send__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_pages__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut: MutantDict = {}  # type: ignore


class AsyncPiwikPro(_BaseClient, AsyncAreas):
    """The asynchronous Piwik PRO client; same surface as :class:`PiwikPro`.

    No I/O happens here.  ``http_client`` takes an :class:`httpx.AsyncClient`.  A client
    belongs to the event loop it is first used in (its connections do).
    """

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ__init____mutmut)
    def __init__(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_orig(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_1(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = True,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_2(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = None
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_3(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(None, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_4(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, None, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_5(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, None)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_6(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_7(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_8(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, )
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_9(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(None, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_10(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, None, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_11(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, None, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_12(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, None, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_13(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, None, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_14(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, None)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_15(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_16(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_17(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_18(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_19(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_20(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, )
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_21(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_22(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is not None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_23(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(None)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_24(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is not None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_25(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = None
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_26(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(None))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_27(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = None
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_28(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=None)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_29(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = ""
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def xǁAsyncPiwikProǁ__init____mutmut_30(
        self,
        host: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_insecure_http: bool = False,
    ) -> None:
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        limits = _Limits(max_response_bytes, max_pages, allow_insecure_http)
        self._setup(host, client_id, client_secret, max_retries, retry_policy, limits)
        self._owns_http = http_client is None
        self._use_prefix(http_client)
        if http_client is None:
            http_client = httpx.AsyncClient(**self._http_settings(timeout))
        self._http = http_client
        self._auth.bind(asend=self._send_token)
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._sleep: Callable[[float], Awaitable[None]] = None

    @classmethod
    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁfrom_env__mutmut, is_classmethod = True)
    def from_env(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_orig(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_1(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = None
        return cls(host, client_id, client_secret, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_2(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(None, client_id, client_secret, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_3(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, None, client_secret, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_4(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, None, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_5(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(client_id, client_secret, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_6(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_secret, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_7(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, **kwargs)

    @classmethod
    def xǁAsyncPiwikProǁfrom_env__mutmut_8(cls, **kwargs: Any) -> Self:
        """A client from ``PIWIK_PRO_*`` environment variables; ``kwargs`` as for the class."""
        host, client_id, client_secret = credentials_from_env()
        return cls(host, client_id, client_secret, )

    @property
    def low_level(self) -> AuthenticatedClient:
        """The generated layer's client, sharing this client's httpx client.

        Pass it as ``client=`` to any ``piwik_pro_api.api...`` function.  The httpx
        client the facade builds carries the auth; one you passed in is used as
        you configured it.  Closing this object closes the shared connection.
        """
        if self._low_level is None:
            self._low_level = self._new_low_level().set_async_httpx_client(self._http)
        return self._low_level

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_check_usable__mutmut)
    def _check_usable(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_orig(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_1(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(None)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_2(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = None
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_3(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is not None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_4(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = None
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_5(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(None)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_6(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_7(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                None
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_8(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "XXto that loop; create one AsyncPiwikPro per event loop (for example inside XX"
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_9(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one asyncpiwikpro per event loop (for example inside "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_10(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "TO THAT LOOP; CREATE ONE ASYNCPIWIKPRO PER EVENT LOOP (FOR EXAMPLE INSIDE "
                "the coroutine you pass to asyncio.run())"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_11(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "XXthe coroutine you pass to asyncio.run())XX"
            )

    def xǁAsyncPiwikProǁ_check_usable__mutmut_12(self) -> None:
        """Refuse a closed client, and one first used in another event loop."""
        import asyncio
        import weakref

        if self._http.is_closed:
            raise closed_error(self)
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise PiwikProError(
                f"{self!r} was first used in another event loop, and its connections belong "
                "to that loop; create one AsyncPiwikPro per event loop (for example inside "
                "THE COROUTINE YOU PASS TO ASYNCIO.RUN())"
            )

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁauthenticate__mutmut)
    async def authenticate(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_usable()
        probe = self._http.build_request(**self._probe(self._http.timeout))
        token, _ = await self._auth.async_token(probe)
        return token.expires_in

    async def xǁAsyncPiwikProǁauthenticate__mutmut_orig(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_usable()
        probe = self._http.build_request(**self._probe(self._http.timeout))
        token, _ = await self._auth.async_token(probe)
        return token.expires_in

    async def xǁAsyncPiwikProǁauthenticate__mutmut_1(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_usable()
        probe = None
        token, _ = await self._auth.async_token(probe)
        return token.expires_in

    async def xǁAsyncPiwikProǁauthenticate__mutmut_2(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_usable()
        probe = self._http.build_request(**self._probe(None))
        token, _ = await self._auth.async_token(probe)
        return token.expires_in

    async def xǁAsyncPiwikProǁauthenticate__mutmut_3(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_usable()
        probe = self._http.build_request(**self._probe(self._http.timeout))
        token, _ = None
        return token.expires_in

    async def xǁAsyncPiwikProǁauthenticate__mutmut_4(self) -> float:
        """Fetch the access token now (or reuse the cached one); return its lifetime in seconds.

        Checks the credentials before the first real call: refused ones raise
        :class:`AuthenticationError`, an unreachable account :class:`APIConnectionError`.
        The lifetime is the server's ``expires_in``; the token itself stays private.
        """
        self._check_usable()
        probe = self._http.build_request(**self._probe(self._http.timeout))
        token, _ = await self._auth.async_token(None)
        return token.expires_in

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_send_token__mutmut)
    async def _send_token(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_orig(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_1(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = None
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_2(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                None, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_3(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=None, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_4(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=None
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_5(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_6(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_7(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_8(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_9(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=True, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_10(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=False
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_11(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(None, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_12(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, None)
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_13(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_14(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, )
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_15(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(None))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_16(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(None, request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_17(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, None) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_18(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(request) from exc

    async def xǁAsyncPiwikProǁ_send_token__mutmut_19(self, request: httpx.Request) -> httpx.Response:
        """Send the token request: never through a redirect, within the call's limits."""
        try:
            response = await self._http.send(
                request, auth=None, follow_redirects=False, stream=True
            )
            return await aread_body_within(response, self._token_limits(request))
        except HTTPX_ERRORS as exc:
            raise _token_transport_error(exc, ) from exc

    async def aclose(self) -> None:
        """Close the httpx client (unless it was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_call__mutmut)
    async def _call(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = None
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(None, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, None, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, None, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, None, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, None)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, )
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = None
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(None, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, None, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, None)
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_16(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_17(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_18(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, )
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_19(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(None, self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_20(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, None))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_21(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(self._policy))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_22(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, ))
        return parse_outcome(op, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_23(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(None, module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_24(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, None, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_25(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, None, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_26(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, None)

    async def xǁAsyncPiwikProǁ_call__mutmut_27(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(module, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_28(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, response, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_29(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, self._auth.secrets())

    async def xǁAsyncPiwikProǁ_call__mutmut_30(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        attributes: dict[str, Any] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        self._check_usable()
        module, kwargs = prepare_request(op, params, attributes, request_options, self._prefix)
        response = await self._send(op, kwargs, max_retries_for(request_options, self._policy))
        return parse_outcome(op, module, response, )

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_attempt__mutmut)
    async def _attempt(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_orig(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_1(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = None
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_2(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(None, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_3(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, None, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_4(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, None, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_5(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, None)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_6(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_7(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_8(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_9(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, )
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_10(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = None
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_11(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = None
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_12(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(None, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_13(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=None, stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_14(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=None)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_15(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_16(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_17(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), )
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_18(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(None), stream=True)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_19(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=False)
        return await aread_body_within(response, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_20(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(None, limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_21(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, None)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_22(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(limits)

    async def xǁAsyncPiwikProǁ_attempt__mutmut_23(
        self, op: Operation, kwargs: dict[str, Any], limits: BodyLimits, attempt: int
    ) -> httpx.Response:
        settings = attempt_kwargs(kwargs, self._http.timeout, limits, attempt)
        request = self._http.build_request(**settings)
        response = await self._http.send(request, auth=self._auth_for(op), stream=True)
        return await aread_body_within(response, )

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_send__mutmut)
    async def _send(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_orig(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_1(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = None
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_2(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(None, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_3(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, None), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_4(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_5(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, ), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_6(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 1
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_7(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while False:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_8(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = None
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_9(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = None
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_10(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(None, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_11(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, None, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_12(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, None, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_13(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, None)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_14(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_15(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_16(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_17(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, )
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_18(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = None
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_19(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(None, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_20(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, None, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_21(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, None, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_22(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, None)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_23(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_24(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_25(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_26(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, )
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_27(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = None
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_28(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(None, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_29(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, None, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_30(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, None)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_31(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_32(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_33(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, )
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_34(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is not None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_35(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(None, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_36(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, None, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_37(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, None)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_38(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_39(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_40(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_41(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, )
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_42(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = None
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_43(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(None, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_44(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, None, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_45(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, None, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_46(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, None, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_47(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, None)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_48(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_49(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_50(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_51(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_52(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, )
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_53(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = None
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_54(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(None, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_55(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, None, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_56(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, None)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_57(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_58(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_59(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, )
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_60(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is not None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_61(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(None, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_62(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, None) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_63(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_64(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, ) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_65(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(None, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_66(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, None, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_67(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, None, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_68(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, None)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_69(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_70(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_71(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_72(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, )
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_73(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = None
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_74(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(None, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_75(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, None, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_76(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, None, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_77(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, None, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_78(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, None)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_79(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_80(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_81(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_82(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_83(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, )
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_84(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = None
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_85(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(None, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_86(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, None, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_87(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, None)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_88(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_89(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_90(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, )
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_91(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is not None:
                    return response
            await self._sleep(delay)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_92(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(None)
            attempt += 1

    async def xǁAsyncPiwikProǁ_send__mutmut_93(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt = 1

    async def xǁAsyncPiwikProǁ_send__mutmut_94(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt -= 1

    async def xǁAsyncPiwikProǁ_send__mutmut_95(self, op: Operation, kwargs: dict[str, Any], retries: int) -> httpx.Response:
        limits, attempt = self._limits(kwargs, self._http.timeout), 0
        while True:
            start = time.perf_counter()
            try:
                response = await self._attempt(op, kwargs, limits, attempt)
            except PiwikProError as exc:  # the token request failed; no API request was sent
                delay = delay_after_error(self._policy, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise
            except HTTPX_ERRORS as exc:
                self._log(op, kwargs, None, start)
                delay = delay_after_exception(self._policy, op, exc, attempt, retries)
                limits, delay = budget(limits, delay, exc)
                if delay is None:
                    raise transport_error(exc, kwargs) from exc
            else:
                self._log(op, kwargs, response.status_code, start)
                delay = delay_after_response(self._policy, op, response, attempt, retries)
                limits, delay = budget(limits, delay, response)
                if delay is None:
                    return response
            await self._sleep(delay)
            attempt += 2

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut)
    def _iter_pages(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = None
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(None)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = None
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(None, params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, None, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, None)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(params, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, page_size)
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, )
        return self._pages(op, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(None, params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, None, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, None, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, None, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, None)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(params, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_16(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, offset, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_17(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, limit, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_18(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, request_options)

    def xǁAsyncPiwikProǁ_iter_pages__mutmut_19(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        offset, limit = first_window(pagination, params, page_size)
        return self._pages(op, params, offset, limit, )

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_pages__mutmut)
    async def _pages(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = None
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(None)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = None
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(None, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, None, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, None, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, None)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, )
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = None
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(None, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, None, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_16(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=None)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_17(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_18(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_19(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, )
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_20(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = None
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_21(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(None, offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_22(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, None, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_23(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, None)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_24(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(offset, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_25(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, limit)
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_26(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, )
            yield page
            walk.check_more(following)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_27(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(None)
            offset = following

    async def xǁAsyncPiwikProǁ_pages__mutmut_28(
        self,
        op: Operation,
        params: dict[str, Any],
        offset: int | None,
        limit: int,
        options: RequestOptions | None,
    ) -> AsyncIterator[Any]:
        walk = self._walk(op)
        while offset is not None:
            query = page_params(walk.pagination, params, offset, limit)
            page = await self._call(op, query, request_options=options)
            following = walk.following(page, offset, limit)
            yield page
            walk.check_more(following)
            offset = None

    @_mutmut_mutated(mutants_xǁAsyncPiwikProǁ_iter_items__mutmut)
    def _iter_items(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_orig(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_1(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = None
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_2(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(None)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_3(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = None
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_4(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(None, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_5(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, None, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_6(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=None, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_7(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=None)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_8(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_9(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_10(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_11(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, )
        return (item async for page in pages for item in page_items(pagination, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_12(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(None, page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_13(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, None))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_14(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(page))

    def xǁAsyncPiwikProǁ_iter_items__mutmut_15(
        self,
        op: Operation,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Any]:
        pagination = pagination_of(op)
        pages = self._iter_pages(op, params, page_size=page_size, request_options=request_options)
        return (item async for page in pages for item in page_items(pagination, ))

mutants_xǁAsyncPiwikProǁ__init____mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_16'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_17'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_18'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_19'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_20'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_21'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_22'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_23'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_24'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_25'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_26'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_27'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_28'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_29'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ__init____mutmut['xǁAsyncPiwikProǁ__init____mutmut_30'] = AsyncPiwikPro.xǁAsyncPiwikProǁ__init____mutmut_30 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁfrom_env__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁfrom_env__mutmut['xǁAsyncPiwikProǁfrom_env__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁfrom_env__mutmut_8 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_check_usable__mutmut['xǁAsyncPiwikProǁ_check_usable__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_check_usable__mutmut_12 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁauthenticate__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁauthenticate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁauthenticate__mutmut['xǁAsyncPiwikProǁauthenticate__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁauthenticate__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁauthenticate__mutmut['xǁAsyncPiwikProǁauthenticate__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁauthenticate__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁauthenticate__mutmut['xǁAsyncPiwikProǁauthenticate__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁauthenticate__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁauthenticate__mutmut['xǁAsyncPiwikProǁauthenticate__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁauthenticate__mutmut_4 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_send_token__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_16'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_17'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_18'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send_token__mutmut['xǁAsyncPiwikProǁ_send_token__mutmut_19'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send_token__mutmut_19 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_call__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_16'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_17'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_18'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_19'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_20'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_21'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_22'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_23'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_24'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_25'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_26'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_27'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_28'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_29'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_call__mutmut['xǁAsyncPiwikProǁ_call__mutmut_30'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_call__mutmut_30 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_attempt__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_16'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_17'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_18'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_19'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_20'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_21'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_22'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_attempt__mutmut['xǁAsyncPiwikProǁ_attempt__mutmut_23'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_attempt__mutmut_23 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_send__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_16'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_17'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_18'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_19'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_20'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_21'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_22'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_23'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_24'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_25'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_26'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_27'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_28'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_29'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_30'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_31'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_32'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_33'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_34'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_35'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_35 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_36'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_36 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_37'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_37 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_38'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_38 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_39'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_39 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_40'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_40 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_41'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_41 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_42'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_42 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_43'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_43 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_44'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_44 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_45'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_45 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_46'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_46 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_47'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_47 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_48'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_48 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_49'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_49 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_50'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_50 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_51'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_51 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_52'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_52 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_53'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_53 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_54'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_54 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_55'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_55 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_56'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_56 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_57'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_57 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_58'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_58 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_59'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_59 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_60'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_60 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_61'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_61 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_62'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_62 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_63'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_63 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_64'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_64 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_65'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_65 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_66'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_66 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_67'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_67 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_68'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_68 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_69'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_69 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_70'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_70 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_71'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_71 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_72'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_72 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_73'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_73 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_74'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_74 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_75'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_75 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_76'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_76 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_77'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_77 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_78'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_78 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_79'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_79 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_80'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_80 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_81'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_81 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_82'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_82 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_83'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_83 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_84'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_84 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_85'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_85 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_86'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_86 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_87'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_87 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_88'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_88 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_89'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_89 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_90'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_90 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_91'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_91 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_92'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_92 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_93'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_93 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_94'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_94 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_send__mutmut['xǁAsyncPiwikProǁ_send__mutmut_95'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_send__mutmut_95 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_16'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_17'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_18'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_pages__mutmut['xǁAsyncPiwikProǁ_iter_pages__mutmut_19'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_pages__mutmut_19 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_pages__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_16'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_17'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_18'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_19'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_20'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_21'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_22'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_23'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_24'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_25'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_26'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_27'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_pages__mutmut['xǁAsyncPiwikProǁ_pages__mutmut_28'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_pages__mutmut_28 # type: ignore # mutmut generated

mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['_mutmut_orig'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_1'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_2'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_3'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_4'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_5'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_6'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_7'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_8'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_9'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_10'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_11'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_12'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_13'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_14'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAsyncPiwikProǁ_iter_items__mutmut['xǁAsyncPiwikProǁ_iter_items__mutmut_15'] = AsyncPiwikPro.xǁAsyncPiwikProǁ_iter_items__mutmut_15 # type: ignore # mutmut generated
