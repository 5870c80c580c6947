"""Small public types shared by the client and the generated resource classes."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TypedDict

import httpx

__all__ = ["RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Per-call overrides of the client's settings.

    ``timeout`` replaces the client timeout for this call, ``max_retries`` the
    number of retries, and ``headers`` are added to (and win over) the request's
    own headers.
    """

    timeout: float | httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]


@functools.cache
def _unset_class() -> type:
    # Imported on first use so that `import piwik_pro` stays free of the generated layer.
    from piwik_pro_api.types import Unset

    return Unset


def is_unset(value: object) -> bool:
    """Whether ``value`` is the generated layer's ``UNSET`` marker."""
    return isinstance(value, _unset_class())


def is_missing(value: object) -> bool:
    """Whether ``value`` carries no information: ``None`` or ``UNSET``."""
    return value is None or is_unset(value)
