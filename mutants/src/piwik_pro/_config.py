"""Account URL normalisation, environment-variable loading and client defaults."""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx

from ._errors import ConfigurationError
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_CLIENT_ID",
    "ENV_CLIENT_SECRET",
    "ENV_HOST",
    "TOKEN_REFRESH_MARGIN",
    "check_transport_security",
    "credentials_from_env",
    "is_loopback_host",
    "normalize_base_url",
    "total_seconds",
    "user_agent",
]

ENV_HOST = "PIWIK_PRO_HOST"
ENV_CLIENT_ID = "PIWIK_PRO_CLIENT_ID"
ENV_CLIENT_SECRET = "PIWIK_PRO_CLIENT_SECRET"

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
TOKEN_REFRESH_MARGIN = 60.0
"""Seconds before a token's expiry at which it is refreshed."""
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The largest (decoded) response body a call reads before raising ResponseTooLargeError."""
DEFAULT_MAX_PAGES = 10_000
"""The most pages one ``iter_*`` walk fetches before raising PaginationError."""

_HINT = "pass the account address only, like 'example.piwik.pro' or 'https://example.piwik.pro'"
_LABEL_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__invalid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__invalid__mutmut)
def _invalid(host: str, problem: str) -> ConfigurationError:
    """A ConfigurationError naming the bad value, its problem and what to pass."""
    return ConfigurationError(f"Invalid Piwik PRO host {host!r}: {problem}; {_HINT}.")


def x__invalid__mutmut_orig(host: str, problem: str) -> ConfigurationError:
    """A ConfigurationError naming the bad value, its problem and what to pass."""
    return ConfigurationError(f"Invalid Piwik PRO host {host!r}: {problem}; {_HINT}.")


def x__invalid__mutmut_1(host: str, problem: str) -> ConfigurationError:
    """A ConfigurationError naming the bad value, its problem and what to pass."""
    return ConfigurationError(None)

mutants_x__invalid__mutmut['_mutmut_orig'] = x__invalid__mutmut_orig # type: ignore # mutmut generated
mutants_x__invalid__mutmut['x__invalid__mutmut_1'] = x__invalid__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_parts__mutmut)
def _check_parts(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_orig(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_1(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = None
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_2(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(None)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_3(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = None
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_4(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(None, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_5(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, None) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_6(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_7(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, ) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_8(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.upper() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_9(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_10(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("XXhttpXX", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_11(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("HTTP", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_12(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "XXhttpsXX"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_13(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "HTTPS"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_14(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(None, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_15(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, None)
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_16(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_17(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, )
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_18(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_19(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("XXXX", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_20(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "XX/XX"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_21(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(None, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_22(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, None)
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_23(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_24(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, )
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_25(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text and "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_26(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment and "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_27(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query and parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_28(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "XX?XX" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_29(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" not in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_30(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "XX#XX" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_31(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" not in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_32(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(None, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_33(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, None)
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_34(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid("it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_35(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, )
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_36(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "XXit has a query string or fragmentXX")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_37(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "IT HAS A QUERY STRING OR FRAGMENT")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_38(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "XX@XX" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_39(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" not in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_40(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(None, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_41(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, None)
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_42(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid("it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_43(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, )
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_44(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "XXit contains a user name or passwordXX")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_45(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "IT CONTAINS A USER NAME OR PASSWORD")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_46(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = None
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_47(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname and ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_48(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or "XXXX"
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_49(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_50(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(None):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_51(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(None, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_52(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, None)
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_53(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid("it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_54(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, )
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_55(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "XXit has no valid host nameXX")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_56(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "IT HAS NO VALID HOST NAME")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_57(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = None
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_58(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if (":" in hostname) and False else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_59(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if (":" in hostname) or True else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_60(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if "XX:XX" in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_61(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" not in hostname else hostname
    return parts.scheme.lower(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_62(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.upper(), netloc if port is None else f"{netloc}:{port}"


def x__check_parts__mutmut_63(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if (port is None) and False else f"{netloc}:{port}"


def x__check_parts__mutmut_64(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if (port is None) or True else f"{netloc}:{port}"


def x__check_parts__mutmut_65(original: str, text: str) -> tuple[str, str]:
    """Validate a URL with a scheme; return its (scheme, host[:port]) lower-cased."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _invalid(original, f"it is not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(original, f"the scheme {parts.scheme!r} is not http or https")
    if parts.path not in ("", "/"):
        raise _invalid(original, f"it has a path ({parts.path!r})")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise _invalid(original, "it has a query string or fragment")
    if "@" in parts.netloc:
        raise _invalid(original, "it contains a user name or password")
    hostname = parts.hostname or ""
    if not _valid_hostname(hostname):
        raise _invalid(original, "it has no valid host name")
    netloc = f"[{hostname}]" if ":" in hostname else hostname
    return parts.scheme.lower(), netloc if port is not None else f"{netloc}:{port}"

mutants_x__check_parts__mutmut['_mutmut_orig'] = x__check_parts__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_1'] = x__check_parts__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_2'] = x__check_parts__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_3'] = x__check_parts__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_4'] = x__check_parts__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_5'] = x__check_parts__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_6'] = x__check_parts__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_7'] = x__check_parts__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_8'] = x__check_parts__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_9'] = x__check_parts__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_10'] = x__check_parts__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_11'] = x__check_parts__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_12'] = x__check_parts__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_13'] = x__check_parts__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_14'] = x__check_parts__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_15'] = x__check_parts__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_16'] = x__check_parts__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_17'] = x__check_parts__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_18'] = x__check_parts__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_19'] = x__check_parts__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_20'] = x__check_parts__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_21'] = x__check_parts__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_22'] = x__check_parts__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_23'] = x__check_parts__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_24'] = x__check_parts__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_25'] = x__check_parts__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_26'] = x__check_parts__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_27'] = x__check_parts__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_28'] = x__check_parts__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_29'] = x__check_parts__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_30'] = x__check_parts__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_31'] = x__check_parts__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_32'] = x__check_parts__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_33'] = x__check_parts__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_34'] = x__check_parts__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_35'] = x__check_parts__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_36'] = x__check_parts__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_37'] = x__check_parts__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_38'] = x__check_parts__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_39'] = x__check_parts__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_40'] = x__check_parts__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_41'] = x__check_parts__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_42'] = x__check_parts__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_43'] = x__check_parts__mutmut_43 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_44'] = x__check_parts__mutmut_44 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_45'] = x__check_parts__mutmut_45 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_46'] = x__check_parts__mutmut_46 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_47'] = x__check_parts__mutmut_47 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_48'] = x__check_parts__mutmut_48 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_49'] = x__check_parts__mutmut_49 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_50'] = x__check_parts__mutmut_50 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_51'] = x__check_parts__mutmut_51 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_52'] = x__check_parts__mutmut_52 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_53'] = x__check_parts__mutmut_53 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_54'] = x__check_parts__mutmut_54 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_55'] = x__check_parts__mutmut_55 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_56'] = x__check_parts__mutmut_56 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_57'] = x__check_parts__mutmut_57 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_58'] = x__check_parts__mutmut_58 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_59'] = x__check_parts__mutmut_59 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_60'] = x__check_parts__mutmut_60 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_61'] = x__check_parts__mutmut_61 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_62'] = x__check_parts__mutmut_62 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_63'] = x__check_parts__mutmut_63 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_64'] = x__check_parts__mutmut_64 # type: ignore # mutmut generated
mutants_x__check_parts__mutmut['x__check_parts__mutmut_65'] = x__check_parts__mutmut_65 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__valid_hostname__mutmut)
def _valid_hostname(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_orig(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_1(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if "XX:XX" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_2(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" not in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_3(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(None)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_4(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return True
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_5(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return False
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_6(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = None
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_7(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(None)
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_8(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(None).split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_9(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removeprefix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_10(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix("XX.XX").split(".")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_11(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split("XX.XX")
    return bool(hostname) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_12(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) or all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_13(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(None) and all(_LABEL_RE.match(label) for label in labels)


def x__valid_hostname__mutmut_14(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(None)


def x__valid_hostname__mutmut_15(hostname: str) -> bool:
    """A DNS name, an IPv4 address or an IPv6 literal (already lower-cased by urlsplit)."""
    if ":" in hostname:
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    labels = hostname.removesuffix(".").split(".")
    return bool(hostname) and all(_LABEL_RE.match(None) for label in labels)

mutants_x__valid_hostname__mutmut['_mutmut_orig'] = x__valid_hostname__mutmut_orig # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_1'] = x__valid_hostname__mutmut_1 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_2'] = x__valid_hostname__mutmut_2 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_3'] = x__valid_hostname__mutmut_3 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_4'] = x__valid_hostname__mutmut_4 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_5'] = x__valid_hostname__mutmut_5 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_6'] = x__valid_hostname__mutmut_6 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_7'] = x__valid_hostname__mutmut_7 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_8'] = x__valid_hostname__mutmut_8 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_9'] = x__valid_hostname__mutmut_9 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_10'] = x__valid_hostname__mutmut_10 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_11'] = x__valid_hostname__mutmut_11 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_12'] = x__valid_hostname__mutmut_12 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_13'] = x__valid_hostname__mutmut_13 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_14'] = x__valid_hostname__mutmut_14 # type: ignore # mutmut generated
mutants_x__valid_hostname__mutmut['x__valid_hostname__mutmut_15'] = x__valid_hostname__mutmut_15 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalize_base_url__mutmut)
def normalize_base_url(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_orig(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_1(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_2(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(None)
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_3(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(None).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_4(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = None
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_5(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_6(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(None, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_7(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, None)
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_8(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid("it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_9(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, )
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_10(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "XXit is emptyXX")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_11(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "IT IS EMPTY")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_12(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(None):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_13(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(None, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_14(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, None)
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_15(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid("it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_16(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, )
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_17(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "XXit contains spacesXX")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_18(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "IT CONTAINS SPACES")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_19(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "XX://XX" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_20(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_21(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = None
    scheme, netloc = _check_parts(host, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_22(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = None
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_23(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(None, text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_24(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, None)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_25(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(text)
    return f"{scheme}://{netloc}"


def x_normalize_base_url__mutmut_26(host: str) -> str:
    """``example.piwik.pro`` / ``https://example.piwik.pro/`` → ``https://example.piwik.pro``.

    An explicit ``http://`` is kept (for the local sandbox).
    """
    if not isinstance(host, str):
        raise ConfigurationError(f"The Piwik PRO host must be a string, got {type(host).__name__}")
    text = host.strip()
    if not text:
        raise _invalid(host, "it is empty")
    if any(ch.isspace() for ch in text):
        raise _invalid(host, "it contains spaces")
    if "://" not in text:
        text = f"https://{text}"
    scheme, netloc = _check_parts(host, )
    return f"{scheme}://{netloc}"

mutants_x_normalize_base_url__mutmut['_mutmut_orig'] = x_normalize_base_url__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_1'] = x_normalize_base_url__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_2'] = x_normalize_base_url__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_3'] = x_normalize_base_url__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_4'] = x_normalize_base_url__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_5'] = x_normalize_base_url__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_6'] = x_normalize_base_url__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_7'] = x_normalize_base_url__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_8'] = x_normalize_base_url__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_9'] = x_normalize_base_url__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_10'] = x_normalize_base_url__mutmut_10 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_11'] = x_normalize_base_url__mutmut_11 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_12'] = x_normalize_base_url__mutmut_12 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_13'] = x_normalize_base_url__mutmut_13 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_14'] = x_normalize_base_url__mutmut_14 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_15'] = x_normalize_base_url__mutmut_15 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_16'] = x_normalize_base_url__mutmut_16 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_17'] = x_normalize_base_url__mutmut_17 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_18'] = x_normalize_base_url__mutmut_18 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_19'] = x_normalize_base_url__mutmut_19 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_20'] = x_normalize_base_url__mutmut_20 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_21'] = x_normalize_base_url__mutmut_21 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_22'] = x_normalize_base_url__mutmut_22 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_23'] = x_normalize_base_url__mutmut_23 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_24'] = x_normalize_base_url__mutmut_24 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_25'] = x_normalize_base_url__mutmut_25 # type: ignore # mutmut generated
mutants_x_normalize_base_url__mutmut['x_normalize_base_url__mutmut_26'] = x_normalize_base_url__mutmut_26 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_credentials_from_env__mutmut)
def credentials_from_env(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_orig(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_1(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = None
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_2(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if (environ is None) and False else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_3(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if (environ is None) or True else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_4(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is not None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_5(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = None
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_6(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = None
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_7(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(None, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_8(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, None).strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_9(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get("").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_10(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, ).strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_11(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "XXXX").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_12(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = None
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_13(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(None, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_14(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, None, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_15(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=None) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_16(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_17(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_18(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, ) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_19(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=False) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_20(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_21(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            None
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_22(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if (len(missing) > 1) and False else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_23(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if (len(missing) > 1) or True else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_24(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'XXsXX' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_25(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'S' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_26(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) >= 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_27(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 2 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_28(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else 'XXXX'}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_29(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(None)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_30(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{'XX, XX'.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_31(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if (len(missing) > 1) and False else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_32(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if (len(missing) > 1) or True else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_33(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'XXthemXX' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_34(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'THEM' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_35(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) >= 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_36(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 2 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_37(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'XXitXX'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_38(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'IT'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_39(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "XXhost=, client_id= and client_secret= to the client.XX"
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_40(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "HOST=, CLIENT_ID= AND CLIENT_SECRET= TO THE CLIENT."
        )
    return values[0], values[1], values[2]


def x_credentials_from_env__mutmut_41(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[1], values[1], values[2]


def x_credentials_from_env__mutmut_42(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[2], values[2]


def x_credentials_from_env__mutmut_43(environ: Mapping[str, str] | None = None) -> tuple[str, str, str]:
    """``(host, client_id, client_secret)`` from the ``PIWIK_PRO_*`` environment variables."""
    env = os.environ if environ is None else environ
    names = (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET)
    values = [env.get(name, "").strip() for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(
            f"Missing environment variable{'s' if len(missing) > 1 else ''}: "
            f"{', '.join(missing)}. Set {'them' if len(missing) > 1 else 'it'}, or pass "
            "host=, client_id= and client_secret= to the client."
        )
    return values[0], values[1], values[3]

mutants_x_credentials_from_env__mutmut['_mutmut_orig'] = x_credentials_from_env__mutmut_orig # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_1'] = x_credentials_from_env__mutmut_1 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_2'] = x_credentials_from_env__mutmut_2 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_3'] = x_credentials_from_env__mutmut_3 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_4'] = x_credentials_from_env__mutmut_4 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_5'] = x_credentials_from_env__mutmut_5 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_6'] = x_credentials_from_env__mutmut_6 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_7'] = x_credentials_from_env__mutmut_7 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_8'] = x_credentials_from_env__mutmut_8 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_9'] = x_credentials_from_env__mutmut_9 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_10'] = x_credentials_from_env__mutmut_10 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_11'] = x_credentials_from_env__mutmut_11 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_12'] = x_credentials_from_env__mutmut_12 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_13'] = x_credentials_from_env__mutmut_13 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_14'] = x_credentials_from_env__mutmut_14 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_15'] = x_credentials_from_env__mutmut_15 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_16'] = x_credentials_from_env__mutmut_16 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_17'] = x_credentials_from_env__mutmut_17 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_18'] = x_credentials_from_env__mutmut_18 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_19'] = x_credentials_from_env__mutmut_19 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_20'] = x_credentials_from_env__mutmut_20 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_21'] = x_credentials_from_env__mutmut_21 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_22'] = x_credentials_from_env__mutmut_22 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_23'] = x_credentials_from_env__mutmut_23 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_24'] = x_credentials_from_env__mutmut_24 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_25'] = x_credentials_from_env__mutmut_25 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_26'] = x_credentials_from_env__mutmut_26 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_27'] = x_credentials_from_env__mutmut_27 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_28'] = x_credentials_from_env__mutmut_28 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_29'] = x_credentials_from_env__mutmut_29 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_30'] = x_credentials_from_env__mutmut_30 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_31'] = x_credentials_from_env__mutmut_31 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_32'] = x_credentials_from_env__mutmut_32 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_33'] = x_credentials_from_env__mutmut_33 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_34'] = x_credentials_from_env__mutmut_34 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_35'] = x_credentials_from_env__mutmut_35 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_36'] = x_credentials_from_env__mutmut_36 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_37'] = x_credentials_from_env__mutmut_37 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_38'] = x_credentials_from_env__mutmut_38 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_39'] = x_credentials_from_env__mutmut_39 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_40'] = x_credentials_from_env__mutmut_40 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_41'] = x_credentials_from_env__mutmut_41 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_42'] = x_credentials_from_env__mutmut_42 # type: ignore # mutmut generated
mutants_x_credentials_from_env__mutmut['x_credentials_from_env__mutmut_43'] = x_credentials_from_env__mutmut_43 # type: ignore # mutmut generated
mutants_x_user_agent__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_user_agent__mutmut)
def user_agent() -> str:
    """``piwik-pro-python/<version> httpx/<version> python/<x.y>``."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"piwik-pro-python/{__version__} httpx/{httpx.__version__} python/{python}"


def x_user_agent__mutmut_orig() -> str:
    """``piwik-pro-python/<version> httpx/<version> python/<x.y>``."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"piwik-pro-python/{__version__} httpx/{httpx.__version__} python/{python}"


def x_user_agent__mutmut_1() -> str:
    """``piwik-pro-python/<version> httpx/<version> python/<x.y>``."""
    python = None
    return f"piwik-pro-python/{__version__} httpx/{httpx.__version__} python/{python}"

mutants_x_user_agent__mutmut['_mutmut_orig'] = x_user_agent__mutmut_orig # type: ignore # mutmut generated
mutants_x_user_agent__mutmut['x_user_agent__mutmut_1'] = x_user_agent__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_loopback_host__mutmut)
def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_orig(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_1(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = None
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_2(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(None)
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_3(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removeprefix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_4(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").upper().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_5(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip(None).lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_6(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("XX[]XX").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_7(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix("XX.XX")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_8(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" and name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_9(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name != "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_10(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "XXlocalhostXX" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_11(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "LOCALHOST" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_12(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(None):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_13(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith("XX.localhostXX"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_14(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".LOCALHOST"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_15(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return False
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_16(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(None).is_loopback
    except ValueError:
        return False


def x_is_loopback_host__mutmut_17(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return True

mutants_x_is_loopback_host__mutmut['_mutmut_orig'] = x_is_loopback_host__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_1'] = x_is_loopback_host__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_2'] = x_is_loopback_host__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_3'] = x_is_loopback_host__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_4'] = x_is_loopback_host__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_5'] = x_is_loopback_host__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_6'] = x_is_loopback_host__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_7'] = x_is_loopback_host__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_8'] = x_is_loopback_host__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_9'] = x_is_loopback_host__mutmut_9 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_10'] = x_is_loopback_host__mutmut_10 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_11'] = x_is_loopback_host__mutmut_11 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_12'] = x_is_loopback_host__mutmut_12 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_13'] = x_is_loopback_host__mutmut_13 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_14'] = x_is_loopback_host__mutmut_14 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_15'] = x_is_loopback_host__mutmut_15 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_16'] = x_is_loopback_host__mutmut_16 # type: ignore # mutmut generated
mutants_x_is_loopback_host__mutmut['x_is_loopback_host__mutmut_17'] = x_is_loopback_host__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_transport_security__mutmut)
def check_transport_security(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_orig(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_1(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = None
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_2(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(None)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_3(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http and is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_4(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" and allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_5(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme == "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_6(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "XXhttpXX" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_7(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "HTTP" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_8(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(None):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_9(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname and ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_10(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or "XXXX"):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_11(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        None
    )


def x_check_transport_security__mutmut_12(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "XXtoken unencrypted to another machine. Use https://, or pass allow_insecure_http=True XX"
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_13(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. use https://, or pass allow_insecure_http=true "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_14(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "TOKEN UNENCRYPTED TO ANOTHER MACHINE. USE HTTPS://, OR PASS ALLOW_INSECURE_HTTP=TRUE "
        "if the network in between is trusted (http:// to localhost is always allowed)."
    )


def x_check_transport_security__mutmut_15(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "XXif the network in between is trusted (http:// to localhost is always allowed).XX"
    )


def x_check_transport_security__mutmut_16(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse ``http://`` to another machine: the secret and the token would travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or allow_insecure_http or is_loopback_host(parts.hostname or ""):
        return
    raise ConfigurationError(
        f"Refusing {base_url!r}: plain http:// would send the client secret and the access "
        "token unencrypted to another machine. Use https://, or pass allow_insecure_http=True "
        "IF THE NETWORK IN BETWEEN IS TRUSTED (HTTP:// TO LOCALHOST IS ALWAYS ALLOWED)."
    )

mutants_x_check_transport_security__mutmut['_mutmut_orig'] = x_check_transport_security__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_1'] = x_check_transport_security__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_2'] = x_check_transport_security__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_3'] = x_check_transport_security__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_4'] = x_check_transport_security__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_5'] = x_check_transport_security__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_6'] = x_check_transport_security__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_7'] = x_check_transport_security__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_8'] = x_check_transport_security__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_9'] = x_check_transport_security__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_10'] = x_check_transport_security__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_11'] = x_check_transport_security__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_12'] = x_check_transport_security__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_13'] = x_check_transport_security__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_14'] = x_check_transport_security__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_15'] = x_check_transport_security__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_transport_security__mutmut['x_check_transport_security__mutmut_16'] = x_check_transport_security__mutmut_16 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_total_seconds__mutmut)
def total_seconds(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_orig(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_1(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None and isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_2(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is not None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_3(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if (timeout is None) and False else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_4(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if (timeout is None) or True else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_5(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is not None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_6(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(None)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


def x_total_seconds__mutmut_7(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = None
    return max(parts) if parts else None


def x_total_seconds__mutmut_8(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if (parts) and False else None


def x_total_seconds__mutmut_9(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if (parts) or True else None


def x_total_seconds__mutmut_10(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(None) if parts else None

mutants_x_total_seconds__mutmut['_mutmut_orig'] = x_total_seconds__mutmut_orig # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_1'] = x_total_seconds__mutmut_1 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_2'] = x_total_seconds__mutmut_2 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_3'] = x_total_seconds__mutmut_3 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_4'] = x_total_seconds__mutmut_4 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_5'] = x_total_seconds__mutmut_5 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_6'] = x_total_seconds__mutmut_6 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_7'] = x_total_seconds__mutmut_7 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_8'] = x_total_seconds__mutmut_8 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_9'] = x_total_seconds__mutmut_9 # type: ignore # mutmut generated
mutants_x_total_seconds__mutmut['x_total_seconds__mutmut_10'] = x_total_seconds__mutmut_10 # type: ignore # mutmut generated
