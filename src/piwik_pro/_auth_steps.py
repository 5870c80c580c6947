"""The steps of the client-credentials auth flow, and one run of a flow by a driver.

:meth:`ClientCredentialsAuth._flow <piwik_pro._auth.ClientCredentialsAuth._flow>` is an
I/O-free generator yielding these steps; the sync and async drivers in :mod:`._auth` do
the I/O each step asks for and answer it through a :class:`Run`.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from ._errors import PiwikProError

__all__ = ["Acquire", "Drain", "Fetch", "Flow", "Releasable", "Run", "Send", "Step"]


class Releasable(Protocol):
    """A held lock: a ``threading.Lock`` or an ``asyncio.Lock``."""

    def release(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Acquire:
    """Take the refresh lock within ``request``'s time limit (held until the token is known)."""

    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Fetch:
    """Send the token request and answer with its read response (or throw its failure in)."""

    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Drain:
    """Read ``response`` to its end, freeing its connection (before a refresh)."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Send:
    """Send the authorized API request through the client running the flow; answer with it."""

    request: httpx.Request


Step = Acquire | Fetch | Drain | Send
Flow = Generator[Step, Any, Any]


class Run:
    """One run of a flow by a driver: its current step, the lock it holds, its result."""

    __slots__ = ("done", "flow", "lock", "result", "step")

    step: Step
    result: Any

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.lock: Releasable | None = None
        self.done, self.result = False, None
        self.resume(None)  # the first step (a cached token returns at once)

    def resume(self, reply: httpx.Response | PiwikProError | None) -> None:
        """Answer the current step (a failure is thrown into the flow); note the next one."""
        try:
            if isinstance(reply, PiwikProError):
                self.step = self.flow.throw(reply)
            else:
                self.step = self.flow.send(reply)
        except StopIteration as done:
            self.done, self.result = True, done.value

    def hold(self, lock: Releasable) -> None:
        """Note the refresh lock the driver took for this run."""
        self.lock = lock

    def release(self) -> None:
        """Release the refresh lock if held: a token is known, or the run ended."""
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.release()

    def close(self) -> None:
        """End the run however it went: release the lock, close the flow."""
        self.release()
        self.flow.close()
