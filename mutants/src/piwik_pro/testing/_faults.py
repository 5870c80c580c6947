"""Fault injection: make the next matching requests fail, stall or lose their connection."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

__all__ = ["TOKEN_PATH", "Fault", "Faults"]

TOKEN_PATH = "/auth/token"


@dataclass
class Fault:
    """One fault rule. Applied to at most ``times`` matching requests (None: until cleared).

    With no ``path_prefix`` it matches every API request but not the token endpoint; pass
    ``path_prefix="/auth/token"`` to fault token requests.
    """

    status: int | None = None
    retry_after: str | None = None
    times: int | None = 1
    path_prefix: str | None = None
    method: str | None = None
    delay: float = 0.0
    drop: bool = False
    hits: int = field(default=0, compare=False)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path_prefix is None:
            return path != TOKEN_PATH
        return path.startswith(self.path_prefix)

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "retry_after": self.retry_after,
            "times": self.times,
            "path_prefix": self.path_prefix,
            "method": self.method,
            "delay": self.delay,
            "drop": self.drop,
            "hits": self.hits,
        }


class Faults:
    """The active fault rules of one sandbox (thread-safe; first matching rule wins)."""

    def __init__(self) -> None:
        self._rules: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        *,
        status: int | None = None,
        retry_after: str | float | datetime | None = None,
        times: int | None = 1,
        path_prefix: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
        drop: bool = False,
    ) -> Fault:
        """Add a rule: answer ``status`` (with ``Retry-After``), wait ``delay`` s, or ``drop``."""
        _check(status, times, delay, drop)
        fault = Fault(
            status=status,
            retry_after=_retry_after(retry_after),
            times=times,
            path_prefix=path_prefix,
            method=method.upper() if method else None,
            delay=float(delay),
            drop=drop,
        )
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """The rule that applies to this request (consuming one of its ``times``), if any."""
        with self._lock:
            for fault in self._rules:
                if fault.matches(method, path):
                    fault.hits += 1
                    if fault.exhausted:
                        self._rules.remove(fault)
                    return fault
        return None

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._rules))

    def __len__(self) -> int:
        with self._lock:
            return len(self._rules)

    def __repr__(self) -> str:
        return f"Faults({list(self)!r})"


def _check(status: int | None, times: int | None, delay: float, drop: bool) -> None:
    if status is None and not delay and not drop:
        raise ValueError("a fault needs a status, a delay or drop=True")
    if status is not None and not 100 <= status <= 599:
        raise ValueError(f"invalid HTTP status {status}")
    if times is not None and times < 1:
        raise ValueError("times must be >= 1 (or None for 'until cleared')")
    if delay < 0:
        raise ValueError("delay must be >= 0")


def _retry_after(value: str | float | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return format_datetime(aware.astimezone(UTC), usegmt=True)
    return f"{value:g}"
