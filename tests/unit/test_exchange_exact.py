"""``parse_outcome`` and ``outcome`` exactly: what a 2xx parses into, what a body that does
not fit raises, and that every secret is masked in both the message and the response."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from piwik_pro import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    NotFoundError,
    RateLimitError,
)
from piwik_pro._body import BodyLimits, DeadlineExceeded
from piwik_pro._errors import MAX_ERROR_JSON, read_body
from piwik_pro._exchange import (
    _encoded,
    attempt_kwargs,
    budget,
    call_limits,
    delay_after_error,
    outcome,
    parse_outcome,
    scrubbed,
    status_error,
    validation_error,
)
from piwik_pro._operation import Operation
from piwik_pro._resources.users import _USERS_GET
from piwik_pro._response import _RAW_RESPONSE, APIResponse
from piwik_pro._retry import RetryPolicy
from piwik_pro._token import DEADLINE

from .fakeapi import GET
from .fakeapi.models import Thing

SECRET = "s3cret-value"
BEARER = "bearer-tok-42"
THINGS = GET.module


def _module(parse: Callable[..., Any]) -> ModuleType:
    """An endpoint module whose ``_parse_response`` is ``parse``."""
    module = ModuleType("fake_endpoint")
    module._parse_response = parse  # type: ignore[attr-defined]
    return module


def _raises(exc: Exception) -> ModuleType:
    def parse(*, client: Any, response: httpx.Response) -> Any:
        raise exc

    return _module(parse)


def _returns(value: Any) -> ModuleType:
    return _module(lambda *, client, response: value)


def _response(status: int = 200, body: Any = None, content: bytes | None = None) -> httpx.Response:
    request = httpx.Request(
        "GET", "https://example.piwik.pro/things/1", headers={"Authorization": f"Bearer {BEARER}"}
    )
    if content is not None:
        return httpx.Response(status, content=content, request=request)
    return httpx.Response(status, json=body, request=request)


def _op(*success: str, ndjson: str | None = None) -> Operation[Any]:
    return Operation("things.get", THINGS, "GET", "/things/{id}", success=success, ndjson=ndjson)


@pytest.fixture
def raw() -> Iterator[None]:
    """Calls inside the test return :class:`APIResponse` (as ``with_raw_response`` does)."""
    token = _RAW_RESPONSE.set(True)
    yield
    _RAW_RESPONSE.reset(token)


# --------------------------------------------------------------------------- success


def test_ndjson_body_is_one_model_per_line() -> None:
    op = _op("list", ndjson=f"{Thing.__module__}:Thing")
    content = b'{"id": "1", "name": "a"}\n\n{"id": "2", "name": "b"}\n'
    parsed = parse_outcome(op, _raises(AssertionError("not used")), _response(content=content))
    assert parsed == [Thing("1", "a"), Thing("2", "b")]


def test_a_dict_is_kept_raw_only_where_a_union_of_two_or_more_was_expected() -> None:
    """A body no member of a union accepts comes back raw; a single model must parse."""
    body = {"kind": "new"}
    assert parse_outcome(_op("Thing", "list"), _returns(body), _response(body=body)) is body
    with pytest.raises(APIResponseValidationError, match=r"parsed as dict$"):
        parse_outcome(_op("Thing"), _returns(body), _response(body=body))


def test_an_undocumented_2xx_of_a_generated_module_is_a_validation_error() -> None:
    """The generated module returns None for a status it does not know (it must not be
    asked to raise on it, nor given a client it cannot read): that is reported as such."""
    response = _response(203, body={"data": {}})
    with pytest.raises(APIResponseValidationError) as caught:
        parse_outcome(_USERS_GET, _USERS_GET.load(), response)
    assert str(caught.value) == (
        "users.get: the 203 response does not match JsonApiUserObject: parsed as NoneType"
    )


def test_a_model_of_another_type_names_that_type() -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        parse_outcome(_op("Thing"), _returns("text"), _response(body="text"))
    assert str(caught.value) == "things.get: the 200 response does not match Thing: parsed as str"


# --------------------------------------------------------------------------- failures


def _assert_masked(error: APIResponseValidationError, why: str) -> None:
    assert str(error) == f"things.get: the 200 response does not match Thing: {why}"
    for secret in (SECRET, BEARER):
        assert secret not in str(error)
        assert secret not in json.dumps(error.body)
        assert secret.encode() not in error.response.content
    assert "authorization" not in error.response.request.headers


def test_a_model_that_fails_to_build_names_the_exception_with_secrets_masked() -> None:
    body = {"echo": f"{SECRET} {BEARER}"}
    module = _raises(KeyError(f"id of {SECRET} with {BEARER}"))
    with pytest.raises(APIResponseValidationError) as caught:
        parse_outcome(_op("Thing"), module, _response(body=body), (SECRET,))
    _assert_masked(caught.value, "KeyError: 'id of *** with ***'")
    assert isinstance(caught.value.__cause__, KeyError)


def test_a_model_of_the_wrong_type_is_reported_with_secrets_masked() -> None:
    body = {"echo": f"{SECRET} {BEARER}"}
    with pytest.raises(APIResponseValidationError) as caught:
        parse_outcome(_op("Thing"), _returns(1), _response(body=body), (SECRET,))
    _assert_masked(caught.value, "parsed as int")


# --------------------------------------------------------------------------- raw calls


def test_a_raw_call_defers_parsing_and_masks_secrets_when_it_fails(raw: None) -> None:
    body = {"echo": f"{SECRET} {BEARER}"}
    module = _raises(ValueError(f"bad {SECRET}"))
    answer = outcome(_op("Thing"), module, _response(body=body), (SECRET,))
    assert isinstance(answer, APIResponse)
    assert answer.operation == "things.get"
    assert "authorization" not in answer.http_response.request.headers
    with pytest.raises(APIResponseValidationError) as caught:
        answer.parse()
    assert str(caught.value) == (
        "things.get: the 200 response does not match Thing: ValueError: bad ***"
    )


def test_a_raw_call_raises_the_status_error_with_the_operation_and_masked_secrets(
    raw: None,
) -> None:
    response = _response(404, body={"errors": [{"title": f"no {SECRET} for {BEARER}"}]})
    with pytest.raises(NotFoundError) as caught:
        outcome(_op("Thing"), _returns(None), response, (SECRET,))
    error: APIStatusError = caught.value
    assert error.operation == "things.get"
    for secret in (SECRET, BEARER):
        assert secret not in str(error)
        assert secret.encode() not in error.response.content


def test_a_plain_call_returns_the_model() -> None:
    thing = Thing("1", "a")
    assert outcome(_op("Thing"), _returns(thing), _response(body=thing.to_dict())) is thing


def test_validation_error_masks_secrets_in_its_message_and_body() -> None:
    response = _response(body={"echo": SECRET})
    error = validation_error(_op("Thing"), response, f"saw {SECRET}", (SECRET,))
    assert isinstance(error, APIResponseValidationError)
    assert str(error) == "things.get: the 200 response does not match Thing: saw ***"
    assert error.body == {"echo": "***"}


# --------------------------------------------------------------------------- scrubbing


def _charset(content: bytes, charset: str) -> httpx.Response:
    headers = {"Content-Type": f"application/json; charset={charset}"}
    return httpx.Response(
        400, content=content, headers=headers, request=httpx.Request("GET", "https://e/x")
    )


def test_scrubbing_keeps_the_body_in_its_own_charset() -> None:
    response = _charset(f'{{"e": "café {SECRET}"}}'.encode("latin-1"), "latin-1")
    scrubbed(response, (SECRET,))
    assert response.content == '{"e": "café ***"}'.encode("latin-1")
    assert response.text == '{"e": "café ***"}'


def test_scrubbing_finds_a_secret_in_a_utf16_body() -> None:
    response = _charset(f'{{"e": "{SECRET}"}}'.encode("utf-16"), "utf-16")
    error = status_error("things.get", response, (SECRET,))
    assert SECRET not in response.content.decode("utf-16")
    assert error.body == {"e": "***"}


def test_scrubbing_a_body_that_is_not_valid_text_replaces_the_bad_bytes() -> None:
    response = _charset(b"\xff\xfe " + SECRET.encode(), "utf-8")
    scrubbed(response, (SECRET,))
    assert response.content == "\ufffd\ufffd ***".encode()


def test_scrubbing_drops_the_text_httpx_cached() -> None:
    response = _charset(f'"{SECRET}"'.encode(), "utf-8")
    assert SECRET in response.text  # httpx caches the decoded text
    scrubbed(response, (SECRET,))
    assert response.text == '"***"'


def test_scrubbing_without_secrets_leaves_the_body_alone() -> None:
    content = b"\xff not text"
    response = _charset(content, "utf-8")
    scrubbed(response, ("", ""))
    assert response.content == content


# --------------------------------------------------------------------------- time budget


class _Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_retry_gets_each_timeout_phase_capped_at_the_time_left() -> None:
    clock = _Clock()
    limits = BodyLimits(10, clock, deadline=110.0)
    timeout = httpx.Timeout(connect=5.0, read=None, write=7.0, pool=1.0)
    first = attempt_kwargs({"url": "/x"}, timeout, limits)
    assert "timeout" not in first
    assert first["extensions"] == {DEADLINE: 110.0}
    retry = attempt_kwargs({"url": "/x"}, timeout, limits, attempt=1)
    assert retry["timeout"] == httpx.Timeout(connect=5.0, read=10.0, write=7.0, pool=1.0)


def test_a_retry_caps_the_per_call_timeout_and_keeps_the_callers_extensions() -> None:
    clock = _Clock()
    limits = BodyLimits(10, clock, deadline=110.0)
    kwargs = {"url": "/x", "timeout": httpx.Timeout(3.0), "extensions": {"trace": 1}}
    retry = attempt_kwargs(kwargs, httpx.Timeout(100.0), limits, attempt=1)
    assert retry["timeout"] == httpx.Timeout(3.0)
    assert retry["extensions"] == {"trace": 1, DEADLINE: 110.0}


def test_no_time_left_is_deadline_exceeded() -> None:
    clock = _Clock()
    limits = BodyLimits(10, clock, deadline=100.0)
    with pytest.raises(DeadlineExceeded) as caught:
        attempt_kwargs({"url": "/x"}, httpx.Timeout(5.0), limits, attempt=1)
    assert str(caught.value) == "the call's deadline passed"


def test_the_call_budget_is_the_per_call_timeout_else_the_clients() -> None:
    clock = _Clock()
    per_call = call_limits({"timeout": httpx.Timeout(3.0)}, httpx.Timeout(100.0), clock, 10)
    assert (per_call.deadline, per_call.budget, per_call.max_bytes) == (103.0, 3.0, 10)
    client = call_limits({}, httpx.Timeout(100.0), clock, 10)
    assert (client.deadline, client.budget) == (200.0, 100.0)
    unbounded = call_limits({}, httpx.Timeout(None), clock, 10)
    assert (unbounded.deadline, unbounded.budget) == (None, None)


def test_a_retry_after_on_a_status_error_moves_the_deadline() -> None:
    """The wait the server asked for (Retry-After, on the error raised for its answer)
    moves the deadline by its length; a backoff that long would not fit the time left."""
    clock = _Clock()
    limits = BodyLimits(10, clock, deadline=102.0)
    answer = httpx.Response(
        429, headers={"Retry-After": "5"}, request=httpx.Request("GET", "https://e/x")
    )
    error = RateLimitError("slow down", response=answer, body=None)
    later, wait = budget(limits, 5.0, error)
    assert (later.deadline, wait) == (107.0, 5.0)
    assert budget(limits, 5.0, ValueError("no answer")) == (limits, None)


def test_a_token_request_that_failed_without_a_cause_is_not_retried() -> None:
    request = httpx.Request("POST", "https://e/auth/token")
    error = APIConnectionError("failed", request=request)
    assert error.__cause__ is None
    assert delay_after_error(RetryPolicy(max_retries=3), error, 0, 3) is None


def test_scrubbing_a_body_its_charset_cannot_write_back_replaces_what_it_cannot() -> None:
    """An ASCII body with a byte ASCII lacks: read with a replacement character, written
    back with ``?`` (the secret still masked, nothing raised)."""
    response = _charset(b"\xff " + SECRET.encode(), "ascii")
    scrubbed(response, (SECRET,))
    assert response.content == b"? ***"


def test_a_token_request_whose_cause_is_not_worth_retrying_is_not_retried() -> None:
    error = APIConnectionError("failed", request=httpx.Request("POST", "https://e/auth/token"))
    error.__cause__ = ValueError("not a transport failure")
    assert delay_after_error(RetryPolicy(max_retries=3), error, 0, 3) is None
    error.__cause__ = httpx.ConnectError("refused")
    assert delay_after_error(RetryPolicy(max_retries=3), error, 0, 3) is not None


@pytest.mark.parametrize("charset", ["hex", "base64", "idna", "punycode"])
def test_scrubbing_a_body_labelled_with_a_codec_that_is_no_text_encoding(charset: str) -> None:
    """Read as UTF-8 then: the secret is masked and nothing is raised."""
    response = _charset(f"echo {SECRET}".encode(), charset)
    error = status_error("things.get", response, (SECRET,))
    assert response.content == b"echo ***"
    assert SECRET not in str(error)


def test_scrubbing_a_utf8_body_labelled_utf16_still_masks_its_bytes() -> None:
    response = _charset(f"echo {SECRET}".encode(), "utf-16")
    scrubbed(response, (SECRET,))
    assert SECRET.encode() not in response.content
    assert response.content.endswith(b"***")


def test_scrubbing_finds_a_secret_a_json_body_escapes() -> None:
    escaped = "\\u" + format(ord(SECRET[0]), "04x") + SECRET[1:]
    response = _charset(f'{{"e": "{escaped}", "n": 1}}'.encode(), "utf-8")
    assert response.json() == {"e": SECRET, "n": 1}
    error = status_error("things.get", response, (SECRET,))
    assert response.json() == {"e": "***", "n": 1}
    assert error.body == {"e": "***", "n": 1}


def _escaped(secret: str) -> str:
    """``secret`` as a JSON string may spell it: its first character as a \\u escape."""
    return "\\u" + format(ord(secret[0]), "04x") + secret[1:]


def test_a_body_no_codec_can_read_is_read_as_utf8_with_replacements() -> None:
    response = _charset(b"\xff echo " + SECRET.encode(), "hex")
    assert read_body(response) == f"\ufffd echo {SECRET}"
    scrubbed(response, (SECRET,))
    assert response.content == "\ufffd echo ***".encode()


def test_text_a_codec_cannot_write_is_written_as_utf8() -> None:
    assert _encoded("café ***", "hex") == "café ***".encode()
    assert _encoded("café ***", "latin-1") == "café ***".encode("latin-1")


def test_scrubbing_a_utf16_body_that_is_not_json() -> None:
    response = _charset(f"echo {SECRET}".encode("utf-16"), "utf-16")
    scrubbed(response, (SECRET,))
    assert response.content.decode("utf-16") == "echo ***"


def test_scrubbing_an_escaped_secret_keeps_the_json_in_its_charset_and_characters() -> None:
    body = f'{{"e": "{_escaped(SECRET)}", "w": "café"}}'
    response = _charset(body.encode("utf-16"), "utf-16")
    scrubbed(response, (SECRET,))
    assert response.content.decode("utf-16") == '{"e": "***", "w": "café"}'


def test_an_escaped_secret_is_masked_in_a_json_body_of_up_to_64_kib() -> None:
    head = f'{{"e": "{_escaped(SECRET)}", "pad": "'
    body = head + "x" * (MAX_ERROR_JSON - len(head) - 2) + '"}'
    assert len(body.encode()) == MAX_ERROR_JSON
    response = _charset(body.encode(), "utf-8")
    scrubbed(response, (SECRET,))
    assert response.json()["e"] == "***"


def test_a_body_that_is_not_json_is_read_in_its_own_charset() -> None:
    response = _charset("café".encode("latin-1"), "latin-1")
    assert read_body(response) == "café"
