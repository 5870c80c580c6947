"""Driving the I/O-free retry loop (``_BaseClient._retry_loop``): the sync and async shells.

The loop yields an :class:`Attempt` (send this request, read its body within these limits)
or a wait in seconds; a driver does that I/O, sends the response back or throws the failure
in, and returns what the loop returns. :func:`drive` and :func:`adrive` differ only in
``await``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any

import httpx

from ._body import BodyLimits
from ._errors import PiwikProError
from ._exchange import HTTPX_ERRORS

__all__ = ["SEND_ERRORS", "Attempt", "Exchange", "adrive", "drive"]

# What an attempt may raise that the loop decides about (the token request's errors too).
SEND_ERRORS = (PiwikProError, *HTTPX_ERRORS)


@dataclass(frozen=True, slots=True)
class Attempt:
    """A step of the retry loop: send one request with ``settings``, read it within ``limits``."""

    settings: dict[str, Any]
    limits: BodyLimits


Exchange = Generator[Attempt | float, httpx.Response, httpx.Response]
"""The retry loop of one call: yields attempts and waits, returns the response kept."""


def drive(
    flow: Exchange,
    attempt: Callable[[Attempt], httpx.Response],
    sleep: Callable[[float], object],
) -> httpx.Response:
    """Run ``flow``: make each attempt, sleep each wait; the response it keeps, or its error."""
    try:
        step = next(flow)
        while True:
            if not isinstance(step, Attempt):
                sleep(step)
                step = next(flow)
                continue
            try:
                response = attempt(step)
            except SEND_ERRORS as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(response)
    except StopIteration as done:
        kept: httpx.Response = done.value
        return kept


async def adrive(
    flow: Exchange,
    attempt: Callable[[Attempt], Awaitable[httpx.Response]],
    sleep: Callable[[float], Awaitable[object]],
) -> httpx.Response:
    """The async twin of :func:`drive`."""
    try:
        step = next(flow)
        while True:
            if not isinstance(step, Attempt):
                await sleep(step)
                step = next(flow)
                continue
            try:
                response = await attempt(step)
            except SEND_ERRORS as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(response)
    except StopIteration as done:
        kept: httpx.Response = done.value
        return kept
