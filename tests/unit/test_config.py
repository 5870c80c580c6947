"""Account URL normalisation, environment loading and defaults."""

from __future__ import annotations

import re
import sys

import httpx
import pytest

from piwik_pro._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ENV_HOST,
    TOKEN_REFRESH_MARGIN,
    credentials_from_env,
    normalize_base_url,
    user_agent,
)
from piwik_pro._errors import ConfigurationError
from piwik_pro._version import __version__


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("example.piwik.pro", "https://example.piwik.pro"),
        ("https://example.piwik.pro", "https://example.piwik.pro"),
        ("https://example.piwik.pro/", "https://example.piwik.pro"),
        ("HTTPS://Example.Piwik.PRO/", "https://example.piwik.pro"),
        ("  example.piwik.pro\n", "https://example.piwik.pro"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("example.piwik.pro:8443", "https://example.piwik.pro:8443"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_normalize_base_url_accepts(host: str, expected: str) -> None:
    """Accepted host spellings normalise to scheme://host[:port] without a slash."""
    assert normalize_base_url(host) == expected


@pytest.mark.parametrize(
    ("host", "problem"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("example piwik.pro", "contains spaces"),
        ("https://example.piwik.pro/api", "has a path ('/api')"),
        ("example.piwik.pro/api/users/v2", "has a path"),
        ("https://example.piwik.pro/?a=1", "query string"),
        ("example.piwik.pro?", "query string"),
        ("example.piwik.pro#top", "fragment"),
        ("ftp://example.piwik.pro", "scheme 'ftp'"),
        ("https://user:pw@example.piwik.pro", "user name or password"),
        ("https://", "no valid host name"),
        ("https://exa_mple..pro", "no valid host name"),
        ("https://example.piwik.pro:99999", "not a valid URL"),
    ],
)
def test_normalize_base_url_rejects(host: str, problem: str) -> None:
    """Malformed hosts raise ConfigurationError naming the value, the problem and the fix."""
    with pytest.raises(ConfigurationError) as info:
        normalize_base_url(host)
    message = str(info.value)
    assert repr(host) in message
    assert problem in message
    assert "example.piwik.pro" in message


def test_normalize_base_url_rejects_non_strings() -> None:
    """A non-string host raises ConfigurationError, also catchable as ValueError."""
    with pytest.raises(ValueError, match="must be a string"):
        normalize_base_url(None)  # type: ignore[arg-type]


def test_credentials_from_env_reads_all_three() -> None:
    """The three PIWIK_PRO_* variables are returned as (host, client_id, client_secret)."""
    env = {ENV_HOST: "example.piwik.pro", ENV_CLIENT_ID: "id", ENV_CLIENT_SECRET: " s3 \n"}
    assert credentials_from_env(env) == ("example.piwik.pro", "id", "s3")


def test_credentials_from_env_names_the_missing_variable() -> None:
    """One missing variable is named alone."""
    env = {ENV_HOST: "example.piwik.pro", ENV_CLIENT_ID: "id"}
    with pytest.raises(ConfigurationError) as info:
        credentials_from_env(env)
    assert str(info.value) == (
        "Missing environment variable: PIWIK_PRO_CLIENT_SECRET. Set it, or pass "
        "host=, client_id= and client_secret= to the client."
    )


def test_credentials_from_env_names_every_missing_variable() -> None:
    """Every missing or blank variable is named, and the secret value is not echoed."""
    env = {ENV_HOST: "", ENV_CLIENT_ID: "   ", ENV_CLIENT_SECRET: "top-secret"}
    with pytest.raises(ConfigurationError) as info:
        credentials_from_env(env)
    message = str(info.value)
    assert message == (
        "Missing environment variables: PIWIK_PRO_HOST, PIWIK_PRO_CLIENT_ID. Set them, or pass "
        "host=, client_id= and client_secret= to the client."
    )
    assert ENV_CLIENT_SECRET not in message
    assert "top-secret" not in message


def test_credentials_from_env_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an argument the process environment is read."""
    monkeypatch.setenv(ENV_HOST, "h.piwik.pro")
    monkeypatch.setenv(ENV_CLIENT_ID, "cid")
    monkeypatch.setenv(ENV_CLIENT_SECRET, "sec")
    assert credentials_from_env() == ("h.piwik.pro", "cid", "sec")


def test_env_variable_names() -> None:
    """The environment variable names are the documented ones."""
    assert (ENV_HOST, ENV_CLIENT_ID, ENV_CLIENT_SECRET) == (
        "PIWIK_PRO_HOST",
        "PIWIK_PRO_CLIENT_ID",
        "PIWIK_PRO_CLIENT_SECRET",
    )


def test_defaults() -> None:
    """Timeout 60 s (connect 10 s), 2 retries, tokens refreshed 60 s early."""
    assert httpx.Timeout(60.0, connect=10.0) == DEFAULT_TIMEOUT
    assert DEFAULT_MAX_RETRIES == 2
    assert TOKEN_REFRESH_MARGIN == 60.0


def test_user_agent_names_package_httpx_and_python() -> None:
    """The User-Agent names this package, httpx and Python versions."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert (
        user_agent() == f"piwik-pro-python/{__version__} httpx/{httpx.__version__} python/{python}"
    )
    assert re.fullmatch(r"piwik-pro-python/\S+ httpx/\S+ python/\d+\.\d+", user_agent())
