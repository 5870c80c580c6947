"""The retry policy, as pure functions: which failures to retry and how long to wait.

A request is retried after a response only when the status is transient and repeating the
request is safe: the method is idempotent, the operation is read-only (e.g. a POST query),
or the status is 429 (the server did not apply the request). A transport failure before the
request reached the server is always retried; any other is retried only when safe.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from ._errors import APIConnectionError, ConfigurationError

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "is_idempotent",
    "parse_retry_after",
    "retry_delay",
    "should_retry_exception",
    "should_retry_status",
]

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# The request never left this machine or never reached the server: safe for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Our own mistakes: repeating them cannot help.
_NEVER = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁRetryPolicyǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry; every field must be non-negative."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    @_mutmut_mutated(mutants_xǁRetryPolicyǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_orig(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_1(self) -> None:
        for name in ("XXmax_retriesXX", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_2(self) -> None:
        for name in ("MAX_RETRIES", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_3(self) -> None:
        for name in ("max_retries", "XXinitial_delayXX", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_4(self) -> None:
        for name in ("max_retries", "INITIAL_DELAY", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_5(self) -> None:
        for name in ("max_retries", "initial_delay", "XXmax_delayXX", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_6(self) -> None:
        for name in ("max_retries", "initial_delay", "MAX_DELAY", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_7(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "XXmax_retry_afterXX"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_8(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "MAX_RETRY_AFTER"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_9(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = None
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_10(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(None, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_11(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, None)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_12(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_13(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, )
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_14(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) and not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_15(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_16(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(None)
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_17(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 and math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_18(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_19(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value > 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_20(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 1 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_21(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(None):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_22(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    None
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_23(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries must be an int, got {self.max_retries!r}")

    def xǁRetryPolicyǁ__post_init____mutmut_24(self) -> None:
        for name in ("max_retries", "initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ConfigurationError(f"{name} must be a number, got {value!r}")
            if not value >= 0 or math.isinf(value):  # also rejects NaN
                raise ConfigurationError(
                    f"{name} must be a finite number >= 0, got {value!r}; pass e.g. {name}=0"
                )
        if not isinstance(self.max_retries, int):
            raise ConfigurationError(None)

mutants_xǁRetryPolicyǁ__post_init____mutmut['_mutmut_orig'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_1'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_2'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_3'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_4'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_5'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_6'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_7'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_8'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_9'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_10'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_11'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_12'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_13'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_14'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_15'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_16'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_17'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_18'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_19'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_20'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_21'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_22'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_23'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁRetryPolicyǁ__post_init____mutmut['xǁRetryPolicyǁ__post_init____mutmut_24'] = RetryPolicy.xǁRetryPolicyǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_x_is_idempotent__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_idempotent__mutmut)
def is_idempotent(method: str) -> bool:
    """Whether repeating ``method`` has the same effect as sending it once."""
    return method.upper() in IDEMPOTENT_METHODS


def x_is_idempotent__mutmut_orig(method: str) -> bool:
    """Whether repeating ``method`` has the same effect as sending it once."""
    return method.upper() in IDEMPOTENT_METHODS


def x_is_idempotent__mutmut_1(method: str) -> bool:
    """Whether repeating ``method`` has the same effect as sending it once."""
    return method.lower() in IDEMPOTENT_METHODS


def x_is_idempotent__mutmut_2(method: str) -> bool:
    """Whether repeating ``method`` has the same effect as sending it once."""
    return method.upper() not in IDEMPOTENT_METHODS

mutants_x_is_idempotent__mutmut['_mutmut_orig'] = x_is_idempotent__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_idempotent__mutmut['x_is_idempotent__mutmut_1'] = x_is_idempotent__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_idempotent__mutmut['x_is_idempotent__mutmut_2'] = x_is_idempotent__mutmut_2 # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_should_retry_status__mutmut)
def should_retry_status(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 429 or read_only or is_idempotent(method)


def x_should_retry_status__mutmut_orig(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 429 or read_only or is_idempotent(method)


def x_should_retry_status__mutmut_1(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status in RETRYABLE_STATUSES:
        return False
    return status == 429 or read_only or is_idempotent(method)


def x_should_retry_status__mutmut_2(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return True
    return status == 429 or read_only or is_idempotent(method)


def x_should_retry_status__mutmut_3(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 429 or read_only and is_idempotent(method)


def x_should_retry_status__mutmut_4(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 429 and read_only or is_idempotent(method)


def x_should_retry_status__mutmut_5(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status != 429 or read_only or is_idempotent(method)


def x_should_retry_status__mutmut_6(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 430 or read_only or is_idempotent(method)


def x_should_retry_status__mutmut_7(status: int, method: str, *, read_only: bool) -> bool:
    """Whether a response with ``status`` should be retried."""
    if status not in RETRYABLE_STATUSES:
        return False
    return status == 429 or read_only or is_idempotent(None)

mutants_x_should_retry_status__mutmut['_mutmut_orig'] = x_should_retry_status__mutmut_orig # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut['x_should_retry_status__mutmut_1'] = x_should_retry_status__mutmut_1 # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut['x_should_retry_status__mutmut_2'] = x_should_retry_status__mutmut_2 # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut['x_should_retry_status__mutmut_3'] = x_should_retry_status__mutmut_3 # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut['x_should_retry_status__mutmut_4'] = x_should_retry_status__mutmut_4 # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut['x_should_retry_status__mutmut_5'] = x_should_retry_status__mutmut_5 # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut['x_should_retry_status__mutmut_6'] = x_should_retry_status__mutmut_6 # type: ignore # mutmut generated
mutants_x_should_retry_status__mutmut['x_should_retry_status__mutmut_7'] = x_should_retry_status__mutmut_7 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_should_retry_exception__mutmut)
def should_retry_exception(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_orig(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_1(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) or exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_2(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_3(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = None
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_4(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return False
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_5(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) and not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_6(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_7(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return True
    return read_only or is_idempotent(method)


def x_should_retry_exception__mutmut_8(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only and is_idempotent(method)


def x_should_retry_exception__mutmut_9(exc: BaseException, method: str, *, read_only: bool) -> bool:
    """Whether a transport failure should be retried (wrapped failures are unwrapped)."""
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        exc = exc.__cause__
    if isinstance(exc, _NOT_SENT):
        return True
    if isinstance(exc, _NEVER) or not isinstance(exc, httpx.TransportError):
        return False
    return read_only or is_idempotent(None)

mutants_x_should_retry_exception__mutmut['_mutmut_orig'] = x_should_retry_exception__mutmut_orig # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_1'] = x_should_retry_exception__mutmut_1 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_2'] = x_should_retry_exception__mutmut_2 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_3'] = x_should_retry_exception__mutmut_3 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_4'] = x_should_retry_exception__mutmut_4 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_5'] = x_should_retry_exception__mutmut_5 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_6'] = x_should_retry_exception__mutmut_6 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_7'] = x_should_retry_exception__mutmut_7 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_8'] = x_should_retry_exception__mutmut_8 # type: ignore # mutmut generated
mutants_x_should_retry_exception__mutmut['x_should_retry_exception__mutmut_9'] = x_should_retry_exception__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_http_date__mutmut)
def _parse_http_date(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_orig(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_1(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = None
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_2(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(None)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_3(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is not None:
        when = when.replace(tzinfo=UTC)
    return (when - (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_4(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = None
    return (when - (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_5(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=None)
    return (when - (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_6(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when + (now or datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_7(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - (now and datetime.now(UTC))).total_seconds()


def x__parse_http_date__mutmut_8(value: str, now: datetime | None) -> float | None:
    """Seconds from ``now`` until an HTTP-date; None if ``value`` is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - (now or datetime.now(None))).total_seconds()

mutants_x__parse_http_date__mutmut['_mutmut_orig'] = x__parse_http_date__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_1'] = x__parse_http_date__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_2'] = x__parse_http_date__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_3'] = x__parse_http_date__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_4'] = x__parse_http_date__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_5'] = x__parse_http_date__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_6'] = x__parse_http_date__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_7'] = x__parse_http_date__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_http_date__mutmut['x__parse_http_date__mutmut_8'] = x__parse_http_date__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_retry_after__mutmut)
def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_orig(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_1(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None and not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_2(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is not None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_3(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_4(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = None
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_5(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = None
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_6(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(None)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_7(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = None
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_8(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(None, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_9(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, None)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_10(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_11(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, )
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_12(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) and math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_13(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None and math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_14(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is not None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_15(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(None) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_16(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(None):
        return None
    return max(0.0, seconds)


def x_parse_retry_after__mutmut_17(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(None, seconds)


def x_parse_retry_after__mutmut_18(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, None)


def x_parse_retry_after__mutmut_19(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(seconds)


def x_parse_retry_after__mutmut_20(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, )


def x_parse_retry_after__mutmut_21(value: str | None, *, now: datetime | None = None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) in seconds; junk → None."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds: float | None = float(value)
    except ValueError:
        seconds = _parse_http_date(value, now)
    if seconds is None or math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(1.0, seconds)

mutants_x_parse_retry_after__mutmut['_mutmut_orig'] = x_parse_retry_after__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_1'] = x_parse_retry_after__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_2'] = x_parse_retry_after__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_3'] = x_parse_retry_after__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_4'] = x_parse_retry_after__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_5'] = x_parse_retry_after__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_6'] = x_parse_retry_after__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_7'] = x_parse_retry_after__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_8'] = x_parse_retry_after__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_9'] = x_parse_retry_after__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_10'] = x_parse_retry_after__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_11'] = x_parse_retry_after__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_12'] = x_parse_retry_after__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_13'] = x_parse_retry_after__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_14'] = x_parse_retry_after__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_15'] = x_parse_retry_after__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_16'] = x_parse_retry_after__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_17'] = x_parse_retry_after__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_18'] = x_parse_retry_after__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_19'] = x_parse_retry_after__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_20'] = x_parse_retry_after__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_retry_after__mutmut['x_parse_retry_after__mutmut_21'] = x_parse_retry_after__mutmut_21 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_retry_delay__mutmut)
def retry_delay(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_orig(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_1(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_2(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(None, policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_3(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), None)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_4(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_5(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), )
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_6(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(None, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_7(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, None), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_8(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_9(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, ), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_10(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(1.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_11(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = None
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_12(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(None, policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_13(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), None)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_14(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_15(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), )
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_16(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay / 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_17(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 * max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_18(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 3.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_19(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(None, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_20(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, None), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_21(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_22(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, ), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_23(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(1, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_24(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 - backoff / 2 * rand()


def x_retry_delay__mutmut_25(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff * 2 + backoff / 2 * rand()


def x_retry_delay__mutmut_26(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 3 + backoff / 2 * rand()


def x_retry_delay__mutmut_27(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 2 / rand()


def x_retry_delay__mutmut_28(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff * 2 * rand()


def x_retry_delay__mutmut_29(
    policy: RetryPolicy,
    attempt: int,
    *,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    A server's Retry-After wins, capped at ``policy.max_retry_after``; otherwise
    exponential backoff capped at ``policy.max_delay``, with equal jitter.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    backoff = min(policy.initial_delay * 2.0 ** max(0, attempt), policy.max_delay)
    return backoff / 2 + backoff / 3 * rand()

mutants_x_retry_delay__mutmut['_mutmut_orig'] = x_retry_delay__mutmut_orig # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_1'] = x_retry_delay__mutmut_1 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_2'] = x_retry_delay__mutmut_2 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_3'] = x_retry_delay__mutmut_3 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_4'] = x_retry_delay__mutmut_4 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_5'] = x_retry_delay__mutmut_5 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_6'] = x_retry_delay__mutmut_6 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_7'] = x_retry_delay__mutmut_7 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_8'] = x_retry_delay__mutmut_8 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_9'] = x_retry_delay__mutmut_9 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_10'] = x_retry_delay__mutmut_10 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_11'] = x_retry_delay__mutmut_11 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_12'] = x_retry_delay__mutmut_12 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_13'] = x_retry_delay__mutmut_13 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_14'] = x_retry_delay__mutmut_14 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_15'] = x_retry_delay__mutmut_15 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_16'] = x_retry_delay__mutmut_16 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_17'] = x_retry_delay__mutmut_17 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_18'] = x_retry_delay__mutmut_18 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_19'] = x_retry_delay__mutmut_19 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_20'] = x_retry_delay__mutmut_20 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_21'] = x_retry_delay__mutmut_21 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_22'] = x_retry_delay__mutmut_22 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_23'] = x_retry_delay__mutmut_23 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_24'] = x_retry_delay__mutmut_24 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_25'] = x_retry_delay__mutmut_25 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_26'] = x_retry_delay__mutmut_26 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_27'] = x_retry_delay__mutmut_27 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_28'] = x_retry_delay__mutmut_28 # type: ignore # mutmut generated
mutants_x_retry_delay__mutmut['x_retry_delay__mutmut_29'] = x_retry_delay__mutmut_29 # type: ignore # mutmut generated
