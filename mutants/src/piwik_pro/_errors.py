"""The exception tree and the single HTTP status → exception mapping.

::

    PiwikProError
    ├── ConfigurationError          (also a ValueError)
    ├── APIConnectionError          (.request; transport failures)
    │   └── APITimeoutError
    ├── APIResponseValidationError  (.response .body: a 2xx body that does not match the model)
    ├── ResponseTooLargeError       (.request .status_code .limit: a body past max_response_bytes)
    ├── PaginationError             (.operation .pages: a server whose pages never end)
    └── APIStatusError              (.status_code .response .body .errors)
        ├── BadRequestError 400 · AuthenticationError 401 · PermissionDeniedError 403
        ├── NotFoundError 404 · ConflictError 409 · UnprocessableEntityError 422
        ├── RateLimitError 429 (.retry_after: float | None) · InternalServerError/ServerError 5xx

Messages name the status, method, path and operation plus the server's own words; they
never contain request headers or bodies. Error bodies (``.body``) are kept short, and the
client secret and access tokens the client knows are masked in messages and bodies, even
when a server echoes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._logging import redact

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "JsonApiError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PiwikProError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "UnprocessableEntityError",
    "error_body",
    "error_message",
    "mask",
    "parse_errors",
    "read_body",
    "status_error_from_response",
]

_MAX_TEXT = 500
MAX_ERROR_JSON = 64 * 1024
"""Error bodies up to this many bytes are parsed as JSON; longer ones are kept as cut text."""
MAX_ERROR_TEXT = 2_000
"""The most characters of a text error body that ``.body`` keeps."""
_MASK = "***"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_mask__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- masking


@_mutmut_mutated(mutants_x_mask__mutmut)
def mask(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_orig(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_1(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_2(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret or secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_3(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret not in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_4(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = None
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_5(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(None, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_6(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, None)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_7(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(_MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_8(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, )
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_9(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(None, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_10(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, None): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_11(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_12(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, ): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_13(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(None, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_14(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, None) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_15(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_16(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, ) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_17(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(None, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_18(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, None) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_19(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(secrets) for item in value]
    return value


# --------------------------------------------------------------------------- masking


def x_mask__mutmut_20(value: Any, secrets: Sequence[str]) -> Any:
    """``value`` with every occurrence of each secret replaced by ``***``.

    Strings, and the strings inside parsed JSON (keys and values), are masked; other
    values are returned as they are.
    """
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            if secret and secret in value:
                value = value.replace(secret, _MASK)
        return value
    if isinstance(value, Mapping):
        return {mask(k, secrets): mask(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask(item, ) for item in value]
    return value

mutants_x_mask__mutmut['_mutmut_orig'] = x_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_1'] = x_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_2'] = x_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_3'] = x_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_4'] = x_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_5'] = x_mask__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_6'] = x_mask__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_7'] = x_mask__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_8'] = x_mask__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_9'] = x_mask__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_10'] = x_mask__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_11'] = x_mask__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_12'] = x_mask__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_13'] = x_mask__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_14'] = x_mask__mutmut_14 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_15'] = x_mask__mutmut_15 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_16'] = x_mask__mutmut_16 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_17'] = x_mask__mutmut_17 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_18'] = x_mask__mutmut_18 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_19'] = x_mask__mutmut_19 # type: ignore # mutmut generated
mutants_x_mask__mutmut['x_mask__mutmut_20'] = x_mask__mutmut_20 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- JSON:API errors


@dataclass(frozen=True, slots=True)
class JsonApiError:
    """One error object from an error body (JSON:API or one of the simpler shapes)."""

    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    pointer: str | None = None
    parameter: str | None = None
    meta: Mapping[str, Any] | None = None

    @_mutmut_mutated(mutants_xǁJsonApiErrorǁsummary__mutmut)
    def summary(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_orig(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_1(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail or self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_2(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title or self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_3(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title == self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_4(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = None
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_5(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = None
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_6(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code and ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_7(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title and self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_8(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail and self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_9(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or "XXXX"
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_10(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer and self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_11(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = None
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_12(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer and self.parameter}]"
        return text or None

    def xǁJsonApiErrorǁsummary__mutmut_13(self) -> str | None:
        """``"title: detail"`` (or whichever exists), else the code; None when empty."""
        if self.title and self.detail and self.title != self.detail:
            text = f"{self.title}: {self.detail}"
        else:
            text = self.detail or self.title or self.code or ""
        if self.pointer or self.parameter:
            text = f"{text} [{self.pointer or self.parameter}]"
        return text and None

mutants_xǁJsonApiErrorǁsummary__mutmut['_mutmut_orig'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_1'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_2'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_3'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_4'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_5'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_6'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_7'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_8'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_9'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_10'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_11'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_12'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJsonApiErrorǁsummary__mutmut['xǁJsonApiErrorǁsummary__mutmut_13'] = JsonApiError.xǁJsonApiErrorǁsummary__mutmut_13 # type: ignore # mutmut generated
mutants_x__opt_str__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__opt_str__mutmut)
def _opt_str(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = str(value).strip()
    return text or None


def x__opt_str__mutmut_orig(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = str(value).strip()
    return text or None


def x__opt_str__mutmut_1(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None and (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = str(value).strip()
    return text or None


def x__opt_str__mutmut_2(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is not None or (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = str(value).strip()
    return text or None


def x__opt_str__mutmut_3(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) or not isinstance(value, str)):
        return None
    text = str(value).strip()
    return text or None


def x__opt_str__mutmut_4(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) and isinstance(value, str)):
        return None
    text = str(value).strip()
    return text or None


def x__opt_str__mutmut_5(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = None
    return text or None


def x__opt_str__mutmut_6(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = str(None).strip()
    return text or None


def x__opt_str__mutmut_7(value: object) -> str | None:
    """A string form of scalars; None for None, empty strings and containers."""
    if value is None or (isinstance(value, Mapping | Sequence) and not isinstance(value, str)):
        return None
    text = str(value).strip()
    return text and None

mutants_x__opt_str__mutmut['_mutmut_orig'] = x__opt_str__mutmut_orig # type: ignore # mutmut generated
mutants_x__opt_str__mutmut['x__opt_str__mutmut_1'] = x__opt_str__mutmut_1 # type: ignore # mutmut generated
mutants_x__opt_str__mutmut['x__opt_str__mutmut_2'] = x__opt_str__mutmut_2 # type: ignore # mutmut generated
mutants_x__opt_str__mutmut['x__opt_str__mutmut_3'] = x__opt_str__mutmut_3 # type: ignore # mutmut generated
mutants_x__opt_str__mutmut['x__opt_str__mutmut_4'] = x__opt_str__mutmut_4 # type: ignore # mutmut generated
mutants_x__opt_str__mutmut['x__opt_str__mutmut_5'] = x__opt_str__mutmut_5 # type: ignore # mutmut generated
mutants_x__opt_str__mutmut['x__opt_str__mutmut_6'] = x__opt_str__mutmut_6 # type: ignore # mutmut generated
mutants_x__opt_str__mutmut['x__opt_str__mutmut_7'] = x__opt_str__mutmut_7 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__error_from_mapping__mutmut)
def _error_from_mapping(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_orig(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_1(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = None
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_2(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get(None)
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_3(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("XXsourceXX")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_4(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("SOURCE")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_5(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = None
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_6(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if (isinstance(source, Mapping)) and False else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_7(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if (isinstance(source, Mapping)) or True else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_8(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = None
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_9(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get(None)
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_10(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("XXmetaXX")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_11(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("META")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_12(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = None
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_13(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get(None)
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_14(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("XXcodeXX")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_15(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("CODE")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_16(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = None
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_17(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get(None)
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_18(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("XXstatusXX")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_19(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("STATUS")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_20(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) or 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_21(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None or isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_22(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is not None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_23(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 101 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_24(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 < code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_25(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code < 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_26(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 600:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_27(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_28(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=None,
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_29(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=None,
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_30(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=None,
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_31(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=None,
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_32(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=None,
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_33(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=None,
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_34(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=None,
    )


def x__error_from_mapping__mutmut_35(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_36(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_37(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_38(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_39(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_40(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_41(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        )


def x__error_from_mapping__mutmut_42(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(None),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_43(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) and _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_44(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(None) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_45(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(None),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_46(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get(None)),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_47(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("XXerrorXX")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_48(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("ERROR")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_49(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(None),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_50(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get(None)),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_51(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("XXtitleXX")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_52(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("TITLE")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_53(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message")) and _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_54(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail")) and _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_55(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(None)
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_56(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get(None))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_57(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("XXdetailXX"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_58(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("DETAIL"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_59(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(None)
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_60(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get(None))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_61(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("XXmessageXX"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_62(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("MESSAGE"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_63(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(None),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_64(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get(None)),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_65(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("XXerror_descriptionXX")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_66(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("ERROR_DESCRIPTION")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_67(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(None),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_68(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get(None)),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_69(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("XXpointerXX")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_70(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("POINTER")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_71(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) and _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_72(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(None) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_73(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get(None)) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_74(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("XXparameterXX")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_75(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("PARAMETER")) or _opt_str(item.get("property_path")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_76(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(None),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_77(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get(None)),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_78(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("XXproperty_pathXX")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_79(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("PROPERTY_PATH")),
        meta=meta if isinstance(meta, Mapping) else None,
    )


def x__error_from_mapping__mutmut_80(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if (isinstance(meta, Mapping)) and False else None,
    )


def x__error_from_mapping__mutmut_81(item: Mapping[str, Any]) -> JsonApiError:
    """Read one JSON:API error object, tolerating ``message``/``error`` spellings."""
    source = item.get("source")
    source = source if isinstance(source, Mapping) else {}
    meta = item.get("meta")
    code = item.get("code")
    status = item.get("status")
    if status is None and isinstance(code, int) and 100 <= code <= 599:
        status, code = code, None  # {"code": 401, "message": "Expired JWT Token"}
    return JsonApiError(
        status=_opt_str(status),
        code=_opt_str(code) or _opt_str(item.get("error")),
        title=_opt_str(item.get("title")),
        detail=_opt_str(item.get("detail"))
        or _opt_str(item.get("message"))
        or _opt_str(item.get("error_description")),
        pointer=_opt_str(source.get("pointer")),
        parameter=_opt_str(source.get("parameter")) or _opt_str(item.get("property_path")),
        meta=meta if (isinstance(meta, Mapping)) or True else None,
    )

mutants_x__error_from_mapping__mutmut['_mutmut_orig'] = x__error_from_mapping__mutmut_orig # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_1'] = x__error_from_mapping__mutmut_1 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_2'] = x__error_from_mapping__mutmut_2 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_3'] = x__error_from_mapping__mutmut_3 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_4'] = x__error_from_mapping__mutmut_4 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_5'] = x__error_from_mapping__mutmut_5 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_6'] = x__error_from_mapping__mutmut_6 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_7'] = x__error_from_mapping__mutmut_7 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_8'] = x__error_from_mapping__mutmut_8 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_9'] = x__error_from_mapping__mutmut_9 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_10'] = x__error_from_mapping__mutmut_10 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_11'] = x__error_from_mapping__mutmut_11 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_12'] = x__error_from_mapping__mutmut_12 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_13'] = x__error_from_mapping__mutmut_13 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_14'] = x__error_from_mapping__mutmut_14 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_15'] = x__error_from_mapping__mutmut_15 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_16'] = x__error_from_mapping__mutmut_16 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_17'] = x__error_from_mapping__mutmut_17 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_18'] = x__error_from_mapping__mutmut_18 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_19'] = x__error_from_mapping__mutmut_19 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_20'] = x__error_from_mapping__mutmut_20 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_21'] = x__error_from_mapping__mutmut_21 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_22'] = x__error_from_mapping__mutmut_22 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_23'] = x__error_from_mapping__mutmut_23 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_24'] = x__error_from_mapping__mutmut_24 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_25'] = x__error_from_mapping__mutmut_25 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_26'] = x__error_from_mapping__mutmut_26 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_27'] = x__error_from_mapping__mutmut_27 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_28'] = x__error_from_mapping__mutmut_28 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_29'] = x__error_from_mapping__mutmut_29 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_30'] = x__error_from_mapping__mutmut_30 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_31'] = x__error_from_mapping__mutmut_31 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_32'] = x__error_from_mapping__mutmut_32 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_33'] = x__error_from_mapping__mutmut_33 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_34'] = x__error_from_mapping__mutmut_34 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_35'] = x__error_from_mapping__mutmut_35 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_36'] = x__error_from_mapping__mutmut_36 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_37'] = x__error_from_mapping__mutmut_37 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_38'] = x__error_from_mapping__mutmut_38 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_39'] = x__error_from_mapping__mutmut_39 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_40'] = x__error_from_mapping__mutmut_40 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_41'] = x__error_from_mapping__mutmut_41 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_42'] = x__error_from_mapping__mutmut_42 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_43'] = x__error_from_mapping__mutmut_43 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_44'] = x__error_from_mapping__mutmut_44 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_45'] = x__error_from_mapping__mutmut_45 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_46'] = x__error_from_mapping__mutmut_46 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_47'] = x__error_from_mapping__mutmut_47 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_48'] = x__error_from_mapping__mutmut_48 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_49'] = x__error_from_mapping__mutmut_49 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_50'] = x__error_from_mapping__mutmut_50 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_51'] = x__error_from_mapping__mutmut_51 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_52'] = x__error_from_mapping__mutmut_52 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_53'] = x__error_from_mapping__mutmut_53 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_54'] = x__error_from_mapping__mutmut_54 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_55'] = x__error_from_mapping__mutmut_55 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_56'] = x__error_from_mapping__mutmut_56 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_57'] = x__error_from_mapping__mutmut_57 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_58'] = x__error_from_mapping__mutmut_58 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_59'] = x__error_from_mapping__mutmut_59 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_60'] = x__error_from_mapping__mutmut_60 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_61'] = x__error_from_mapping__mutmut_61 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_62'] = x__error_from_mapping__mutmut_62 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_63'] = x__error_from_mapping__mutmut_63 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_64'] = x__error_from_mapping__mutmut_64 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_65'] = x__error_from_mapping__mutmut_65 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_66'] = x__error_from_mapping__mutmut_66 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_67'] = x__error_from_mapping__mutmut_67 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_68'] = x__error_from_mapping__mutmut_68 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_69'] = x__error_from_mapping__mutmut_69 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_70'] = x__error_from_mapping__mutmut_70 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_71'] = x__error_from_mapping__mutmut_71 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_72'] = x__error_from_mapping__mutmut_72 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_73'] = x__error_from_mapping__mutmut_73 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_74'] = x__error_from_mapping__mutmut_74 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_75'] = x__error_from_mapping__mutmut_75 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_76'] = x__error_from_mapping__mutmut_76 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_77'] = x__error_from_mapping__mutmut_77 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_78'] = x__error_from_mapping__mutmut_78 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_79'] = x__error_from_mapping__mutmut_79 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_80'] = x__error_from_mapping__mutmut_80 # type: ignore # mutmut generated
mutants_x__error_from_mapping__mutmut['x__error_from_mapping__mutmut_81'] = x__error_from_mapping__mutmut_81 # type: ignore # mutmut generated
mutants_x__error_from_item__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__error_from_item__mutmut)
def _error_from_item(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = _opt_str(item)
    return JsonApiError(detail=text[:_MAX_TEXT]) if text else None


def x__error_from_item__mutmut_orig(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = _opt_str(item)
    return JsonApiError(detail=text[:_MAX_TEXT]) if text else None


def x__error_from_item__mutmut_1(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(None)
    text = _opt_str(item)
    return JsonApiError(detail=text[:_MAX_TEXT]) if text else None


def x__error_from_item__mutmut_2(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = None
    return JsonApiError(detail=text[:_MAX_TEXT]) if text else None


def x__error_from_item__mutmut_3(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = _opt_str(None)
    return JsonApiError(detail=text[:_MAX_TEXT]) if text else None


def x__error_from_item__mutmut_4(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = _opt_str(item)
    return JsonApiError(detail=text[:_MAX_TEXT]) if (text) and False else None


def x__error_from_item__mutmut_5(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = _opt_str(item)
    return JsonApiError(detail=text[:_MAX_TEXT]) if (text) or True else None


def x__error_from_item__mutmut_6(item: object) -> JsonApiError | None:
    """One entry of an ``errors`` list: a mapping or a bare string."""
    if isinstance(item, Mapping):
        return _error_from_mapping(item)
    text = _opt_str(item)
    return JsonApiError(detail=None) if text else None

mutants_x__error_from_item__mutmut['_mutmut_orig'] = x__error_from_item__mutmut_orig # type: ignore # mutmut generated
mutants_x__error_from_item__mutmut['x__error_from_item__mutmut_1'] = x__error_from_item__mutmut_1 # type: ignore # mutmut generated
mutants_x__error_from_item__mutmut['x__error_from_item__mutmut_2'] = x__error_from_item__mutmut_2 # type: ignore # mutmut generated
mutants_x__error_from_item__mutmut['x__error_from_item__mutmut_3'] = x__error_from_item__mutmut_3 # type: ignore # mutmut generated
mutants_x__error_from_item__mutmut['x__error_from_item__mutmut_4'] = x__error_from_item__mutmut_4 # type: ignore # mutmut generated
mutants_x__error_from_item__mutmut['x__error_from_item__mutmut_5'] = x__error_from_item__mutmut_5 # type: ignore # mutmut generated
mutants_x__error_from_item__mutmut['x__error_from_item__mutmut_6'] = x__error_from_item__mutmut_6 # type: ignore # mutmut generated
mutants_x__items__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__items__mutmut)
def _items(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_orig(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_1(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = None
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_2(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get(None)
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_3(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("XXerrorsXX")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_4(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("ERRORS")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_5(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) or not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_6(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_7(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(None)
    if errors is not None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_8(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is None:
        return [errors]
    nested = body.get("error")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_9(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = None
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_10(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get(None)
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_11(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("XXerrorXX")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]


def x__items__mutmut_12(body: Mapping[str, Any]) -> list[object]:
    """The candidate error entries of a JSON object body."""
    errors = body.get("errors")
    if isinstance(errors, Sequence) and not isinstance(errors, str):
        return list(errors)
    if errors is not None:
        return [errors]
    nested = body.get("ERROR")
    if isinstance(nested, Mapping):
        return [nested]  # {"error": {"code": ..., "message": ...}}
    return [body]

mutants_x__items__mutmut['_mutmut_orig'] = x__items__mutmut_orig # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_1'] = x__items__mutmut_1 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_2'] = x__items__mutmut_2 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_3'] = x__items__mutmut_3 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_4'] = x__items__mutmut_4 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_5'] = x__items__mutmut_5 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_6'] = x__items__mutmut_6 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_7'] = x__items__mutmut_7 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_8'] = x__items__mutmut_8 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_9'] = x__items__mutmut_9 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_10'] = x__items__mutmut_10 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_11'] = x__items__mutmut_11 # type: ignore # mutmut generated
mutants_x__items__mutmut['x__items__mutmut_12'] = x__items__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_errors__mutmut)
def parse_errors(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_orig(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_1(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = None
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_2(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(None) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_3(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(None))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_4(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None or error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_5(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_6(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = None
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_7(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if (isinstance(body, bytes)) and False else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_8(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if (isinstance(body, bytes)) or True else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_9(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode(None, "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_10(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", None) if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_11(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_12(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", ) if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_13(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("XXutf-8XX", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_14(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("UTF-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_15(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "XXreplaceXX") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_16(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "REPLACE") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_17(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = None
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_18(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(None)
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_19(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = "XX XX".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_20(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if (text) and False else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_21(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if (text) or True else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_22(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=None)] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_23(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = None
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_24(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(None) for item in body)
            return [error for error in found if error is not None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_25(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is not None or error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []


def x_parse_errors__mutmut_26(body: object) -> list[JsonApiError]:
    """Error objects found in a response body of any known shape; never raises."""
    try:
        if isinstance(body, Mapping):
            found = (_error_from_item(item) for item in _items(body))
            return [error for error in found if error is not None and error.summary()]
        if isinstance(body, str | bytes):
            text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
            text = " ".join(text.split())
            return [JsonApiError(detail=text[:_MAX_TEXT])] if text else []
        if isinstance(body, Sequence):
            found = (_error_from_item(item) for item in body)
            return [error for error in found if error is None and error.summary()]
    except Exception:  # a body we cannot read is a body without errors
        return []
    return []

mutants_x_parse_errors__mutmut['_mutmut_orig'] = x_parse_errors__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_1'] = x_parse_errors__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_2'] = x_parse_errors__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_3'] = x_parse_errors__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_4'] = x_parse_errors__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_5'] = x_parse_errors__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_6'] = x_parse_errors__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_7'] = x_parse_errors__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_8'] = x_parse_errors__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_9'] = x_parse_errors__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_10'] = x_parse_errors__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_11'] = x_parse_errors__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_12'] = x_parse_errors__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_13'] = x_parse_errors__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_14'] = x_parse_errors__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_15'] = x_parse_errors__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_16'] = x_parse_errors__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_17'] = x_parse_errors__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_18'] = x_parse_errors__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_19'] = x_parse_errors__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_20'] = x_parse_errors__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_21'] = x_parse_errors__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_22'] = x_parse_errors__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_23'] = x_parse_errors__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_24'] = x_parse_errors__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_25'] = x_parse_errors__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_errors__mutmut['x_parse_errors__mutmut_26'] = x_parse_errors__mutmut_26 # type: ignore # mutmut generated


# --------------------------------------------------------------------------- exceptions


class PiwikProError(Exception):
    """Base class of every exception this package raises."""


class ConfigurationError(PiwikProError, ValueError):
    """A client was configured with a missing or malformed value."""
mutants_xǁAPIConnectionErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class APIConnectionError(PiwikProError):
    """The request did not get an HTTP response (DNS, connect, read, protocol errors)."""

    @_mutmut_mutated(mutants_xǁAPIConnectionErrorǁ__init____mutmut)
    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request

    def xǁAPIConnectionErrorǁ__init____mutmut_orig(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request

    def xǁAPIConnectionErrorǁ__init____mutmut_1(self, message: str = "XXConnection error.XX", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request

    def xǁAPIConnectionErrorǁ__init____mutmut_2(self, message: str = "connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request

    def xǁAPIConnectionErrorǁ__init____mutmut_3(self, message: str = "CONNECTION ERROR.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request

    def xǁAPIConnectionErrorǁ__init____mutmut_4(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(None)
        self.request = request

    def xǁAPIConnectionErrorǁ__init____mutmut_5(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = None

mutants_xǁAPIConnectionErrorǁ__init____mutmut['_mutmut_orig'] = APIConnectionError.xǁAPIConnectionErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAPIConnectionErrorǁ__init____mutmut['xǁAPIConnectionErrorǁ__init____mutmut_1'] = APIConnectionError.xǁAPIConnectionErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAPIConnectionErrorǁ__init____mutmut['xǁAPIConnectionErrorǁ__init____mutmut_2'] = APIConnectionError.xǁAPIConnectionErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAPIConnectionErrorǁ__init____mutmut['xǁAPIConnectionErrorǁ__init____mutmut_3'] = APIConnectionError.xǁAPIConnectionErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAPIConnectionErrorǁ__init____mutmut['xǁAPIConnectionErrorǁ__init____mutmut_4'] = APIConnectionError.xǁAPIConnectionErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAPIConnectionErrorǁ__init____mutmut['xǁAPIConnectionErrorǁ__init____mutmut_5'] = APIConnectionError.xǁAPIConnectionErrorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    @_mutmut_mutated(mutants_xǁAPITimeoutErrorǁ__init____mutmut)
    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(message, request=request)

    def xǁAPITimeoutErrorǁ__init____mutmut_orig(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(message, request=request)

    def xǁAPITimeoutErrorǁ__init____mutmut_1(self, request: httpx.Request, message: str = "XXRequest timed out.XX") -> None:
        super().__init__(message, request=request)

    def xǁAPITimeoutErrorǁ__init____mutmut_2(self, request: httpx.Request, message: str = "request timed out.") -> None:
        super().__init__(message, request=request)

    def xǁAPITimeoutErrorǁ__init____mutmut_3(self, request: httpx.Request, message: str = "REQUEST TIMED OUT.") -> None:
        super().__init__(message, request=request)

    def xǁAPITimeoutErrorǁ__init____mutmut_4(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(None, request=request)

    def xǁAPITimeoutErrorǁ__init____mutmut_5(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(message, request=None)

    def xǁAPITimeoutErrorǁ__init____mutmut_6(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request=request)

    def xǁAPITimeoutErrorǁ__init____mutmut_7(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(message, )

mutants_xǁAPITimeoutErrorǁ__init____mutmut['_mutmut_orig'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut['xǁAPITimeoutErrorǁ__init____mutmut_1'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut['xǁAPITimeoutErrorǁ__init____mutmut_2'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut['xǁAPITimeoutErrorǁ__init____mutmut_3'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut['xǁAPITimeoutErrorǁ__init____mutmut_4'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut['xǁAPITimeoutErrorǁ__init____mutmut_5'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut['xǁAPITimeoutErrorǁ__init____mutmut_6'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁAPITimeoutErrorǁ__init____mutmut['xǁAPITimeoutErrorǁ__init____mutmut_7'] = APITimeoutError.xǁAPITimeoutErrorǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁAPIResponseValidationErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class APIResponseValidationError(PiwikProError):
    """A successful response whose body does not match the documented model."""

    @_mutmut_mutated(mutants_xǁAPIResponseValidationErrorǁ__init____mutmut)
    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body

    def xǁAPIResponseValidationErrorǁ__init____mutmut_orig(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body

    def xǁAPIResponseValidationErrorǁ__init____mutmut_1(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(None)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body

    def xǁAPIResponseValidationErrorǁ__init____mutmut_2(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = None
        self.request = response.request
        self.status_code = response.status_code
        self.body = body

    def xǁAPIResponseValidationErrorǁ__init____mutmut_3(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = None
        self.status_code = response.status_code
        self.body = body

    def xǁAPIResponseValidationErrorǁ__init____mutmut_4(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = None
        self.body = body

    def xǁAPIResponseValidationErrorǁ__init____mutmut_5(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = None

mutants_xǁAPIResponseValidationErrorǁ__init____mutmut['_mutmut_orig'] = APIResponseValidationError.xǁAPIResponseValidationErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAPIResponseValidationErrorǁ__init____mutmut['xǁAPIResponseValidationErrorǁ__init____mutmut_1'] = APIResponseValidationError.xǁAPIResponseValidationErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAPIResponseValidationErrorǁ__init____mutmut['xǁAPIResponseValidationErrorǁ__init____mutmut_2'] = APIResponseValidationError.xǁAPIResponseValidationErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAPIResponseValidationErrorǁ__init____mutmut['xǁAPIResponseValidationErrorǁ__init____mutmut_3'] = APIResponseValidationError.xǁAPIResponseValidationErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAPIResponseValidationErrorǁ__init____mutmut['xǁAPIResponseValidationErrorǁ__init____mutmut_4'] = APIResponseValidationError.xǁAPIResponseValidationErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAPIResponseValidationErrorǁ__init____mutmut['xǁAPIResponseValidationErrorǁ__init____mutmut_5'] = APIResponseValidationError.xǁAPIResponseValidationErrorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁResponseTooLargeErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class ResponseTooLargeError(PiwikProError):
    """A response body grew past ``max_response_bytes``; reading stopped there."""

    @_mutmut_mutated(mutants_xǁResponseTooLargeErrorǁ__init____mutmut)
    def __init__(self, message: str, *, request: httpx.Request, status_code: int, limit: int):
        super().__init__(message)
        self.request = request
        self.status_code = status_code
        self.limit = limit

    def xǁResponseTooLargeErrorǁ__init____mutmut_orig(self, message: str, *, request: httpx.Request, status_code: int, limit: int):
        super().__init__(message)
        self.request = request
        self.status_code = status_code
        self.limit = limit

    def xǁResponseTooLargeErrorǁ__init____mutmut_1(self, message: str, *, request: httpx.Request, status_code: int, limit: int):
        super().__init__(None)
        self.request = request
        self.status_code = status_code
        self.limit = limit

    def xǁResponseTooLargeErrorǁ__init____mutmut_2(self, message: str, *, request: httpx.Request, status_code: int, limit: int):
        super().__init__(message)
        self.request = None
        self.status_code = status_code
        self.limit = limit

    def xǁResponseTooLargeErrorǁ__init____mutmut_3(self, message: str, *, request: httpx.Request, status_code: int, limit: int):
        super().__init__(message)
        self.request = request
        self.status_code = None
        self.limit = limit

    def xǁResponseTooLargeErrorǁ__init____mutmut_4(self, message: str, *, request: httpx.Request, status_code: int, limit: int):
        super().__init__(message)
        self.request = request
        self.status_code = status_code
        self.limit = None

mutants_xǁResponseTooLargeErrorǁ__init____mutmut['_mutmut_orig'] = ResponseTooLargeError.xǁResponseTooLargeErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁResponseTooLargeErrorǁ__init____mutmut['xǁResponseTooLargeErrorǁ__init____mutmut_1'] = ResponseTooLargeError.xǁResponseTooLargeErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁResponseTooLargeErrorǁ__init____mutmut['xǁResponseTooLargeErrorǁ__init____mutmut_2'] = ResponseTooLargeError.xǁResponseTooLargeErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁResponseTooLargeErrorǁ__init____mutmut['xǁResponseTooLargeErrorǁ__init____mutmut_3'] = ResponseTooLargeError.xǁResponseTooLargeErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁResponseTooLargeErrorǁ__init____mutmut['xǁResponseTooLargeErrorǁ__init____mutmut_4'] = ResponseTooLargeError.xǁResponseTooLargeErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPaginationErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class PaginationError(PiwikProError):
    """An ``iter_*`` walk stopped because the server's pages would never end."""

    @_mutmut_mutated(mutants_xǁPaginationErrorǁ__init____mutmut)
    def __init__(self, message: str, *, operation: str, pages: int) -> None:
        super().__init__(message)
        self.operation = operation
        self.pages = pages

    def xǁPaginationErrorǁ__init____mutmut_orig(self, message: str, *, operation: str, pages: int) -> None:
        super().__init__(message)
        self.operation = operation
        self.pages = pages

    def xǁPaginationErrorǁ__init____mutmut_1(self, message: str, *, operation: str, pages: int) -> None:
        super().__init__(None)
        self.operation = operation
        self.pages = pages

    def xǁPaginationErrorǁ__init____mutmut_2(self, message: str, *, operation: str, pages: int) -> None:
        super().__init__(message)
        self.operation = None
        self.pages = pages

    def xǁPaginationErrorǁ__init____mutmut_3(self, message: str, *, operation: str, pages: int) -> None:
        super().__init__(message)
        self.operation = operation
        self.pages = None

mutants_xǁPaginationErrorǁ__init____mutmut['_mutmut_orig'] = PaginationError.xǁPaginationErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPaginationErrorǁ__init____mutmut['xǁPaginationErrorǁ__init____mutmut_1'] = PaginationError.xǁPaginationErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPaginationErrorǁ__init____mutmut['xǁPaginationErrorǁ__init____mutmut_2'] = PaginationError.xǁPaginationErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPaginationErrorǁ__init____mutmut['xǁPaginationErrorǁ__init____mutmut_3'] = PaginationError.xǁPaginationErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class APIStatusError(PiwikProError):
    """The API answered with an error status; ``.errors`` holds the parsed error objects."""

    @_mutmut_mutated(mutants_xǁAPIStatusErrorǁ__init____mutmut)
    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_orig(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_1(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(None)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_2(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = None
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_3(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = None
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_4(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = None
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_5(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = None
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_6(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = None
        self.errors: list[JsonApiError] = parse_errors(body)

    def xǁAPIStatusErrorǁ__init____mutmut_7(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = None

    def xǁAPIStatusErrorǁ__init____mutmut_8(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.body = body
        self.operation = operation
        self.errors: list[JsonApiError] = parse_errors(None)

mutants_xǁAPIStatusErrorǁ__init____mutmut['_mutmut_orig'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_1'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_2'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_3'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_4'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_5'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_6'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_7'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁAPIStatusErrorǁ__init____mutmut['xǁAPIStatusErrorǁ__init____mutmut_8'] = APIStatusError.xǁAPIStatusErrorǁ__init____mutmut_8 # type: ignore # mutmut generated


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401, or any failed token request (``.status_code`` is the real status)."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""
mutants_xǁRateLimitErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class RateLimitError(APIStatusError):
    """429 Too Many Requests; ``.retry_after`` is the server's wait in seconds, if given."""

    @_mutmut_mutated(mutants_xǁRateLimitErrorǁ__init____mutmut)
    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_orig(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_1(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(None, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_2(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=None, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_3(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=None, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_4(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=None)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_5(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_6(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_7(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_8(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, )
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("Retry-After"))

    def xǁRateLimitErrorǁ__init____mutmut_9(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = None

    def xǁRateLimitErrorǁ__init____mutmut_10(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(None)

    def xǁRateLimitErrorǁ__init____mutmut_11(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get(None))

    def xǁRateLimitErrorǁ__init____mutmut_12(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("XXRetry-AfterXX"))

    def xǁRateLimitErrorǁ__init____mutmut_13(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("retry-after"))

    def xǁRateLimitErrorǁ__init____mutmut_14(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, operation=operation)
        from ._retry import parse_retry_after  # _retry imports this module

        self.retry_after: float | None = parse_retry_after(response.headers.get("RETRY-AFTER"))

mutants_xǁRateLimitErrorǁ__init____mutmut['_mutmut_orig'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_1'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_2'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_3'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_4'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_5'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_6'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_7'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_8'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_9'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_10'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_11'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_12'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_13'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRateLimitErrorǁ__init____mutmut['xǁRateLimitErrorǁ__init____mutmut_14'] = RateLimitError.xǁRateLimitErrorǁ__init____mutmut_14 # type: ignore # mutmut generated


class ServerError(APIStatusError):
    """A 5xx status."""


InternalServerError = ServerError

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
mutants_x_read_body__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- mapping


@_mutmut_mutated(mutants_x_read_body__mutmut)
def read_body(response: httpx.Response) -> object | None:
    """The (already read) body as parsed JSON, else as text, else None when empty."""
    content = response.content
    if not content.strip():
        return None
    try:
        parsed: object = response.json()
    except ValueError:
        return response.text
    return parsed


# --------------------------------------------------------------------------- mapping


def x_read_body__mutmut_orig(response: httpx.Response) -> object | None:
    """The (already read) body as parsed JSON, else as text, else None when empty."""
    content = response.content
    if not content.strip():
        return None
    try:
        parsed: object = response.json()
    except ValueError:
        return response.text
    return parsed


# --------------------------------------------------------------------------- mapping


def x_read_body__mutmut_1(response: httpx.Response) -> object | None:
    """The (already read) body as parsed JSON, else as text, else None when empty."""
    content = None
    if not content.strip():
        return None
    try:
        parsed: object = response.json()
    except ValueError:
        return response.text
    return parsed


# --------------------------------------------------------------------------- mapping


def x_read_body__mutmut_2(response: httpx.Response) -> object | None:
    """The (already read) body as parsed JSON, else as text, else None when empty."""
    content = response.content
    if content.strip():
        return None
    try:
        parsed: object = response.json()
    except ValueError:
        return response.text
    return parsed


# --------------------------------------------------------------------------- mapping


def x_read_body__mutmut_3(response: httpx.Response) -> object | None:
    """The (already read) body as parsed JSON, else as text, else None when empty."""
    content = response.content
    if not content.strip():
        return None
    try:
        parsed: object = None
    except ValueError:
        return response.text
    return parsed

mutants_x_read_body__mutmut['_mutmut_orig'] = x_read_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_body__mutmut['x_read_body__mutmut_1'] = x_read_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_body__mutmut['x_read_body__mutmut_2'] = x_read_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_body__mutmut['x_read_body__mutmut_3'] = x_read_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_error_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_error_body__mutmut)
def error_body(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_orig(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_1(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = None
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_2(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) >= MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_3(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = None
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_4(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode(None, "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_5(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", None)[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_6(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_7(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", )[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_8(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT / 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_9(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 5].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_10(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("XXutf-8XX", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_11(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("UTF-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_12(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "XXreplaceXX")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_13(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "REPLACE")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_14(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = None
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_15(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = None
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_16(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(None)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_17(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) or len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_18(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) >= MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_19(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = None
    masked: object | None = mask(body, secrets)
    return masked


def x_error_body__mutmut_20(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = None
    return masked


def x_error_body__mutmut_21(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(None, secrets)
    return masked


def x_error_body__mutmut_22(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, None)
    return masked


def x_error_body__mutmut_23(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(secrets)
    return masked


def x_error_body__mutmut_24(response: httpx.Response, secrets: Sequence[str] = ()) -> object | None:
    """The (read) body for an exception: parsed JSON when small, else cut text; masked."""
    content = response.content
    if len(content) > MAX_ERROR_JSON:
        text = content[: MAX_ERROR_TEXT * 4].decode("utf-8", "replace")[:MAX_ERROR_TEXT]
        body: object | None = f"{text}... [cut: {len(content):,} bytes in all]"
    else:
        body = read_body(response)
        if isinstance(body, str) and len(body) > MAX_ERROR_TEXT:
            body = f"{body[:MAX_ERROR_TEXT]}... [cut: {len(body):,} characters in all]"
    masked: object | None = mask(body, )
    return masked

mutants_x_error_body__mutmut['_mutmut_orig'] = x_error_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_1'] = x_error_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_2'] = x_error_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_3'] = x_error_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_4'] = x_error_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_5'] = x_error_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_6'] = x_error_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_7'] = x_error_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_8'] = x_error_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_9'] = x_error_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_10'] = x_error_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_11'] = x_error_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_12'] = x_error_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_13'] = x_error_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_14'] = x_error_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_15'] = x_error_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_16'] = x_error_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_17'] = x_error_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_18'] = x_error_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_19'] = x_error_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_20'] = x_error_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_21'] = x_error_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_22'] = x_error_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_23'] = x_error_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_error_body__mutmut['x_error_body__mutmut_24'] = x_error_body__mutmut_24 # type: ignore # mutmut generated
mutants_x__server_words__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__server_words__mutmut)
def _server_words(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_orig(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_1(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = None
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_2(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(None)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_3(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_4(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = None
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_5(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() and ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_6(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[1].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_7(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or "XXXX"
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_8(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) >= 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_9(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 2:
        words += f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_10(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words = f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_11(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words -= f" (+{len(errors) - 1} more)"
    return redact(words)


def x__server_words__mutmut_12(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) + 1} more)"
    return redact(words)


def x__server_words__mutmut_13(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 2} more)"
    return redact(words)


def x__server_words__mutmut_14(body: object | None) -> str | None:
    """The first error's summary (plus how many more), redacted."""
    errors = parse_errors(body)
    if not errors:
        return None
    words = errors[0].summary() or ""
    if len(errors) > 1:
        words += f" (+{len(errors) - 1} more)"
    return redact(None)

mutants_x__server_words__mutmut['_mutmut_orig'] = x__server_words__mutmut_orig # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_1'] = x__server_words__mutmut_1 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_2'] = x__server_words__mutmut_2 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_3'] = x__server_words__mutmut_3 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_4'] = x__server_words__mutmut_4 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_5'] = x__server_words__mutmut_5 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_6'] = x__server_words__mutmut_6 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_7'] = x__server_words__mutmut_7 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_8'] = x__server_words__mutmut_8 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_9'] = x__server_words__mutmut_9 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_10'] = x__server_words__mutmut_10 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_11'] = x__server_words__mutmut_11 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_12'] = x__server_words__mutmut_12 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_13'] = x__server_words__mutmut_13 # type: ignore # mutmut generated
mutants_x__server_words__mutmut['x__server_words__mutmut_14'] = x__server_words__mutmut_14 # type: ignore # mutmut generated
mutants_x_error_message__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_error_message__mutmut)
def error_message(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_orig(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_1(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = None
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_2(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = None
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_3(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase and httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_4(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(None)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_5(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = None
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_6(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".lstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_7(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message = f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_8(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message -= f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_9(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message = f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_10(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message -= f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_11(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = None
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_12(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(None)
    return f"{message}: {words}" if words else message


def x_error_message__mutmut_13(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if (words) and False else message


def x_error_message__mutmut_14(response: httpx.Response, body: object | None, operation: str | None) -> str:
    """``"404 Not Found for GET /api/x (users.get): <server words>"``."""
    request = response.request
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code)
    message = f"{response.status_code} {reason}".rstrip()
    message += f" for {request.method} {request.url.path}"
    if operation:
        message += f" ({operation})"
    words = _server_words(body)
    return f"{message}: {words}" if (words) or True else message

mutants_x_error_message__mutmut['_mutmut_orig'] = x_error_message__mutmut_orig # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_1'] = x_error_message__mutmut_1 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_2'] = x_error_message__mutmut_2 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_3'] = x_error_message__mutmut_3 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_4'] = x_error_message__mutmut_4 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_5'] = x_error_message__mutmut_5 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_6'] = x_error_message__mutmut_6 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_7'] = x_error_message__mutmut_7 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_8'] = x_error_message__mutmut_8 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_9'] = x_error_message__mutmut_9 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_10'] = x_error_message__mutmut_10 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_11'] = x_error_message__mutmut_11 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_12'] = x_error_message__mutmut_12 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_13'] = x_error_message__mutmut_13 # type: ignore # mutmut generated
mutants_x_error_message__mutmut['x_error_message__mutmut_14'] = x_error_message__mutmut_14 # type: ignore # mutmut generated
mutants_x_status_class__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_status_class__mutmut)
def status_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def x_status_class__mutmut_orig(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def x_status_class__mutmut_1(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code > 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def x_status_class__mutmut_2(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 501:
        return ServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def x_status_class__mutmut_3(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(None, APIStatusError)


def x_status_class__mutmut_4(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, None)


def x_status_class__mutmut_5(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(APIStatusError)


def x_status_class__mutmut_6(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, )

mutants_x_status_class__mutmut['_mutmut_orig'] = x_status_class__mutmut_orig # type: ignore # mutmut generated
mutants_x_status_class__mutmut['x_status_class__mutmut_1'] = x_status_class__mutmut_1 # type: ignore # mutmut generated
mutants_x_status_class__mutmut['x_status_class__mutmut_2'] = x_status_class__mutmut_2 # type: ignore # mutmut generated
mutants_x_status_class__mutmut['x_status_class__mutmut_3'] = x_status_class__mutmut_3 # type: ignore # mutmut generated
mutants_x_status_class__mutmut['x_status_class__mutmut_4'] = x_status_class__mutmut_4 # type: ignore # mutmut generated
mutants_x_status_class__mutmut['x_status_class__mutmut_5'] = x_status_class__mutmut_5 # type: ignore # mutmut generated
mutants_x_status_class__mutmut['x_status_class__mutmut_6'] = x_status_class__mutmut_6 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_status_error_from_response__mutmut)
def status_error_from_response(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_orig(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_1(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = None
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_2(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(None, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_3(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, None)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_4(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_5(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, )
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_6(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = None
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_7(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(None, secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_8(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), None)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_9(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_10(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), )
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_11(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(None, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_12(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, None, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_13(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, None), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_14(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_15(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_16(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, ), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_17(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = None
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_18(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(None)
    return cls(message, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_19(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(None, response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_20(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=None, body=body, operation=operation)


def x_status_error_from_response__mutmut_21(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=None, operation=operation)


def x_status_error_from_response__mutmut_22(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, operation=None)


def x_status_error_from_response__mutmut_23(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(response=response, body=body, operation=operation)


def x_status_error_from_response__mutmut_24(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, body=body, operation=operation)


def x_status_error_from_response__mutmut_25(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, operation=operation)


def x_status_error_from_response__mutmut_26(
    response: httpx.Response, *, operation: str | None = None, secrets: Sequence[str] = ()
) -> APIStatusError:
    """Build the exception for an error response whose body has already been read.

    ``secrets`` (the client secret, the tokens in use) are masked in the message and body.
    """
    body = error_body(response, secrets)
    message = mask(error_message(response, body, operation), secrets)
    cls = status_class(response.status_code)
    return cls(message, response=response, body=body, )

mutants_x_status_error_from_response__mutmut['_mutmut_orig'] = x_status_error_from_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_1'] = x_status_error_from_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_2'] = x_status_error_from_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_3'] = x_status_error_from_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_4'] = x_status_error_from_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_5'] = x_status_error_from_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_6'] = x_status_error_from_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_7'] = x_status_error_from_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_8'] = x_status_error_from_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_9'] = x_status_error_from_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_10'] = x_status_error_from_response__mutmut_10 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_11'] = x_status_error_from_response__mutmut_11 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_12'] = x_status_error_from_response__mutmut_12 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_13'] = x_status_error_from_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_14'] = x_status_error_from_response__mutmut_14 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_15'] = x_status_error_from_response__mutmut_15 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_16'] = x_status_error_from_response__mutmut_16 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_17'] = x_status_error_from_response__mutmut_17 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_18'] = x_status_error_from_response__mutmut_18 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_19'] = x_status_error_from_response__mutmut_19 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_20'] = x_status_error_from_response__mutmut_20 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_21'] = x_status_error_from_response__mutmut_21 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_22'] = x_status_error_from_response__mutmut_22 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_23'] = x_status_error_from_response__mutmut_23 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_24'] = x_status_error_from_response__mutmut_24 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_25'] = x_status_error_from_response__mutmut_25 # type: ignore # mutmut generated
mutants_x_status_error_from_response__mutmut['x_status_error_from_response__mutmut_26'] = x_status_error_from_response__mutmut_26 # type: ignore # mutmut generated
