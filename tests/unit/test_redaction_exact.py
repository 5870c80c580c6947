"""The log redaction patterns one by one, and the request log line, exactly."""

from __future__ import annotations

import logging

import pytest

from piwik_pro._logging import RedactingFilter, log_request, logger, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer abc.DEF-123_~+/==", "Authorization: Bearer ***"),
        ("bearer   tok", "bearer ***"),
        ("BEARER tok and Bearer other", "BEARER *** and Bearer ***"),
        ('{"client_secret": "s\\"x", "a": 1}', '{"client_secret": "***", "a": 1}'),
        ("{'access_token' : 'tok'}", "{'access_token' : '***'}"),
        ('{"REFRESH_TOKEN":"r"}', '{"REFRESH_TOKEN":"***"}'),
        ('{"client_secret": "a\'b"}', '{"client_secret": "***"}'),
        ("client_secret=abc&x=1", "client_secret=***&x=1"),
        ("access_token='tok', b=2", "access_token='***', b=2"),
        ('refresh_token="tok")', 'refresh_token="***")'),
        ("Client_Secret=abc def", "Client_Secret=*** def"),
        ("my_client_secret=abc", "my_client_secret=abc"),
        ("nothing secret here", "nothing secret here"),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_the_filter_formats_then_masks_and_keeps_the_record() -> None:
    record = logging.LogRecord(
        "piwik_pro", logging.DEBUG, __file__, 1, "sent %s", ("Bearer t",), None
    )
    assert RedactingFilter().filter(record) is True
    assert record.msg == "sent Bearer ***"
    assert record.args is None


def test_a_broken_record_is_left_for_logging_to_report() -> None:
    record = logging.LogRecord("piwik_pro", logging.DEBUG, __file__, 1, "%d", ("x",), None)
    assert RedactingFilter().filter(record) is True
    assert record.msg == "%d"
    assert record.args == ("x",)


def test_the_logger_has_one_filter() -> None:
    assert [type(f) for f in logger.filters].count(RedactingFilter) == 1
    from piwik_pro import _logging

    _logging._install_filter()
    assert [type(f) for f in logger.filters].count(RedactingFilter) == 1


def test_log_request_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="piwik_pro"):
        log_request("get", "/api/users?client_secret=x?y", 200, 0.12345)
        log_request("post", "/auth/token", None, 2)
    assert [r.getMessage() for r in caplog.records] == [
        "GET /api/users -> 200 in 0.123s",
        "POST /auth/token -> no response in 2.000s",
    ]
    assert all(r.levelno == logging.DEBUG and r.name == "piwik_pro" for r in caplog.records)
