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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_redact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_redact__mutmut)
def redact(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def x_redact__mutmut_orig(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def x_redact__mutmut_1(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = None
    return text


def x_redact__mutmut_2(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(None, text)
    return text


def x_redact__mutmut_3(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, None)
    return text


def x_redact__mutmut_4(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(text)
    return text


def x_redact__mutmut_5(text: str) -> str:
    """Mask bearer tokens, client secrets and access tokens in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, )
    return text

mutants_x_redact__mutmut['_mutmut_orig'] = x_redact__mutmut_orig # type: ignore # mutmut generated
mutants_x_redact__mutmut['x_redact__mutmut_1'] = x_redact__mutmut_1 # type: ignore # mutmut generated
mutants_x_redact__mutmut['x_redact__mutmut_2'] = x_redact__mutmut_2 # type: ignore # mutmut generated
mutants_x_redact__mutmut['x_redact__mutmut_3'] = x_redact__mutmut_3 # type: ignore # mutmut generated
mutants_x_redact__mutmut['x_redact__mutmut_4'] = x_redact__mutmut_4 # type: ignore # mutmut generated
mutants_x_redact__mutmut['x_redact__mutmut_5'] = x_redact__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRedactingFilterǁfilter__mutmut: MutantDict = {}  # type: ignore


class RedactingFilter(logging.Filter):
    """A logging filter that formats ``msg % args`` and masks secrets in the result."""

    @_mutmut_mutated(mutants_xǁRedactingFilterǁfilter__mutmut)
    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = None
        return True

    def xǁRedactingFilterǁfilter__mutmut_orig(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = None
        return True

    def xǁRedactingFilterǁfilter__mutmut_1(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = None
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = None
        return True

    def xǁRedactingFilterǁfilter__mutmut_2(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return False
        record.msg = redact(message)
        record.args = None
        return True

    def xǁRedactingFilterǁfilter__mutmut_3(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = None
        record.args = None
        return True

    def xǁRedactingFilterǁfilter__mutmut_4(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = redact(None)
        record.args = None
        return True

    def xǁRedactingFilterǁfilter__mutmut_5(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = ""
        return True

    def xǁRedactingFilterǁfilter__mutmut_6(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted, fully formatted form."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = None
        return False

mutants_xǁRedactingFilterǁfilter__mutmut['_mutmut_orig'] = RedactingFilter.xǁRedactingFilterǁfilter__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRedactingFilterǁfilter__mutmut['xǁRedactingFilterǁfilter__mutmut_1'] = RedactingFilter.xǁRedactingFilterǁfilter__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRedactingFilterǁfilter__mutmut['xǁRedactingFilterǁfilter__mutmut_2'] = RedactingFilter.xǁRedactingFilterǁfilter__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRedactingFilterǁfilter__mutmut['xǁRedactingFilterǁfilter__mutmut_3'] = RedactingFilter.xǁRedactingFilterǁfilter__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRedactingFilterǁfilter__mutmut['xǁRedactingFilterǁfilter__mutmut_4'] = RedactingFilter.xǁRedactingFilterǁfilter__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRedactingFilterǁfilter__mutmut['xǁRedactingFilterǁfilter__mutmut_5'] = RedactingFilter.xǁRedactingFilterǁfilter__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRedactingFilterǁfilter__mutmut['xǁRedactingFilterǁfilter__mutmut_6'] = RedactingFilter.xǁRedactingFilterǁfilter__mutmut_6 # type: ignore # mutmut generated
mutants_x__install_filter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__install_filter__mutmut)
def _install_filter() -> None:
    """Attach one :class:`RedactingFilter` to the ``piwik_pro`` logger (idempotent)."""
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())


def x__install_filter__mutmut_orig() -> None:
    """Attach one :class:`RedactingFilter` to the ``piwik_pro`` logger (idempotent)."""
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())


def x__install_filter__mutmut_1() -> None:
    """Attach one :class:`RedactingFilter` to the ``piwik_pro`` logger (idempotent)."""
    if any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())


def x__install_filter__mutmut_2() -> None:
    """Attach one :class:`RedactingFilter` to the ``piwik_pro`` logger (idempotent)."""
    if not any(None):
        logger.addFilter(RedactingFilter())


def x__install_filter__mutmut_3() -> None:
    """Attach one :class:`RedactingFilter` to the ``piwik_pro`` logger (idempotent)."""
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(None)

mutants_x__install_filter__mutmut['_mutmut_orig'] = x__install_filter__mutmut_orig # type: ignore # mutmut generated
mutants_x__install_filter__mutmut['x__install_filter__mutmut_1'] = x__install_filter__mutmut_1 # type: ignore # mutmut generated
mutants_x__install_filter__mutmut['x__install_filter__mutmut_2'] = x__install_filter__mutmut_2 # type: ignore # mutmut generated
mutants_x__install_filter__mutmut['x__install_filter__mutmut_3'] = x__install_filter__mutmut_3 # type: ignore # mutmut generated


_install_filter()
mutants_x_log_request__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_log_request__mutmut)
def log_request(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_orig(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_1(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = None
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_2(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split(None, 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_3(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", None)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_4(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split(1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_5(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", )[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_6(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.rsplit("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_7(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("XX?XX", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_8(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 2)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_9(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[1]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_10(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = None
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_11(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if (status is None) and False else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_12(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if (status is None) or True else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_13(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "XXno responseXX" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_14(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "NO RESPONSE" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_15(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is not None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_16(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(None)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_17(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug(None, method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_18(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", None, path, outcome, elapsed)


def x_log_request__mutmut_19(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), None, outcome, elapsed)


def x_log_request__mutmut_20(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, None, elapsed)


def x_log_request__mutmut_21(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, None)


def x_log_request__mutmut_22(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug(method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_23(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", path, outcome, elapsed)


def x_log_request__mutmut_24(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), outcome, elapsed)


def x_log_request__mutmut_25(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, elapsed)


def x_log_request__mutmut_26(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.upper(), path, outcome, )


def x_log_request__mutmut_27(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("XX%s %s -> %s in %.3fsXX", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_28(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%S %S -> %S IN %.3FS", method.upper(), path, outcome, elapsed)


def x_log_request__mutmut_29(method: str, url_path: str, status: int | None, elapsed: float) -> None:
    """Log one finished HTTP exchange at DEBUG: method, path, status and seconds taken."""
    path = url_path.split("?", 1)[0]
    outcome = "no response" if status is None else str(status)
    logger.debug("%s %s -> %s in %.3fs", method.lower(), path, outcome, elapsed)

mutants_x_log_request__mutmut['_mutmut_orig'] = x_log_request__mutmut_orig # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_1'] = x_log_request__mutmut_1 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_2'] = x_log_request__mutmut_2 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_3'] = x_log_request__mutmut_3 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_4'] = x_log_request__mutmut_4 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_5'] = x_log_request__mutmut_5 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_6'] = x_log_request__mutmut_6 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_7'] = x_log_request__mutmut_7 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_8'] = x_log_request__mutmut_8 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_9'] = x_log_request__mutmut_9 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_10'] = x_log_request__mutmut_10 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_11'] = x_log_request__mutmut_11 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_12'] = x_log_request__mutmut_12 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_13'] = x_log_request__mutmut_13 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_14'] = x_log_request__mutmut_14 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_15'] = x_log_request__mutmut_15 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_16'] = x_log_request__mutmut_16 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_17'] = x_log_request__mutmut_17 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_18'] = x_log_request__mutmut_18 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_19'] = x_log_request__mutmut_19 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_20'] = x_log_request__mutmut_20 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_21'] = x_log_request__mutmut_21 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_22'] = x_log_request__mutmut_22 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_23'] = x_log_request__mutmut_23 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_24'] = x_log_request__mutmut_24 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_25'] = x_log_request__mutmut_25 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_26'] = x_log_request__mutmut_26 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_27'] = x_log_request__mutmut_27 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_28'] = x_log_request__mutmut_28 # type: ignore # mutmut generated
mutants_x_log_request__mutmut['x_log_request__mutmut_29'] = x_log_request__mutmut_29 # type: ignore # mutmut generated
