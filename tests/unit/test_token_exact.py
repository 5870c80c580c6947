"""The token helpers on their own: the request, each refusal's message, the lifetime rules."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from piwik_pro import AuthenticationError
from piwik_pro._token import (
    DEFAULT_EXPIRES_IN,
    MAX_TOKEN_LENGTH,
    AccessToken,
    build_token_request,
    is_fresh,
    is_token_request,
    masked_token_request,
    parse_token_response,
)

URL = "https://example.piwik.pro/auth/token"
SECRET = "the-client-secret"


def _answer(status: int = 200, body: object = None, **headers: str) -> httpx.Response:
    request = build_token_request(URL, "the-id", SECRET)
    content = json.dumps(body).encode() if body is not None else b""
    return httpx.Response(status, content=content, headers=headers, request=request)


def _parse(response: httpx.Response, margin: float = 60.0) -> AccessToken:
    return parse_token_response(response, now=1000.0, margin=margin, secret=SECRET)


def test_the_request() -> None:
    request = build_token_request(URL, "id", "secret", user_agent="ua/1")
    assert (request.method, str(request.url)) == ("POST", URL)
    assert json.loads(request.content) == {
        "grant_type": "client_credentials",
        "client_id": "id",
        "client_secret": "secret",
    }
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == "ua/1"
    assert request.headers["Content-Type"] == "application/json"
    plain = build_token_request(URL, "id", "secret", user_agent="")
    assert "User-Agent" not in plain.headers
    assert is_token_request(request)
    assert not is_token_request(httpx.Request("GET", "https://example.piwik.pro/auth/tokens"))


def test_masked_request_keeps_the_id_only() -> None:
    masked = masked_token_request(build_token_request(URL, "the-id", SECRET))
    assert json.loads(masked.content) == {
        "grant_type": "client_credentials",
        "client_id": "the-id",
        "client_secret": "***",
    }
    assert masked.method == "POST"
    assert str(masked.url) == URL
    assert masked.headers["Accept"] == "application/json"
    assert masked.headers["Content-Length"] == str(len(masked.content))
    garbled = httpx.Request("POST", URL, content=b"not json")
    assert json.loads(masked_token_request(garbled).content)["client_id"] == "***"
    no_id = httpx.Request("POST", URL, json={"grant_type": "x"})
    assert json.loads(masked_token_request(no_id).content)["client_id"] == "***"
    a_list = httpx.Request("POST", URL, json=[1])
    assert json.loads(masked_token_request(a_list).content)["client_id"] == "***"


@pytest.mark.parametrize(
    ("expires_in", "lifetime"),
    [
        (1800, 1800.0),
        ("600", 600.0),
        (0.5, 0.5),
        (0, DEFAULT_EXPIRES_IN),
        (-5, DEFAULT_EXPIRES_IN),
        ("soon", DEFAULT_EXPIRES_IN),
        (True, DEFAULT_EXPIRES_IN),
        (None, DEFAULT_EXPIRES_IN),
        ([60], DEFAULT_EXPIRES_IN),
        ("inf", DEFAULT_EXPIRES_IN),
    ],
)
def test_lifetime(expires_in: object, lifetime: float) -> None:
    token = _parse(_answer(body={"access_token": "tok", "expires_in": expires_in}))
    assert token.expires_in == lifetime
    assert token.value == "tok"


def test_refresh_comes_a_margin_or_half_the_lifetime_early() -> None:
    long = _parse(_answer(body={"access_token": "t", "expires_in": 1800}))
    assert long.refresh_at == 1000.0 + 1800 - 60
    short = _parse(_answer(body={"access_token": "t", "expires_in": 100}))
    assert short.refresh_at == 1000.0 + 100 - 50
    exact = _parse(_answer(body={"access_token": "t", "expires_in": 120}))
    assert exact.refresh_at == 1000.0 + 120 - 60


def test_is_fresh_until_the_refresh_time() -> None:
    token = AccessToken("secret-token-value", refresh_at=10.0, expires_in=60.0)
    assert is_fresh(token, 9.99)
    assert not is_fresh(token, 10.0)
    assert not is_fresh(None, 0.0)
    assert "secret-token-value" not in repr(token)


def _refusal(response: httpx.Response) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as raised:
        _parse(response)
    return raised.value


def test_a_redirect_is_refused() -> None:
    error = _refusal(_answer(302, Location="https://elsewhere.example/steal"))
    assert str(error).startswith(
        "The token endpoint redirected the token request to 'https://elsewhere.example/steal'; "
        "it is never followed, check the host: 302 Found for POST /auth/token (auth.token)"
    )
    assert error.status_code == 302
    assert error.body is None


def test_a_failed_request_keeps_its_status_and_masks_the_secret() -> None:
    body = {"error": "invalid_client", "error_description": f"bad secret {SECRET}"}
    error = _refusal(_answer(401, body))
    assert SECRET not in str(error)
    assert str(error).startswith("Could not obtain an access token: 401 Unauthorized")
    assert error.status_code == 401
    assert error.body == {"error": "invalid_client", "error_description": "bad secret ***"}
    sent = json.loads(error.response.request.content)
    assert sent["client_secret"] == "***"
    assert SECRET not in error.response.text


@pytest.mark.parametrize(
    "body", [{}, {"access_token": ""}, {"access_token": "  "}, {"access_token": 5}, ["x"], "x"]
)
def test_no_access_token(body: object) -> None:
    error = _refusal(_answer(200, body))
    assert str(error).startswith("The token response has no access_token: 200 OK")
    assert error.body is None


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        (
            "t" * (MAX_TOKEN_LENGTH + 1),
            "it is 16,385 characters long (at most 16,384 are accepted)",
        ),
        ("tök", "it contains non-ASCII characters, which an HTTP header cannot carry"),
        ("a b", "it contains whitespace or control characters (such as CR/LF)"),
        ("a\r\nb", "it contains whitespace or control characters (such as CR/LF)"),
    ],
)
def test_an_unusable_token_is_refused_unseen(token: str, problem: str) -> None:
    error = _refusal(_answer(200, {"access_token": token}))
    assert str(error).startswith(
        f"The token response holds an unusable access token: {problem}: 200 OK"
    )
    assert token not in error.response.text
    assert json.loads(error.response.text)["access_token"] == "***"


def test_the_longest_token_is_accepted() -> None:
    token = "t" * MAX_TOKEN_LENGTH
    assert _parse(_answer(200, {"access_token": f" {token} "})).value == token


@pytest.mark.parametrize("token_type", ["Bearer", "bearer", "BEARER", None])
def test_bearer_types_are_accepted(token_type: object) -> None:
    body = {"access_token": "t", **({"token_type": token_type} if token_type else {})}
    assert _parse(_answer(200, body)).value == "t"


@pytest.mark.parametrize(
    ("token_type", "shown"), [("mac", "'mac'"), (5, "'5'"), ("x" * 50, repr("x" * 40))]
)
def test_other_token_types_are_refused(token_type: object, shown: str) -> None:
    error = _refusal(_answer(200, {"access_token": "t0k-value", "token_type": token_type}))
    assert str(error).startswith(
        f"The token response holds an unusable access token: its token_type is {shown}, "
        "not 'Bearer': 200 OK"
    )


def test_the_error_keeps_a_text_or_empty_body_as_it_came() -> None:
    request = build_token_request(URL, "the-id", SECRET)
    text = httpx.Response(503, text="busy, try later", request=request)
    assert _refusal(text).response.text == "busy, try later"
    assert _refusal(_answer(302, Location="https://elsewhere.example/")).response.text == ""


def test_the_error_response_is_readable_after_decompression() -> None:
    body = json.dumps({"error": "invalid_client"}).encode()
    request = build_token_request(URL, "the-id", SECRET)
    response = httpx.Response(
        401,
        content=gzip.compress(body),
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        request=request,
    )
    response.read()
    error = _refusal(response)
    assert error.response.json() == {"error": "invalid_client"}
    assert "content-encoding" not in error.response.headers
    assert error.response.headers["content-type"] == "application/json"


def test_a_long_redirect_target_is_cut_and_the_secret_masked() -> None:
    where = f"https://elsewhere.example/?s={SECRET}&pad=" + "p" * 300
    error = _refusal(_answer(302, Location=where))
    shown = where[:200].replace(SECRET, "***")
    assert str(error).startswith(f"The token endpoint redirected the token request to {shown!r};")
    assert SECRET not in str(error)


def test_refusals_mask_the_secret_and_the_refused_token_everywhere() -> None:
    no_token = _refusal(_answer(200, {"echo": SECRET}))
    assert SECRET not in no_token.response.text
    refused = "bad token value"
    unusable = _refusal(_answer(200, {"access_token": refused, "echo": [refused, SECRET]}))
    assert refused not in unusable.response.text
    assert SECRET not in unusable.response.text
    assert json.loads(unusable.response.text)["echo"] == ["***", "***"]
