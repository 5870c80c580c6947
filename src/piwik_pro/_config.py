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


def _invalid(host: str, problem: str) -> ConfigurationError:
    """A ConfigurationError naming the bad value, its problem and what to pass."""
    return ConfigurationError(f"Invalid Piwik PRO host {host!r}: {problem}; {_HINT}.")


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


def user_agent() -> str:
    """``piwik-pro-python/<version> httpx/<version> python/<x.y>``."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return f"piwik-pro-python/{__version__} httpx/{httpx.__version__} python/{python}"


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an IP literal, brackets allowed) is this machine."""
    name = host.strip("[]").lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


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


def total_seconds(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-call deadline a timeout stands for: the number, or a Timeout's longest part.

    None (no timeout at all) means no deadline.
    """
    if timeout is None or isinstance(timeout, int | float):
        return None if timeout is None else float(timeout)
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None
