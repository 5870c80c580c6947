"""The client-credentials token request and response, as pure helpers.

Building the request, reading the answer into an :class:`AccessToken` and refusing what
must not be used (a redirect, a missing token, a token no header can carry, a token type
other than Bearer) all happen here, without I/O. No error names the secret or the token.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import httpx

from ._errors import AuthenticationError, error_message, mask, read_body

__all__ = [
    "DEADLINE",
    "MAX_TOKEN_RESPONSE_BYTES",
    "TOKEN_OPERATION",
    "TOKEN_PATH",
    "AccessToken",
    "build_token_request",
    "is_fresh",
    "is_token_request",
    "masked_token_request",
    "parse_token_response",
    "token_error",
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


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A bearer token and the clock time after which it is refreshed."""

    value: str = field(repr=False)
    refresh_at: float
    expires_in: float


def is_token_request(request: httpx.Request) -> bool:
    """Whether ``request`` is the client-credentials token request."""
    return request.url.path.endswith(TOKEN_PATH)


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


def token_error(
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


def _token_problem(token: str) -> str | None:
    """What makes ``token`` unusable in an ``Authorization`` header, None when it is fine."""
    if len(token) > MAX_TOKEN_LENGTH:
        return f"it is {len(token):,} characters long (at most {MAX_TOKEN_LENGTH:,} are accepted)"
    if _HEADER_SAFE.fullmatch(token):
        return None
    if not token.isascii():
        return "it contains non-ASCII characters, which an HTTP header cannot carry"
    return "it contains whitespace or control characters (such as CR/LF)"


def _type_problem(body: Mapping[str, object]) -> str | None:
    """Why the ``token_type`` is refused (only Bearer tokens are used), None when absent/fine."""
    token_type = body.get("token_type")
    if token_type is None or (isinstance(token_type, str) and token_type.lower() == "bearer"):
        return None
    return f"its token_type is {str(token_type)[:40]!r}, not 'Bearer'"


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
        raise token_error(response, None, f"{why}; it is never followed, check the host", secrets)
    body = read_body(response)
    if not response.is_success:
        raise token_error(response, body, "Could not obtain an access token", secrets)
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token.strip() or not isinstance(body, Mapping):
        raise token_error(response, None, "The token response has no access_token", secrets)
    token = token.strip()
    problem = _token_problem(token) or _type_problem(body)
    if problem:
        why = f"The token response holds an unusable access token: {problem}"
        raise token_error(response, None, why, (*secrets, token))
    expires_in = _expires_in(body)
    refresh_at = now + expires_in - min(margin, expires_in / 2)
    return AccessToken(value=token, refresh_at=refresh_at, expires_in=expires_in)


def is_fresh(token: AccessToken | None, now: float) -> bool:
    """Whether ``token`` may still be used at clock time ``now``."""
    return token is not None and now < token.refresh_at
