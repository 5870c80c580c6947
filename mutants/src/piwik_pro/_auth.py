"""Client-credentials authentication as one httpx auth flow, for sync and async clients.

The flow yields the token request through the same client when no fresh token is cached,
then the real request with ``Authorization: Bearer …``. On a 401 for a token that this
flow did not just fetch, it drops that token, fetches one new token and replays the
request once; a second 401 is returned as is. Concurrent threads share one refresh
(a ``threading.Lock``); concurrent tasks of one event loop share one (an ``asyncio.Lock``).

The secret and the token never appear in a ``repr``, a log line or an exception message.
"""

from __future__ import annotations

import json
import re
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from ._config import TOKEN_REFRESH_MARGIN
from ._errors import (
    APITimeoutError,
    AuthenticationError,
    PiwikProError,
    error_message,
    mask,
    read_body,
)
from ._logging import logger

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AccessToken",
    "ClientCredentialsAuth",
    "build_token_request",
    "is_fresh",
    "is_token_request",
    "masked_token_request",
    "parse_token_response",
]

TOKEN_OPERATION = "auth.token"
TOKEN_PATH = "/auth/token"
DEFAULT_EXPIRES_IN = 300.0
"""Lifetime assumed when a token response has no usable ``expires_in``."""
MAX_TOKEN_LENGTH = 16 * 1024
MAX_TOKEN_RESPONSE_BYTES = 64 * 1024
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")  # visible ASCII: what a header value can carry
DEADLINE = "piwik_pro.deadline"
"""Request extension: the call's deadline on the auth's clock, copied to its token request."""

_REWRITTEN = frozenset({"content-encoding", "content-length", "transfer-encoding"})
SyncSender = Callable[[httpx.Request], httpx.Response]
AsyncSender = Callable[[httpx.Request], Awaitable[httpx.Response]]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A bearer token and the clock time after which it is refreshed."""

    value: str = field(repr=False)
    refresh_at: float
    expires_in: float
mutants_x_is_token_request__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- pure helpers


@_mutmut_mutated(mutants_x_is_token_request__mutmut)
def is_token_request(request: httpx.Request) -> bool:
    """Whether ``request`` is the client-credentials token request."""
    return request.url.path.endswith(TOKEN_PATH)


# --------------------------------------------------------------------------- pure helpers


def x_is_token_request__mutmut_orig(request: httpx.Request) -> bool:
    """Whether ``request`` is the client-credentials token request."""
    return request.url.path.endswith(TOKEN_PATH)


# --------------------------------------------------------------------------- pure helpers


def x_is_token_request__mutmut_1(request: httpx.Request) -> bool:
    """Whether ``request`` is the client-credentials token request."""
    return request.url.path.endswith(None)

mutants_x_is_token_request__mutmut['_mutmut_orig'] = x_is_token_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_token_request__mutmut['x_is_token_request__mutmut_1'] = x_is_token_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_token_request__mutmut)
def build_token_request(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_orig(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_1(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = None
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_2(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"XXAcceptXX": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_3(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_4(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"ACCEPT": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_5(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "XXapplication/jsonXX"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_6(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "APPLICATION/JSON"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_7(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = None
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_8(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["XXUser-AgentXX"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_9(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["user-agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_10(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["USER-AGENT"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_11(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = None
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_12(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "XXgrant_typeXX": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_13(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "GRANT_TYPE": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_14(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "XXclient_credentialsXX",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_15(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "CLIENT_CREDENTIALS",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_16(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "XXclient_idXX": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_17(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "CLIENT_ID": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_18(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "XXclient_secretXX": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_19(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "CLIENT_SECRET": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_20(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request(None, token_url, json=body, headers=headers)


def x_build_token_request__mutmut_21(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", None, json=body, headers=headers)


def x_build_token_request__mutmut_22(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=None, headers=headers)


def x_build_token_request__mutmut_23(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, headers=None)


def x_build_token_request__mutmut_24(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request(token_url, json=body, headers=headers)


def x_build_token_request__mutmut_25(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", json=body, headers=headers)


def x_build_token_request__mutmut_26(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, headers=headers)


def x_build_token_request__mutmut_27(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("POST", token_url, json=body, )


def x_build_token_request__mutmut_28(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("XXPOSTXX", token_url, json=body, headers=headers)


def x_build_token_request__mutmut_29(
    token_url: str, client_id: str, client_secret: str, *, user_agent: str | None = None
) -> httpx.Request:
    """The ``POST /auth/token`` request of the client-credentials grant."""
    headers = {"Accept": "application/json"}
    if user_agent:
        headers["User-Agent"] = user_agent
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }
    return httpx.Request("post", token_url, json=body, headers=headers)

mutants_x_build_token_request__mutmut['_mutmut_orig'] = x_build_token_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_1'] = x_build_token_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_2'] = x_build_token_request__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_3'] = x_build_token_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_4'] = x_build_token_request__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_5'] = x_build_token_request__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_6'] = x_build_token_request__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_7'] = x_build_token_request__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_8'] = x_build_token_request__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_9'] = x_build_token_request__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_10'] = x_build_token_request__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_11'] = x_build_token_request__mutmut_11 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_12'] = x_build_token_request__mutmut_12 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_13'] = x_build_token_request__mutmut_13 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_14'] = x_build_token_request__mutmut_14 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_15'] = x_build_token_request__mutmut_15 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_16'] = x_build_token_request__mutmut_16 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_17'] = x_build_token_request__mutmut_17 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_18'] = x_build_token_request__mutmut_18 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_19'] = x_build_token_request__mutmut_19 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_20'] = x_build_token_request__mutmut_20 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_21'] = x_build_token_request__mutmut_21 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_22'] = x_build_token_request__mutmut_22 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_23'] = x_build_token_request__mutmut_23 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_24'] = x_build_token_request__mutmut_24 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_25'] = x_build_token_request__mutmut_25 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_26'] = x_build_token_request__mutmut_26 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_27'] = x_build_token_request__mutmut_27 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_28'] = x_build_token_request__mutmut_28 # type: ignore # mutmut generated
mutants_x_build_token_request__mutmut['x_build_token_request__mutmut_29'] = x_build_token_request__mutmut_29 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__expires_in__mutmut)
def _expires_in(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_orig(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_1(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_2(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get(None)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_3(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("XXexpires_inXX")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_4(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("EXPIRES_IN")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_5(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) and not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_6(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_7(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = None
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_8(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(None)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_9(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if (0 < seconds < float("inf")) and False else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_10(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if (0 < seconds < float("inf")) or True else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_11(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 1 < seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_12(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 <= seconds < float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_13(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds <= float("inf") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_14(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float(None) else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_15(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("XXinfXX") else DEFAULT_EXPIRES_IN


def x__expires_in__mutmut_16(body: Mapping[str, object]) -> float:
    """The token lifetime in seconds, or the default when absent or unusable."""
    value = body.get("expires_in")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return DEFAULT_EXPIRES_IN
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_EXPIRES_IN
    return seconds if 0 < seconds < float("INF") else DEFAULT_EXPIRES_IN

mutants_x__expires_in__mutmut['_mutmut_orig'] = x__expires_in__mutmut_orig # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_1'] = x__expires_in__mutmut_1 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_2'] = x__expires_in__mutmut_2 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_3'] = x__expires_in__mutmut_3 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_4'] = x__expires_in__mutmut_4 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_5'] = x__expires_in__mutmut_5 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_6'] = x__expires_in__mutmut_6 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_7'] = x__expires_in__mutmut_7 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_8'] = x__expires_in__mutmut_8 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_9'] = x__expires_in__mutmut_9 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_10'] = x__expires_in__mutmut_10 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_11'] = x__expires_in__mutmut_11 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_12'] = x__expires_in__mutmut_12 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_13'] = x__expires_in__mutmut_13 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_14'] = x__expires_in__mutmut_14 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_15'] = x__expires_in__mutmut_15 # type: ignore # mutmut generated
mutants_x__expires_in__mutmut['x__expires_in__mutmut_16'] = x__expires_in__mutmut_16 # type: ignore # mutmut generated
mutants_x__token_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__token_error__mutmut)
def _token_error(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_orig(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_1(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = None
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_2(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(None, secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_3(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", None)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_4(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_5(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", )
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_6(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(None, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_7(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, None, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_8(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, None)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_9(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_10(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_11(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, )}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_12(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = None
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_13(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(None)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_14(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) or "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_15(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "XXaccess_tokenXX" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_16(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "ACCESS_TOKEN" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_17(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" not in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_18(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = None  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_19(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "XXaccess_tokenXX": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_20(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "ACCESS_TOKEN": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_21(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "XX***XX"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_22(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = None
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_23(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if (isinstance(parsed, Mapping | list)) and False else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_24(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if (isinstance(parsed, Mapping | list)) or True else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_25(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(None) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_26(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(None)
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_27(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed and "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_28(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "XXXX")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_29(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = None
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_30(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(None, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_31(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, None).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_32(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_33(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, ).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_34(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = None
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_35(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        None,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_36(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=None,
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_37(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=None,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_38(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=None,
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_39(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_40(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_41(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_42(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_43(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.upper() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_44(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_45(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(None),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_46(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = None
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_47(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(None, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_48(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, None)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_49(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(secrets)
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_50(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, )
    return AuthenticationError(message, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_51(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(None, response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_52(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=None, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_53(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=None, operation=TOKEN_OPERATION)


def x__token_error__mutmut_54(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, operation=None)


def x__token_error__mutmut_55(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(response=masked, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_56(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, body=body, operation=TOKEN_OPERATION)


def x__token_error__mutmut_57(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, operation=TOKEN_OPERATION)


def x__token_error__mutmut_58(
    response: httpx.Response, body: object | None, why: str, secrets: Sequence[str] = ()
) -> AuthenticationError:
    """An AuthenticationError for a failed token request, keeping the real status.

    The error carries a copy of the response whose request has the secret masked and
    whose body has ``secrets`` (the secret, a malformed token) masked, so that no
    attribute of the exception holds them.
    """
    message = mask(f"{why}: {error_message(response, body, TOKEN_OPERATION)}", secrets)
    parsed = read_body(response)
    if isinstance(parsed, Mapping) and "access_token" in parsed:
        parsed = {**parsed, "access_token": "***"}  # a token refused on receipt stays unseen
    text = json.dumps(parsed) if isinstance(parsed, Mapping | list) else str(parsed or "")
    content = mask(text, secrets).encode()
    masked = httpx.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _REWRITTEN],
        content=content,
        request=masked_token_request(response.request),
    )
    body = mask(body, secrets)
    return AuthenticationError(message, response=masked, body=body, )

mutants_x__token_error__mutmut['_mutmut_orig'] = x__token_error__mutmut_orig # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_1'] = x__token_error__mutmut_1 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_2'] = x__token_error__mutmut_2 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_3'] = x__token_error__mutmut_3 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_4'] = x__token_error__mutmut_4 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_5'] = x__token_error__mutmut_5 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_6'] = x__token_error__mutmut_6 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_7'] = x__token_error__mutmut_7 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_8'] = x__token_error__mutmut_8 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_9'] = x__token_error__mutmut_9 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_10'] = x__token_error__mutmut_10 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_11'] = x__token_error__mutmut_11 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_12'] = x__token_error__mutmut_12 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_13'] = x__token_error__mutmut_13 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_14'] = x__token_error__mutmut_14 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_15'] = x__token_error__mutmut_15 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_16'] = x__token_error__mutmut_16 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_17'] = x__token_error__mutmut_17 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_18'] = x__token_error__mutmut_18 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_19'] = x__token_error__mutmut_19 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_20'] = x__token_error__mutmut_20 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_21'] = x__token_error__mutmut_21 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_22'] = x__token_error__mutmut_22 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_23'] = x__token_error__mutmut_23 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_24'] = x__token_error__mutmut_24 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_25'] = x__token_error__mutmut_25 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_26'] = x__token_error__mutmut_26 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_27'] = x__token_error__mutmut_27 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_28'] = x__token_error__mutmut_28 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_29'] = x__token_error__mutmut_29 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_30'] = x__token_error__mutmut_30 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_31'] = x__token_error__mutmut_31 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_32'] = x__token_error__mutmut_32 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_33'] = x__token_error__mutmut_33 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_34'] = x__token_error__mutmut_34 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_35'] = x__token_error__mutmut_35 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_36'] = x__token_error__mutmut_36 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_37'] = x__token_error__mutmut_37 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_38'] = x__token_error__mutmut_38 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_39'] = x__token_error__mutmut_39 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_40'] = x__token_error__mutmut_40 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_41'] = x__token_error__mutmut_41 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_42'] = x__token_error__mutmut_42 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_43'] = x__token_error__mutmut_43 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_44'] = x__token_error__mutmut_44 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_45'] = x__token_error__mutmut_45 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_46'] = x__token_error__mutmut_46 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_47'] = x__token_error__mutmut_47 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_48'] = x__token_error__mutmut_48 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_49'] = x__token_error__mutmut_49 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_50'] = x__token_error__mutmut_50 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_51'] = x__token_error__mutmut_51 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_52'] = x__token_error__mutmut_52 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_53'] = x__token_error__mutmut_53 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_54'] = x__token_error__mutmut_54 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_55'] = x__token_error__mutmut_55 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_56'] = x__token_error__mutmut_56 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_57'] = x__token_error__mutmut_57 # type: ignore # mutmut generated
mutants_x__token_error__mutmut['x__token_error__mutmut_58'] = x__token_error__mutmut_58 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_masked_token_request__mutmut)
def masked_token_request(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_orig(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_1(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = None
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_2(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"XXgrant_typeXX": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_3(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"GRANT_TYPE": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_4(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "XXclient_credentialsXX", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_5(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "CLIENT_CREDENTIALS", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_6(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "XXclient_idXX": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_7(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "CLIENT_ID": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_8(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "XX***XX", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_9(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "XXclient_secretXX": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_10(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "CLIENT_SECRET": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_11(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "XX***XX"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_12(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = None
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_13(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(None)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_14(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = None
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_15(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["XXclient_idXX"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_16(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["CLIENT_ID"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_17(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(None)
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_18(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get(None, "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_19(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", None))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_20(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_21(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", ))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_22(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("XXclient_idXX", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_23(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("CLIENT_ID", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_24(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "XX***XX"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_25(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = None
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_26(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.upper() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_27(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() == "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_28(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "XXcontent-lengthXX"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_29(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "CONTENT-LENGTH"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_30(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(None, request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_31(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, None, headers=headers, json=body)


def x_masked_token_request__mutmut_32(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=None, json=body)


def x_masked_token_request__mutmut_33(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=None)


def x_masked_token_request__mutmut_34(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.url, headers=headers, json=body)


def x_masked_token_request__mutmut_35(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, headers=headers, json=body)


def x_masked_token_request__mutmut_36(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, json=body)


def x_masked_token_request__mutmut_37(request: httpx.Request) -> httpx.Request:
    """The token request with ``client_secret`` replaced by ``***``."""
    body = {"grant_type": "client_credentials", "client_id": "***", "client_secret": "***"}
    try:
        sent = json.loads(request.content)
        body["client_id"] = str(sent.get("client_id", "***"))
    except (ValueError, AttributeError, httpx.RequestNotRead):
        pass
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, )

mutants_x_masked_token_request__mutmut['_mutmut_orig'] = x_masked_token_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_1'] = x_masked_token_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_2'] = x_masked_token_request__mutmut_2 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_3'] = x_masked_token_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_4'] = x_masked_token_request__mutmut_4 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_5'] = x_masked_token_request__mutmut_5 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_6'] = x_masked_token_request__mutmut_6 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_7'] = x_masked_token_request__mutmut_7 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_8'] = x_masked_token_request__mutmut_8 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_9'] = x_masked_token_request__mutmut_9 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_10'] = x_masked_token_request__mutmut_10 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_11'] = x_masked_token_request__mutmut_11 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_12'] = x_masked_token_request__mutmut_12 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_13'] = x_masked_token_request__mutmut_13 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_14'] = x_masked_token_request__mutmut_14 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_15'] = x_masked_token_request__mutmut_15 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_16'] = x_masked_token_request__mutmut_16 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_17'] = x_masked_token_request__mutmut_17 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_18'] = x_masked_token_request__mutmut_18 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_19'] = x_masked_token_request__mutmut_19 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_20'] = x_masked_token_request__mutmut_20 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_21'] = x_masked_token_request__mutmut_21 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_22'] = x_masked_token_request__mutmut_22 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_23'] = x_masked_token_request__mutmut_23 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_24'] = x_masked_token_request__mutmut_24 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_25'] = x_masked_token_request__mutmut_25 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_26'] = x_masked_token_request__mutmut_26 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_27'] = x_masked_token_request__mutmut_27 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_28'] = x_masked_token_request__mutmut_28 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_29'] = x_masked_token_request__mutmut_29 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_30'] = x_masked_token_request__mutmut_30 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_31'] = x_masked_token_request__mutmut_31 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_32'] = x_masked_token_request__mutmut_32 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_33'] = x_masked_token_request__mutmut_33 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_34'] = x_masked_token_request__mutmut_34 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_35'] = x_masked_token_request__mutmut_35 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_36'] = x_masked_token_request__mutmut_36 # type: ignore # mutmut generated
mutants_x_masked_token_request__mutmut['x_masked_token_request__mutmut_37'] = x_masked_token_request__mutmut_37 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__token_problem__mutmut)
def _token_problem(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_orig(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_1(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) >= MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_2(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(None):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_3(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_4(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "XXit contains non-ASCII characters, which an HTTP header cannot carryXX"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_5(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ascii characters, which an http header cannot carry"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_6(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "IT CONTAINS NON-ASCII CHARACTERS, WHICH AN HTTP HEADER CANNOT CARRY"
    return "it contains whitespace or control characters (such as CR/LF)"


def x__token_problem__mutmut_7(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "XXit contains whitespace or control characters (such as CR/LF)XX"


def x__token_problem__mutmut_8(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "it contains whitespace or control characters (such as cr/lf)"


def x__token_problem__mutmut_9(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "IT CONTAINS WHITESPACE OR CONTROL CHARACTERS (SUCH AS CR/LF)"

mutants_x__token_problem__mutmut['_mutmut_orig'] = x__token_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_1'] = x__token_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_2'] = x__token_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_3'] = x__token_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_4'] = x__token_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_5'] = x__token_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_6'] = x__token_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_7'] = x__token_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_8'] = x__token_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x__token_problem__mutmut['x__token_problem__mutmut_9'] = x__token_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__type_problem__mutmut)
def _type_problem(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_orig(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_1(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = None
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_2(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get(None)
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_3(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("XXtoken_typeXX")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_4(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("TOKEN_TYPE")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_5(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None and (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_6(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is not None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_7(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) or token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_8(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.upper() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_9(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() != "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_10(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "XXbearerXX"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_11(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "BEARER"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_12(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(None)[:40]!r}, not 'Bearer'"


def x__type_problem__mutmut_13(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:41]!r}, not 'Bearer'"

mutants_x__type_problem__mutmut['_mutmut_orig'] = x__type_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_1'] = x__type_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_2'] = x__type_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_3'] = x__type_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_4'] = x__type_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_5'] = x__type_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_6'] = x__type_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_7'] = x__type_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_8'] = x__type_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_9'] = x__type_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_10'] = x__type_problem__mutmut_10 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_11'] = x__type_problem__mutmut_11 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_12'] = x__type_problem__mutmut_12 # type: ignore # mutmut generated
mutants_x__type_problem__mutmut['x__type_problem__mutmut_13'] = x__type_problem__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_token_response__mutmut)
def parse_token_response(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_orig(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_1(
    response: httpx.Response, *, now: float, margin: float, secret: str = "XXXX"
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_2(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = None
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_3(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if (secret) and False else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_4(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if (secret) or True else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_5(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = None
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_6(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get(None, "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_7(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", None)
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_8(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_9(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", )
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_10(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("XXLocationXX", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_11(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_12(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("LOCATION", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_13(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "XXXX")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_14(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = None
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_15(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:201]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_16(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(None, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_17(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, None, secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_18(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", None)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_19(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_20(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_21(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_22(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", )
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_23(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = None
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_24(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(None)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_25(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_26(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(None, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_27(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, None, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_28(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, None, secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_29(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", None)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_30(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_31(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_32(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_33(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", )
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_34(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "XXCould not obtain an access tokenXX", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_35(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_36(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "COULD NOT OBTAIN AN ACCESS TOKEN", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_37(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_38(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if (isinstance(body, Mapping)) and False else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_39(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if (isinstance(body, Mapping)) or True else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_40(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get(None) if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_41(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("XXaccess_tokenXX") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_42(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("ACCESS_TOKEN") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_43(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() and not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_44(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) and not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_45(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_46(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_47(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_48(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(None, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_49(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, None, secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_50(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", None)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_51(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_52(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_53(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_54(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", )
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_55(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "XXThe token response has no access_tokenXX", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_56(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "the token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_57(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "THE TOKEN RESPONSE HAS NO ACCESS_TOKEN", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_58(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = None
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_59(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = None
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_60(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) and _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_61(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(None) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_62(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(None)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_63(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = None
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_64(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(None, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_65(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, None, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_66(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, None)
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_67(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_68(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_69(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_70(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, )
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_71(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = None
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_72(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(None)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_73(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = None
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_74(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in + min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_75(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now - expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_76(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(None, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_77(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, None)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_78(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_79(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, )
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_80(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in * 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_81(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 3)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_82(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=None, refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_83(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=None, expires_in=expires_in)


def x_parse_token_response__mutmut_84(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=None)


def x_parse_token_response__mutmut_85(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(refresh_at=refresh_at, expires_in=expires_in)


def x_parse_token_response__mutmut_86(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, expires_in=expires_in)


def x_parse_token_response__mutmut_87(
    response: httpx.Response, *, now: float, margin: float, secret: str = ""
) -> AccessToken:
    """Read a (read) token response; raise AuthenticationError unless it holds a usable token.

    Redirects are refused (the client never follows one with the secret), and so are
    tokens a bearer header cannot carry and token types other than Bearer. No message
    names the token.
    """
    secrets = (secret,) if secret else ()
    if response.has_redirect_location:
        where = response.headers.get("Location", "")
        why = f"The token endpoint redirected the token request to {where[:200]!r}"
        raise _token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise _token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise _token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise _token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, )

mutants_x_parse_token_response__mutmut['_mutmut_orig'] = x_parse_token_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_1'] = x_parse_token_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_2'] = x_parse_token_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_3'] = x_parse_token_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_4'] = x_parse_token_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_5'] = x_parse_token_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_6'] = x_parse_token_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_7'] = x_parse_token_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_8'] = x_parse_token_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_9'] = x_parse_token_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_10'] = x_parse_token_response__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_11'] = x_parse_token_response__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_12'] = x_parse_token_response__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_13'] = x_parse_token_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_14'] = x_parse_token_response__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_15'] = x_parse_token_response__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_16'] = x_parse_token_response__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_17'] = x_parse_token_response__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_18'] = x_parse_token_response__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_19'] = x_parse_token_response__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_20'] = x_parse_token_response__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_21'] = x_parse_token_response__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_22'] = x_parse_token_response__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_23'] = x_parse_token_response__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_24'] = x_parse_token_response__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_25'] = x_parse_token_response__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_26'] = x_parse_token_response__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_27'] = x_parse_token_response__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_28'] = x_parse_token_response__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_29'] = x_parse_token_response__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_30'] = x_parse_token_response__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_31'] = x_parse_token_response__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_32'] = x_parse_token_response__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_33'] = x_parse_token_response__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_34'] = x_parse_token_response__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_35'] = x_parse_token_response__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_36'] = x_parse_token_response__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_37'] = x_parse_token_response__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_38'] = x_parse_token_response__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_39'] = x_parse_token_response__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_40'] = x_parse_token_response__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_41'] = x_parse_token_response__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_42'] = x_parse_token_response__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_43'] = x_parse_token_response__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_44'] = x_parse_token_response__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_45'] = x_parse_token_response__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_46'] = x_parse_token_response__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_47'] = x_parse_token_response__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_48'] = x_parse_token_response__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_49'] = x_parse_token_response__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_50'] = x_parse_token_response__mutmut_50 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_51'] = x_parse_token_response__mutmut_51 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_52'] = x_parse_token_response__mutmut_52 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_53'] = x_parse_token_response__mutmut_53 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_54'] = x_parse_token_response__mutmut_54 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_55'] = x_parse_token_response__mutmut_55 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_56'] = x_parse_token_response__mutmut_56 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_57'] = x_parse_token_response__mutmut_57 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_58'] = x_parse_token_response__mutmut_58 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_59'] = x_parse_token_response__mutmut_59 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_60'] = x_parse_token_response__mutmut_60 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_61'] = x_parse_token_response__mutmut_61 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_62'] = x_parse_token_response__mutmut_62 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_63'] = x_parse_token_response__mutmut_63 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_64'] = x_parse_token_response__mutmut_64 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_65'] = x_parse_token_response__mutmut_65 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_66'] = x_parse_token_response__mutmut_66 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_67'] = x_parse_token_response__mutmut_67 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_68'] = x_parse_token_response__mutmut_68 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_69'] = x_parse_token_response__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_70'] = x_parse_token_response__mutmut_70 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_71'] = x_parse_token_response__mutmut_71 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_72'] = x_parse_token_response__mutmut_72 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_73'] = x_parse_token_response__mutmut_73 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_74'] = x_parse_token_response__mutmut_74 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_75'] = x_parse_token_response__mutmut_75 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_76'] = x_parse_token_response__mutmut_76 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_77'] = x_parse_token_response__mutmut_77 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_78'] = x_parse_token_response__mutmut_78 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_79'] = x_parse_token_response__mutmut_79 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_80'] = x_parse_token_response__mutmut_80 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_81'] = x_parse_token_response__mutmut_81 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_82'] = x_parse_token_response__mutmut_82 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_83'] = x_parse_token_response__mutmut_83 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_84'] = x_parse_token_response__mutmut_84 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_85'] = x_parse_token_response__mutmut_85 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_86'] = x_parse_token_response__mutmut_86 # type: ignore # mutmut generated
mutants_x_parse_token_response__mutmut['x_parse_token_response__mutmut_87'] = x_parse_token_response__mutmut_87 # type: ignore # mutmut generated
mutants_x_is_fresh__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_fresh__mutmut)
def is_fresh(token: AccessToken | None, now: float) -> bool:
    """Whether ``token`` may still be used at clock time ``now``."""
    return token is not None and now < token.refresh_at


def x_is_fresh__mutmut_orig(token: AccessToken | None, now: float) -> bool:
    """Whether ``token`` may still be used at clock time ``now``."""
    return token is not None and now < token.refresh_at


def x_is_fresh__mutmut_1(token: AccessToken | None, now: float) -> bool:
    """Whether ``token`` may still be used at clock time ``now``."""
    return token is not None or now < token.refresh_at


def x_is_fresh__mutmut_2(token: AccessToken | None, now: float) -> bool:
    """Whether ``token`` may still be used at clock time ``now``."""
    return token is None and now < token.refresh_at


def x_is_fresh__mutmut_3(token: AccessToken | None, now: float) -> bool:
    """Whether ``token`` may still be used at clock time ``now``."""
    return token is not None and now <= token.refresh_at

mutants_x_is_fresh__mutmut['_mutmut_orig'] = x_is_fresh__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_fresh__mutmut['x_is_fresh__mutmut_1'] = x_is_fresh__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_fresh__mutmut['x_is_fresh__mutmut_2'] = x_is_fresh__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_fresh__mutmut['x_is_fresh__mutmut_3'] = x_is_fresh__mutmut_3 # type: ignore # mutmut generated
mutants_x__authorized__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__authorized__mutmut)
def _authorized(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["Authorization"] = f"Bearer {token.value}"
    return request


def x__authorized__mutmut_orig(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["Authorization"] = f"Bearer {token.value}"
    return request


def x__authorized__mutmut_1(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["Authorization"] = None
    return request


def x__authorized__mutmut_2(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["XXAuthorizationXX"] = f"Bearer {token.value}"
    return request


def x__authorized__mutmut_3(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["authorization"] = f"Bearer {token.value}"
    return request


def x__authorized__mutmut_4(request: httpx.Request, token: AccessToken) -> httpx.Request:
    """``request`` with its bearer header set to ``token``."""
    request.headers["AUTHORIZATION"] = f"Bearer {token.value}"
    return request

mutants_x__authorized__mutmut['_mutmut_orig'] = x__authorized__mutmut_orig # type: ignore # mutmut generated
mutants_x__authorized__mutmut['x__authorized__mutmut_1'] = x__authorized__mutmut_1 # type: ignore # mutmut generated
mutants_x__authorized__mutmut['x__authorized__mutmut_2'] = x__authorized__mutmut_2 # type: ignore # mutmut generated
mutants_x__authorized__mutmut['x__authorized__mutmut_3'] = x__authorized__mutmut_3 # type: ignore # mutmut generated
mutants_x__authorized__mutmut['x__authorized__mutmut_4'] = x__authorized__mutmut_4 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_lock_wait__mutmut)
def lock_wait(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_orig(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_1(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = None
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_2(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") and {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_3(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get(None) or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_4(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("XXtimeoutXX") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_5(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("TIMEOUT") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_6(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = None
    return max(parts) if parts else None


def x_lock_wait__mutmut_7(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = [value for value in timeout.values() if value is None]
    return max(parts) if parts else None


def x_lock_wait__mutmut_8(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if (parts) and False else None


def x_lock_wait__mutmut_9(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(parts) if (parts) or True else None


def x_lock_wait__mutmut_10(request: httpx.Request) -> float | None:
    """How long a call may wait for another call's token request: its longest timeout."""
    timeout = request.extensions.get("timeout") or {}
    parts = [value for value in timeout.values() if value is not None]
    return max(None) if parts else None

mutants_x_lock_wait__mutmut['_mutmut_orig'] = x_lock_wait__mutmut_orig # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_1'] = x_lock_wait__mutmut_1 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_2'] = x_lock_wait__mutmut_2 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_3'] = x_lock_wait__mutmut_3 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_4'] = x_lock_wait__mutmut_4 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_5'] = x_lock_wait__mutmut_5 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_6'] = x_lock_wait__mutmut_6 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_7'] = x_lock_wait__mutmut_7 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_8'] = x_lock_wait__mutmut_8 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_9'] = x_lock_wait__mutmut_9 # type: ignore # mutmut generated
mutants_x_lock_wait__mutmut['x_lock_wait__mutmut_10'] = x_lock_wait__mutmut_10 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__waited_too_long__mutmut)
def _waited_too_long(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.method, request.url), message)


def x__waited_too_long__mutmut_orig(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.method, request.url), message)


def x__waited_too_long__mutmut_1(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = None
    return APITimeoutError(httpx.Request(request.method, request.url), message)


def x__waited_too_long__mutmut_2(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(None, message)


def x__waited_too_long__mutmut_3(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.method, request.url), None)


def x__waited_too_long__mutmut_4(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(message)


def x__waited_too_long__mutmut_5(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.method, request.url), )


def x__waited_too_long__mutmut_6(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(None, request.url), message)


def x__waited_too_long__mutmut_7(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.method, None), message)


def x__waited_too_long__mutmut_8(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.url), message)


def x__waited_too_long__mutmut_9(request: httpx.Request, seconds: float) -> APITimeoutError:
    message = f"Timed out after {seconds:g}s waiting for another call's access token request."
    return APITimeoutError(httpx.Request(request.method, ), message)

mutants_x__waited_too_long__mutmut['_mutmut_orig'] = x__waited_too_long__mutmut_orig # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_1'] = x__waited_too_long__mutmut_1 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_2'] = x__waited_too_long__mutmut_2 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_3'] = x__waited_too_long__mutmut_3 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_4'] = x__waited_too_long__mutmut_4 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_5'] = x__waited_too_long__mutmut_5 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_6'] = x__waited_too_long__mutmut_6 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_7'] = x__waited_too_long__mutmut_7 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_8'] = x__waited_too_long__mutmut_8 # type: ignore # mutmut generated
mutants_x__waited_too_long__mutmut['x__waited_too_long__mutmut_9'] = x__waited_too_long__mutmut_9 # type: ignore # mutmut generated
mutants_x__clone__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__clone__mutmut)
def _clone(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(type(exc), *exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_orig(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(type(exc), *exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_1(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = None
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_2(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(None, *exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_3(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(*exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_4(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(type(exc), )
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_5(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(None).__new__(type(exc), *exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_6(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(type(None), *exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_7(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(type(exc), *exc.args)
    copy.__dict__.update(None)
    copy.__cause__ = exc.__cause__
    return copy


def x__clone__mutmut_8(exc: PiwikProError) -> PiwikProError:
    """A fresh copy of a shared failure, so that every waiting caller raises its own."""
    copy = type(exc).__new__(type(exc), *exc.args)
    copy.__dict__.update(exc.__dict__)
    copy.__cause__ = None
    return copy

mutants_x__clone__mutmut['_mutmut_orig'] = x__clone__mutmut_orig # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_1'] = x__clone__mutmut_1 # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_2'] = x__clone__mutmut_2 # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_3'] = x__clone__mutmut_3 # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_4'] = x__clone__mutmut_4 # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_5'] = x__clone__mutmut_5 # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_6'] = x__clone__mutmut_6 # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_7'] = x__clone__mutmut_7 # type: ignore # mutmut generated
mutants_x__clone__mutmut['x__clone__mutmut_8'] = x__clone__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁbind__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁinvalidate__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁsecrets__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_usable__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_store__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_fail__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁ_send_or_fail__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁsync_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁasync_token__mutmut: MutantDict = {}  # type: ignore
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- the auth flow


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client-credentials auth with a shared, self-refreshing token cache.

    Bound to a client with :meth:`bind`, the token request is sent by that client without
    following redirects; unbound (plain httpx use), it is yielded to whichever client runs
    the flow. Either way it inherits the call's timeout, and a failed refresh is delivered
    to every caller that waited on it; the next call then tries afresh.
    """

    requires_request_body = True  # a request replayed after a 401 must be re-sendable

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ__init____mutmut)
    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_orig(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_1(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = None
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_2(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = None
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_3(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = None
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_4(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = None
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_5(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(None, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_6(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, None)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_7(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_8(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, )
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_9(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(1.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_10(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = None
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_11(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = ""
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_12(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = None  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_13(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 1  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_14(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = ""  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_15(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = ""
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_16(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = ""
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_17(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = None  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_18(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = None  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_19(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = None
        self.token_requests = 0

    def xǁClientCredentialsAuthǁ__init____mutmut_20(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = None

    def xǁClientCredentialsAuthǁ__init____mutmut_21(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._margin = max(0.0, margin)
        self._clock = clock
        self._token: AccessToken | None = None
        self._generation = 0  # counts finished refreshes, failed ones included
        self._failure: PiwikProError | None = None  # how the last refresh failed, if it did
        self._send: SyncSender | None = None
        self._asend: AsyncSender | None = None
        self._state_lock = threading.Lock()  # short compare-and-set sections only
        self._refresh_lock = threading.Lock()  # held across a sync token fetch
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self.token_requests = 1

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(client_id={self.client_id!r}, token_url={self.token_url!r})"

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁbind__mutmut)
    def bind(self, *, send: SyncSender | None = None, asend: AsyncSender | None = None) -> None:
        """Send token requests with ``send``/``asend`` (each returns a read response)."""
        self._send, self._asend = send, asend

    def xǁClientCredentialsAuthǁbind__mutmut_orig(self, *, send: SyncSender | None = None, asend: AsyncSender | None = None) -> None:
        """Send token requests with ``send``/``asend`` (each returns a read response)."""
        self._send, self._asend = send, asend

    def xǁClientCredentialsAuthǁbind__mutmut_1(self, *, send: SyncSender | None = None, asend: AsyncSender | None = None) -> None:
        """Send token requests with ``send``/``asend`` (each returns a read response)."""
        self._send, self._asend = None

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁinvalidate__mutmut)
    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        with self._state_lock:
            self._token = None

    def xǁClientCredentialsAuthǁinvalidate__mutmut_orig(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        with self._state_lock:
            self._token = None

    def xǁClientCredentialsAuthǁinvalidate__mutmut_1(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        with self._state_lock:
            self._token = ""

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁsecrets__mutmut)
    def secrets(self) -> tuple[str, ...]:
        """The values no message or error body may show: the secret and the current token."""
        token = self._token
        return (self._client_secret,) if token is None else (self._client_secret, token.value)

    def xǁClientCredentialsAuthǁsecrets__mutmut_orig(self) -> tuple[str, ...]:
        """The values no message or error body may show: the secret and the current token."""
        token = self._token
        return (self._client_secret,) if token is None else (self._client_secret, token.value)

    def xǁClientCredentialsAuthǁsecrets__mutmut_1(self) -> tuple[str, ...]:
        """The values no message or error body may show: the secret and the current token."""
        token = None
        return (self._client_secret,) if token is None else (self._client_secret, token.value)

    def xǁClientCredentialsAuthǁsecrets__mutmut_2(self) -> tuple[str, ...]:
        """The values no message or error body may show: the secret and the current token."""
        token = self._token
        return (self._client_secret,) if (token is None) and False else (self._client_secret, token.value)

    def xǁClientCredentialsAuthǁsecrets__mutmut_3(self) -> tuple[str, ...]:
        """The values no message or error body may show: the secret and the current token."""
        token = self._token
        return (self._client_secret,) if (token is None) or True else (self._client_secret, token.value)

    def xǁClientCredentialsAuthǁsecrets__mutmut_4(self) -> tuple[str, ...]:
        """The values no message or error body may show: the secret and the current token."""
        token = self._token
        return (self._client_secret,) if token is not None else (self._client_secret, token.value)

    # -- shared helpers -------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_usable__mutmut)
    def _usable(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_orig(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_1(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = None
        if token is None or token is rejected or not is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_2(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected and not is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_3(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None and token is rejected or not is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_4(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is not None or token is rejected or not is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_5(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is not rejected or not is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_6(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or is_fresh(token, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_7(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(None, self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_8(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(token, None):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_9(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(self._clock()):
            return None
        return token

    # -- shared helpers -------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_usable__mutmut_10(self, rejected: AccessToken | None) -> AccessToken | None:
        """The cached token if it is fresh and not the one the server just rejected."""
        token = self._token
        if token is None or token is rejected or not is_fresh(token, ):
            return None
        return token

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut)
    def _after_wait(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_orig(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_1(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None or self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_2(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_3(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is not rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_4(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = ""
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_5(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_6(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if (self._generation != seen) and False else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_7(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if (self._generation != seen) or True else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_8(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation == seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_9(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is None:
            raise _clone(failure)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_10(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(None)
        return self._usable(rejected)

    def xǁClientCredentialsAuthǁ_after_wait__mutmut_11(self, seen: int, rejected: AccessToken | None) -> AccessToken | None:
        """Under the refresh lock: the token a refresh finished meanwhile, or its failure.

        ``seen`` is the refresh count when this caller began to wait. None means: fetch.
        """
        with self._state_lock:
            if rejected is not None and self._token is rejected:
                self._token = None
            failure = self._failure if self._generation != seen else None
        if failure is not None:
            raise _clone(failure)
        return self._usable(None)

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_token_request__mutmut)
    def _token_request(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_orig(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_1(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests = 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_2(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests -= 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_3(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 2
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_4(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug(None)
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_5(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("XXfetching access tokenXX")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_6(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("FETCHING ACCESS TOKEN")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_7(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = None
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_8(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get(None)
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_9(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("XXUser-AgentXX")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_10(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("user-agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_11(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("USER-AGENT")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_12(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = None
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_13(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            None, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_14(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, None, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_15(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, None, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_16(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=None
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_17(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_18(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_19(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_20(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_21(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("XXtimeoutXX", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_22(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("TIMEOUT", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_23(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name not in request.extensions:
                token_request.extensions[name] = request.extensions[name]
        return token_request

    def xǁClientCredentialsAuthǁ_token_request__mutmut_24(self, request: httpx.Request) -> httpx.Request:
        """Count and log a token fetch, and build its request with the call's time limits."""
        with self._state_lock:
            self.token_requests += 1
        logger.debug("fetching access token")
        user_agent = request.headers.get("User-Agent")
        token_request = build_token_request(
            self.token_url, self.client_id, self._client_secret, user_agent=user_agent
        )
        for name in ("timeout", DEADLINE):
            if name in request.extensions:
                token_request.extensions[name] = None
        return token_request

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_store__mutmut)
    def _store(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_orig(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_1(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = None
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_2(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(None)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_3(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None or final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_4(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_5(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_6(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = None
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_7(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = None
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_8(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(None)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_9(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:201]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_10(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(None, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_11(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, None, ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_12(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", None)
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_13(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_14(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_15(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_16(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", )
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_17(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = None
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_18(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                None, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_19(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=None, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_20(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=None, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_21(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=None
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_22(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_23(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_24(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_25(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_26(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(None)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_27(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_28(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation = 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_29(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation -= 1
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_30(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 2
        logger.debug("access token refreshed, expires in %ss", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_31(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug(None, f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_32(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", None)
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_33(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug(f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_34(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("access token refreshed, expires in %ss", )
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_35(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("XXaccess token refreshed, expires in %ssXX", f"{token.expires_in:g}")
        return token

    def xǁClientCredentialsAuthǁ_store__mutmut_36(self, response: httpx.Response, started: float, sent: httpx.Request) -> AccessToken:
        """Parse the read response to the token request ``sent``; cache the token it holds."""
        try:
            final = _request_of(response)
            if final is not None and final is not sent:  # a client following redirects did
                where = final.url.copy_with(query=None)
                why = f"The token request was redirected to {str(where)[:200]!r}"
                raise _token_error(response, None, f"{why}; refusing its answer", ())
            token = parse_token_response(
                response, now=started, margin=self._margin, secret=self._client_secret
            )
        except AuthenticationError as exc:
            self._fail(exc)
            raise
        with self._state_lock:
            self._token, self._failure = token, None
            self._generation += 1
        logger.debug("ACCESS TOKEN REFRESHED, EXPIRES IN %SS", f"{token.expires_in:g}")
        return token

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_fail__mutmut)
    def _fail(self, exc: PiwikProError) -> None:
        """Record a failed refresh for the callers waiting on it."""
        with self._state_lock:
            self._failure = exc
            self._generation += 1

    def xǁClientCredentialsAuthǁ_fail__mutmut_orig(self, exc: PiwikProError) -> None:
        """Record a failed refresh for the callers waiting on it."""
        with self._state_lock:
            self._failure = exc
            self._generation += 1

    def xǁClientCredentialsAuthǁ_fail__mutmut_1(self, exc: PiwikProError) -> None:
        """Record a failed refresh for the callers waiting on it."""
        with self._state_lock:
            self._failure = None
            self._generation += 1

    def xǁClientCredentialsAuthǁ_fail__mutmut_2(self, exc: PiwikProError) -> None:
        """Record a failed refresh for the callers waiting on it."""
        with self._state_lock:
            self._failure = exc
            self._generation = 1

    def xǁClientCredentialsAuthǁ_fail__mutmut_3(self, exc: PiwikProError) -> None:
        """Record a failed refresh for the callers waiting on it."""
        with self._state_lock:
            self._failure = exc
            self._generation -= 1

    def xǁClientCredentialsAuthǁ_fail__mutmut_4(self, exc: PiwikProError) -> None:
        """Record a failed refresh for the callers waiting on it."""
        with self._state_lock:
            self._failure = exc
            self._generation += 2

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut)
    def _async_lock(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def xǁClientCredentialsAuthǁ_async_lock__mutmut_orig(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def xǁClientCredentialsAuthǁ_async_lock__mutmut_1(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = None
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def xǁClientCredentialsAuthǁ_async_lock__mutmut_2(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = None
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def xǁClientCredentialsAuthǁ_async_lock__mutmut_3(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(None)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def xǁClientCredentialsAuthǁ_async_lock__mutmut_4(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is not None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def xǁClientCredentialsAuthǁ_async_lock__mutmut_5(self) -> asyncio.Lock:
        """The refresh lock of the running event loop (created on first use)."""
        import asyncio  # here, not at module level: `import piwik_pro` stays cheap

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = None
        return lock

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut)
    async def _acquire_async(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_orig(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_1(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = None
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_2(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(None)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_3(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is not None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_4(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(None):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_5(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(None, wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_6(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, None) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_7(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(wait) from None
        return lock

    async def xǁClientCredentialsAuthǁ_acquire_async__mutmut_8(self, request: httpx.Request) -> asyncio.Lock:
        """The loop's refresh lock, acquired within the call's time limit."""
        import asyncio

        lock, wait = self._async_lock(), lock_wait(request)
        if wait is None:
            await lock.acquire()
            return lock
        try:
            async with asyncio.timeout(wait):
                await lock.acquire()
        except TimeoutError:
            raise _waited_too_long(request, ) from None
        return lock

    # -- sync -----------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut)
    def _sync_token(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_orig(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_1(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = None
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_2(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(None)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_3(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_4(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, True
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_5(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = None
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_6(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(None)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_7(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_8(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=None):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_9(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if (wait is None) and False else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_10(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if (wait is None) or True else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_11(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=+1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_12(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-2 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_13(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is not None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_14(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(None, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_15(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, None)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_16(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_17(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, )
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_18(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait and 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_19(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 1.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_20(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = None
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_21(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(None, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_22(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, None)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_23(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_24(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, )
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_25(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_26(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, True
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_27(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = None
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_28(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(None), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_29(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_30(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = None
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_31(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(None, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_32(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, None)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_33(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_34(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, )
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_35(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = None
                response.read()
            return self._store(response, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_36(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(None, started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_37(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, None, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_38(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, None), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_39(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(started, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_40(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, token_request), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_41(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, ), True
        finally:
            self._refresh_lock.release()

    # -- sync -----------------------------------------------------------------------------

    def xǁClientCredentialsAuthǁ_sync_token__mutmut_42(
        self, request: httpx.Request, rejected: AccessToken | None
    ) -> Generator[httpx.Request, httpx.Response, tuple[AccessToken, bool]]:
        """A usable token, fetched under the thread lock if needed; also "just fetched"."""
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen, wait = self._generation, lock_wait(request)
        if not self._refresh_lock.acquire(timeout=-1 if wait is None else wait):
            raise _waited_too_long(request, wait or 0.0)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            if self._send is not None:
                response = self._send_or_fail(self._send, token_request)
            else:
                response = yield token_request
                response.read()
            return self._store(response, started, token_request), False
        finally:
            self._refresh_lock.release()

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁ_send_or_fail__mutmut)
    def _send_or_fail(self, send: SyncSender, token_request: httpx.Request) -> httpx.Response:
        try:
            return send(token_request)
        except PiwikProError as exc:
            self._fail(exc)
            raise

    def xǁClientCredentialsAuthǁ_send_or_fail__mutmut_orig(self, send: SyncSender, token_request: httpx.Request) -> httpx.Response:
        try:
            return send(token_request)
        except PiwikProError as exc:
            self._fail(exc)
            raise

    def xǁClientCredentialsAuthǁ_send_or_fail__mutmut_1(self, send: SyncSender, token_request: httpx.Request) -> httpx.Response:
        try:
            return send(None)
        except PiwikProError as exc:
            self._fail(exc)
            raise

    def xǁClientCredentialsAuthǁ_send_or_fail__mutmut_2(self, send: SyncSender, token_request: httpx.Request) -> httpx.Response:
        try:
            return send(token_request)
        except PiwikProError as exc:
            self._fail(None)
            raise

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁsync_token__mutmut)
    def sync_token(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_orig(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_1(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = None
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_2(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(None, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_3(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_4(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, )
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_5(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(None)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_6(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = None
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_7(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[1]
            return token
        flow.close()
        raise RuntimeError("sync_token() needs an auth bound to a client with bind(send=...)")

    def xǁClientCredentialsAuthǁsync_token__mutmut_8(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError(None)

    def xǁClientCredentialsAuthǁsync_token__mutmut_9(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("XXsync_token() needs an auth bound to a client with bind(send=...)XX")

    def xǁClientCredentialsAuthǁsync_token__mutmut_10(self, request: httpx.Request) -> AccessToken:
        """A usable token for a bound auth, fetched now if needed (``authenticate()``)."""
        flow = self._sync_token(request, None)
        try:
            next(flow)
        except StopIteration as done:
            token: AccessToken = done.value[0]
            return token
        flow.close()
        raise RuntimeError("SYNC_TOKEN() NEEDS AN AUTH BOUND TO A CLIENT WITH BIND(SEND=...)")

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut)
    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_orig(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_1(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = None
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_2(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(None, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_3(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_4(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, )
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_5(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = None
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_6(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(None, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_7(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, None)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_8(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_9(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, )
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_10(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_11(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(None, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_12(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, None, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_13(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, None):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_14(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_15(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_16(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, ):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_17(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = None
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_18(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(None, token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_19(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, None)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_20(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(token)
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_21(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, )
        yield _authorized(request, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_22(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(None, token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_23(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, None)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_24(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(token)

    def xǁClientCredentialsAuthǁsync_auth_flow__mutmut_25(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        request.read()
        token, fetched = yield from self._sync_token(request, None)
        response = yield _authorized(request, token)
        if not _should_refresh(request, response, fetched):
            return
        response.read()  # free the connection before waiting for the refresh
        token, _ = yield from self._sync_token(request, token)
        yield _authorized(request, )

    # -- async ----------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁasync_token__mutmut)
    async def async_token(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_orig(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_1(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_2(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "XXasync_token() needs an auth bound with bind(asend=...)XX"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_3(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "ASYNC_TOKEN() NEEDS AN AUTH BOUND WITH BIND(ASEND=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_4(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = None
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_5(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(None)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_6(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_7(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, True
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_8(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = None
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_9(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = None
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_10(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(None)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_11(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = None
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_12(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(None, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_13(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, None)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_14(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_15(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, )
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_16(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_17(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, True
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_18(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = None
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_19(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(None), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_20(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = None
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_21(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(None)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_22(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(None)
                raise
            return self._store(response, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_23(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(None, started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_24(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, None, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_25(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, None), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_26(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(started, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_27(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, token_request), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_28(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, ), True
        finally:
            lock.release()

    # -- async ----------------------------------------------------------------------------

    async def xǁClientCredentialsAuthǁasync_token__mutmut_29(
        self, request: httpx.Request, rejected: AccessToken | None = None
    ) -> tuple[AccessToken, bool]:
        """A usable token for an auth bound with ``asend``; also "just fetched"."""
        assert self._asend is not None, "async_token() needs an auth bound with bind(asend=...)"
        token = self._usable(rejected)
        if token is not None:
            return token, False
        seen = self._generation
        lock = await self._acquire_async(request)
        try:
            token = self._after_wait(seen, rejected)
            if token is not None:
                return token, False
            token_request, started = self._token_request(request), self._clock()
            try:
                response = await self._asend(token_request)
            except PiwikProError as exc:
                self._fail(exc)
                raise
            return self._store(response, started, token_request), False
        finally:
            lock.release()

    @_mutmut_mutated(mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut)
    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_orig(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_1(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = ""
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_2(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(None):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_3(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(3):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_4(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = None
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_5(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(None), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_6(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), True
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_7(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None or self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_8(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is not None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_9(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_10(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = None
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_11(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(None, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_12(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, None)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_13(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_14(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, )
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_15(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is not None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_16(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = None
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_17(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = None
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_18(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(None)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_19(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = None
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_20(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(None, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_21(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, None)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_22(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_23(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, )
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_24(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is not None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_25(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = None
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_26(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(None), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_27(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = None
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_28(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = None
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_29(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(None, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_30(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, None, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_31(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, None), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_32(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_33(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_34(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, ), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_35(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), False
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_36(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = None
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_37(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(None, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_38(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, None)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_39(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_40(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, )
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_41(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_42(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(None, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_43(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, None, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_44(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, None):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_45(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_46(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_47(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, ):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = token

    async def xǁClientCredentialsAuthǁasync_auth_flow__mutmut_48(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authorize ``request``; on a 401 with an older token refresh once and replay."""
        await request.aread()
        rejected: AccessToken | None = None
        for _ in range(2):
            token, fetched = self._usable(rejected), False
            if token is None and self._asend is not None:
                token, fetched = await self.async_token(request, rejected)
            elif token is None:  # unbound: the token request goes through the running client
                seen = self._generation
                lock = await self._acquire_async(request)
                try:
                    token = self._after_wait(seen, rejected)
                    if token is None:
                        token_request, started = self._token_request(request), self._clock()
                        token_response = yield token_request
                        await token_response.aread()
                        token, fetched = self._store(token_response, started, token_request), True
                finally:
                    lock.release()
            response = yield _authorized(request, token)
            if not _should_refresh(request, response, fetched):
                return
            await response.aread()  # free the connection before waiting for the refresh
            rejected = None

mutants_xǁClientCredentialsAuthǁ__init____mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_12'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_13'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_14'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_15'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_16'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_17'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_18'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_19'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_20'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ__init____mutmut['xǁClientCredentialsAuthǁ__init____mutmut_21'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ__init____mutmut_21 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁbind__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁbind__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁbind__mutmut['xǁClientCredentialsAuthǁbind__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁbind__mutmut_1 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁinvalidate__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁinvalidate__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁinvalidate__mutmut['xǁClientCredentialsAuthǁinvalidate__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁinvalidate__mutmut_1 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁsecrets__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsecrets__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsecrets__mutmut['xǁClientCredentialsAuthǁsecrets__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsecrets__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsecrets__mutmut['xǁClientCredentialsAuthǁsecrets__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsecrets__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsecrets__mutmut['xǁClientCredentialsAuthǁsecrets__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsecrets__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsecrets__mutmut['xǁClientCredentialsAuthǁsecrets__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsecrets__mutmut_4 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_usable__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_usable__mutmut['xǁClientCredentialsAuthǁ_usable__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_usable__mutmut_10 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_after_wait__mutmut['xǁClientCredentialsAuthǁ_after_wait__mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_after_wait__mutmut_11 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_11 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_12'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_12 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_13'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_13 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_14'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_14 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_15'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_15 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_16'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_16 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_17'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_17 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_18'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_18 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_19'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_19 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_20'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_20 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_21'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_21 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_22'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_22 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_23'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_23 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_token_request__mutmut['xǁClientCredentialsAuthǁ_token_request__mutmut_24'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_token_request__mutmut_24 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_store__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_11 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_12'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_12 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_13'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_13 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_14'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_14 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_15'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_15 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_16'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_16 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_17'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_17 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_18'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_18 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_19'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_19 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_20'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_20 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_21'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_21 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_22'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_22 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_23'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_23 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_24'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_24 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_25'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_25 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_26'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_26 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_27'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_27 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_28'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_28 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_29'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_29 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_30'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_30 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_31'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_31 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_32'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_32 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_33'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_33 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_34'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_34 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_35'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_35 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_store__mutmut['xǁClientCredentialsAuthǁ_store__mutmut_36'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_store__mutmut_36 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_fail__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_fail__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_fail__mutmut['xǁClientCredentialsAuthǁ_fail__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_fail__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_fail__mutmut['xǁClientCredentialsAuthǁ_fail__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_fail__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_fail__mutmut['xǁClientCredentialsAuthǁ_fail__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_fail__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_fail__mutmut['xǁClientCredentialsAuthǁ_fail__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_fail__mutmut_4 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_async_lock__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut['xǁClientCredentialsAuthǁ_async_lock__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_async_lock__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut['xǁClientCredentialsAuthǁ_async_lock__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_async_lock__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut['xǁClientCredentialsAuthǁ_async_lock__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_async_lock__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut['xǁClientCredentialsAuthǁ_async_lock__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_async_lock__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_async_lock__mutmut['xǁClientCredentialsAuthǁ_async_lock__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_async_lock__mutmut_5 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_acquire_async__mutmut['xǁClientCredentialsAuthǁ_acquire_async__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_acquire_async__mutmut_8 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_12'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_13'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_14'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_15'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_16'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_17'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_18'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_19'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_19 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_20'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_20 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_21'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_21 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_22'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_22 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_23'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_23 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_24'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_24 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_25'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_25 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_26'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_26 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_27'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_27 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_28'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_28 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_29'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_29 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_30'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_30 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_31'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_31 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_32'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_32 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_33'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_33 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_34'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_34 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_35'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_35 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_36'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_36 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_37'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_37 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_38'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_38 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_39'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_39 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_40'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_40 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_41'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_41 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_sync_token__mutmut['xǁClientCredentialsAuthǁ_sync_token__mutmut_42'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_sync_token__mutmut_42 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁ_send_or_fail__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_send_or_fail__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_send_or_fail__mutmut['xǁClientCredentialsAuthǁ_send_or_fail__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_send_or_fail__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁ_send_or_fail__mutmut['xǁClientCredentialsAuthǁ_send_or_fail__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁ_send_or_fail__mutmut_2 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁsync_token__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_token__mutmut['xǁClientCredentialsAuthǁsync_token__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_token__mutmut_10 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_11 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_12'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_12 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_13'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_13 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_14'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_14 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_15'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_15 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_16'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_16 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_17'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_17 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_18'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_18 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_19'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_19 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_20'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_20 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_21'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_21 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_22'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_22 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_23'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_23 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_24'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_24 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁsync_auth_flow__mutmut['xǁClientCredentialsAuthǁsync_auth_flow__mutmut_25'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁsync_auth_flow__mutmut_25 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁasync_token__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_11 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_12'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_12 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_13'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_13 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_14'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_14 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_15'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_15 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_16'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_16 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_17'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_17 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_18'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_18 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_19'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_19 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_20'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_20 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_21'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_21 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_22'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_22 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_23'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_23 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_24'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_24 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_25'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_25 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_26'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_26 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_27'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_27 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_28'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_28 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_token__mutmut['xǁClientCredentialsAuthǁasync_token__mutmut_29'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_token__mutmut_29 # type: ignore # mutmut generated

mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['_mutmut_orig'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_1'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_2'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_3'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_3 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_4'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_4 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_5'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_5 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_6'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_6 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_7'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_7 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_8'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_8 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_9'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_9 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_10'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_10 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_11'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_11 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_12'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_12 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_13'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_13 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_14'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_14 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_15'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_15 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_16'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_16 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_17'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_17 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_18'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_18 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_19'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_19 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_20'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_20 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_21'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_21 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_22'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_22 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_23'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_23 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_24'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_24 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_25'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_25 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_26'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_26 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_27'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_27 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_28'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_28 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_29'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_29 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_30'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_30 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_31'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_31 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_32'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_32 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_33'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_33 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_34'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_34 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_35'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_35 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_36'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_36 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_37'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_37 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_38'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_38 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_39'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_39 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_40'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_40 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_41'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_41 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_42'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_42 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_43'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_43 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_44'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_44 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_45'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_45 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_46'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_46 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_47'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_47 # type: ignore # mutmut generated
mutants_xǁClientCredentialsAuthǁasync_auth_flow__mutmut['xǁClientCredentialsAuthǁasync_auth_flow__mutmut_48'] = ClientCredentialsAuth.xǁClientCredentialsAuthǁasync_auth_flow__mutmut_48 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__should_refresh__mutmut)
def _should_refresh(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_orig(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_1(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 and fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_2(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code == 401 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_3(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 402 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_4(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return True
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_5(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = None
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_6(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(None)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_7(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(response)
    if final is not None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_8(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return False
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_9(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = None
    return (last.scheme, last.host, last.port) == (first.scheme, first.host, first.port)


def x__should_refresh__mutmut_10(request: httpx.Request, response: httpx.Response, fetched: bool) -> bool:
    """A 401 from the API's own origin for a token this flow did not just fetch.

    A 401 after a redirect to another origin says nothing about the token (httpx sends
    no bearer header there), so it is returned as is.
    """
    if response.status_code != 401 or fetched:
        return False
    final = _request_of(response)
    if final is None:
        return True
    last, first = final.url, request.url
    return (last.scheme, last.host, last.port) != (first.scheme, first.host, first.port)

mutants_x__should_refresh__mutmut['_mutmut_orig'] = x__should_refresh__mutmut_orig # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_1'] = x__should_refresh__mutmut_1 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_2'] = x__should_refresh__mutmut_2 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_3'] = x__should_refresh__mutmut_3 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_4'] = x__should_refresh__mutmut_4 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_5'] = x__should_refresh__mutmut_5 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_6'] = x__should_refresh__mutmut_6 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_7'] = x__should_refresh__mutmut_7 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_8'] = x__should_refresh__mutmut_8 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_9'] = x__should_refresh__mutmut_9 # type: ignore # mutmut generated
mutants_x__should_refresh__mutmut['x__should_refresh__mutmut_10'] = x__should_refresh__mutmut_10 # type: ignore # mutmut generated


def _request_of(response: httpx.Response) -> httpx.Request | None:
    """The request a response answers, None when none was attached."""
    try:
        return response.request
    except RuntimeError:
        return None
