"""Host normalisation, environment loading and the defaults' helpers: exact values and
exact messages, one case per rule."""

from __future__ import annotations

import sys

import httpx
import pytest

from piwik_pro import ConfigurationError
from piwik_pro._config import (
    check_transport_security,
    credentials_from_env,
    is_loopback_host,
    normalize_base_url,
    total_seconds,
    user_agent,
)
from piwik_pro._version import __version__

HINT = "pass the account address only, like 'example.piwik.pro' or 'https://example.piwik.pro'"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("example.piwik.pro", "https://example.piwik.pro"),
        ("  Example.Piwik.PRO/  ", "https://example.piwik.pro"),
        ("HTTPS://example.piwik.pro/", "https://example.piwik.pro"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("https://[::1]:8443/", "https://[::1]:8443"),
        ("[::1]", "https://[::1]"),
        ("example.piwik.pro.", "https://example.piwik.pro."),
        ("a_b-c.example", "https://a_b-c.example"),
        ("127.0.0.1", "https://127.0.0.1"),
        ("x", "https://x"),
    ],
)
def test_hosts_are_normalised(host: str, expected: str) -> None:
    assert normalize_base_url(host) == expected


@pytest.mark.parametrize(
    ("host", "problem"),
    [
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("exa mple.piwik.pro", "it contains spaces"),
        ("ftp://example.piwik.pro", "the scheme 'ftp' is not http or https"),
        ("https://example.piwik.pro/api", "it has a path ('/api')"),
        ("https://example.piwik.pro?x=1", "it has a query string or fragment"),
        ("https://example.piwik.pro#top", "it has a query string or fragment"),
        ("https://example.piwik.pro/?", "it has a query string or fragment"),
        ("https://example.piwik.pro/#", "it has a query string or fragment"),
        ("https://user:pw@example.piwik.pro", "it contains a user name or password"),
        ("https://-bad-.piwik.pro", "it has no valid host name"),
        ("https://exa$mple.pro", "it has no valid host name"),
        ("https://:443", "it has no valid host name"),
        ("https://a..b", "it has no valid host name"),
    ],
)
def test_bad_hosts_name_their_problem(host: str, problem: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        normalize_base_url(host)
    assert str(raised.value) == f"Invalid Piwik PRO host {host!r}: {problem}; {HINT}."


def test_a_bad_port_is_not_a_valid_url() -> None:
    with pytest.raises(ConfigurationError, match=r"it is not a valid URL \(Port") as raised:
        normalize_base_url("https://example.piwik.pro:99999")
    assert isinstance(raised.value.__cause__, ValueError)


def test_a_host_must_be_a_string() -> None:
    with pytest.raises(ConfigurationError) as raised:
        normalize_base_url(42)  # type: ignore[arg-type]
    assert str(raised.value) == "The Piwik PRO host must be a string, got int"


def test_environment_values_are_stripped() -> None:
    env = {
        "PIWIK_PRO_HOST": " h ",
        "PIWIK_PRO_CLIENT_ID": "\tid",
        "PIWIK_PRO_CLIENT_SECRET": "s\n",
    }
    assert credentials_from_env(env) == ("h", "id", "s")


def test_one_missing_variable_is_named() -> None:
    env = {"PIWIK_PRO_HOST": "h", "PIWIK_PRO_CLIENT_ID": "id", "PIWIK_PRO_CLIENT_SECRET": " "}
    with pytest.raises(ConfigurationError) as raised:
        credentials_from_env(env)
    assert str(raised.value) == (
        "Missing environment variable: PIWIK_PRO_CLIENT_SECRET. Set it, or pass host=, "
        "client_id= and client_secret= to the client."
    )


def test_every_missing_variable_is_named() -> None:
    with pytest.raises(ConfigurationError) as raised:
        credentials_from_env({"PIWIK_PRO_CLIENT_ID": "id"})
    assert str(raised.value) == (
        "Missing environment variables: PIWIK_PRO_HOST, PIWIK_PRO_CLIENT_SECRET. Set them, "
        "or pass host=, client_id= and client_secret= to the client."
    )


def test_the_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIWIK_PRO_HOST", "env-host")
    monkeypatch.setenv("PIWIK_PRO_CLIENT_ID", "env-id")
    monkeypatch.setenv("PIWIK_PRO_CLIENT_SECRET", "env-secret")
    assert credentials_from_env() == ("env-host", "env-id", "env-secret")
    with pytest.raises(ConfigurationError):
        credentials_from_env({})


def test_user_agent_names_the_versions() -> None:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert (
        user_agent() == f"piwik-pro-python/{__version__} httpx/{httpx.__version__} python/{python}"
    )


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("api.localhost", True),
        ("[::1]", True),
        ("127.0.0.2", True),
        ("localhost.example", False),
        ("notlocalhost", False),
        ("XLOCALHOST", False),
        ("10.0.0.1", False),
        ("example.piwik.pro", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_plain_http_to_another_machine_is_refused() -> None:
    check_transport_security("https://example.piwik.pro", False)
    check_transport_security("http://localhost:8080", False)
    check_transport_security("http://example.piwik.pro", True)
    with pytest.raises(ConfigurationError) as raised:
        check_transport_security("http://example.piwik.pro", False)
    assert str(raised.value) == (
        "Refusing 'http://example.piwik.pro': plain http:// would send the client secret and "
        "the access token unencrypted to another machine. Use https://, or pass "
        "allow_insecure_http=True if the network in between is trusted (http:// to localhost "
        "is always allowed)."
    )


def test_total_seconds() -> None:
    assert total_seconds(None) is None
    assert total_seconds(5) == 5.0
    assert isinstance(total_seconds(5), float)
    assert total_seconds(2.5) == 2.5
    assert total_seconds(httpx.Timeout(3.0, connect=10.0)) == 10.0
    assert total_seconds(httpx.Timeout(None, read=4.0)) == 4.0
    assert total_seconds(httpx.Timeout(None, pool=7.0)) == 7.0
    assert total_seconds(httpx.Timeout(None, write=6.0)) == 6.0
    assert total_seconds(httpx.Timeout(None)) is None
