"""The ``piwik_pro`` logger, with secrets masked before any record is emitted.

Only method, path, status and timing are logged; never headers or bodies. As a second
line of defence, :class:`RedactingFilter` masks bearer tokens, client secrets and access
tokens in every record logged on the ``piwik_pro`` logger.
"""

from __future__ import annotations

import logging
import re

__all__ = ["RedactingFilter", "log_request", "logger", "redact"]

logger = logging.getLogger("piwik_pro")

_MASK = "***"
_SECRET_KEYS = r"(?:client_secret|access_token|refresh_token)"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization: Bearer <token>
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*"), rf"\1 {_MASK}"),
    # "client_secret": "..."  and  'client_secret': '...'  (JSON and Python reprs)
    (
        re.compile(rf"""(?i)(["']{_SECRET_KEYS}["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2"""),
        rf"\1\2{_MASK}\2",
    ),
    # client_secret=...  (form and query strings, keyword reprs)
    (re.compile(rf"(?i)\b({_SECRET_KEYS}=)(['\"]?)[^&\s'\",)]+\2"), rf"\1\2{_MASK}\2"),
)


def redact(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that formats ``msg % args`` and masks secrets in the result."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = None
        return True


def _install_filter() -> None:
    """Attach one :class:`RedactingFilter` to the ``piwik_pro`` logger (idempotent)."""
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())


_install_filter()


def log_request(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)
