"""Secret redaction and the request log line."""

from __future__ import annotations

import logging

import pytest

from piwik_pro._logging import RedactingFilter, log_request, logger, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer eyJhbGciOi.J9x-_y/z+w==", "Authorization: Bearer ***"),
        ("authorization: bearer abc123", "authorization: bearer ***"),
        (
            '{"client_secret": "s3cr3t", "client_id": "id"}',
            '{"client_secret": "***", "client_id": "id"}',
        ),
        (
            '{"access_token":"eyJ.abc.def","expires_in":1800}',
            '{"access_token":"***","expires_in":1800}',
        ),
        ("{'client_secret': 'py-repr'}", "{'client_secret': '***'}"),
        ('{"client_secret": "with \\"quote\\" inside"}', '{"client_secret": "***"}'),
        (
            "grant_type=client_credentials&client_secret=abc&x=1",
            "grant_type=client_credentials&client_secret=***&x=1",
        ),
        ("Auth(client_secret='abc', id=1)", "Auth(client_secret='***', id=1)"),
        ("?access_token=tok123 trailing", "?access_token=*** trailing"),
        ("refresh_token=r1", "refresh_token=***"),
        ("GET /api/users 200 in 0.1s", "GET /api/users 200 in 0.1s"),
    ],
)
def test_redact_masks_secret_forms(text: str, expected: str) -> None:
    """Bearer tokens, client secrets and access tokens are masked; other text is kept."""
    assert redact(text) == expected


def test_filter_is_installed_on_package_logger() -> None:
    """The piwik_pro logger carries exactly one RedactingFilter."""
    assert logger.name == "piwik_pro"
    assert sum(isinstance(f, RedactingFilter) for f in logger.filters) == 1


def test_logged_secrets_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    """Secrets passed as format arguments are masked before the record is emitted."""
    with caplog.at_level(logging.DEBUG, logger="piwik_pro"):
        logger.debug("header %s body %s", "Bearer tok-XYZ", '{"client_secret": "s3"}')
    assert caplog.messages == ['header Bearer *** body {"client_secret": "***"}']
    assert "tok-XYZ" not in caplog.text
    assert "s3" not in caplog.text


def test_filter_leaves_broken_format_to_logging() -> None:
    """A record whose args do not fit its format is let through unchanged."""
    record = logging.LogRecord("piwik_pro", logging.DEBUG, __file__, 1, "%s %s", ("one",), None)
    assert RedactingFilter().filter(record) is True
    assert record.msg == "%s %s"
    assert record.args == ("one",)


def test_filter_formats_and_clears_args() -> None:
    """After filtering, the message is final and args are cleared."""
    record = logging.LogRecord(
        "piwik_pro", logging.INFO, __file__, 1, "token %s", ("Bearer abc",), None
    )
    assert RedactingFilter().filter(record) is True
    assert record.msg == "token Bearer ***"
    assert record.args is None
    assert record.getMessage() == "token Bearer ***"


def test_log_request_logs_method_path_status_time(caplog: pytest.LogCaptureFixture) -> None:
    """log_request writes one DEBUG line with method, path (no query), status and seconds."""
    with caplog.at_level(logging.DEBUG, logger="piwik_pro"):
        log_request("get", "/api/users/v2?access_token=abc", 200, 0.12345)
        log_request("POST", "/api/x", None, 1.0)
    assert caplog.messages == [
        "GET /api/users/v2 -> 200 in 0.123s",
        "POST /api/x -> no response in 1.000s",
    ]
    assert all(r.levelno == logging.DEBUG for r in caplog.records)


def test_log_request_is_silent_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    """At INFO level nothing is logged for a request."""
    with caplog.at_level(logging.INFO, logger="piwik_pro"):
        log_request("GET", "/api/x", 200, 0.1)
    assert caplog.records == []


def test_installing_the_filter_is_idempotent() -> None:
    """_install_filter adds the one RedactingFilter a bare logger lacks, and no second one."""
    from piwik_pro._logging import _install_filter

    saved = list(logger.filters)
    try:
        for existing in saved:
            logger.removeFilter(existing)
        _install_filter()
        _install_filter()
        assert [type(f) for f in logger.filters] == [RedactingFilter]
    finally:
        for added in list(logger.filters):
            logger.removeFilter(added)
        for existing in saved:
            logger.addFilter(existing)


def test_log_request_drops_the_whole_query(caplog: pytest.LogCaptureFixture) -> None:
    """Everything after the first ``?`` is left out, even when it holds another ``?``."""
    with caplog.at_level(logging.DEBUG, logger="piwik_pro"):
        log_request("GET", "/api/x?q=a?b&access_token=t", 200, 0.5)
    assert caplog.messages == ["GET /api/x -> 200 in 0.500s"]
