"""Small public types shared by the client and the generated resource classes.

``Unset`` and ``UNSET`` are the generated layer's (``piwik_pro_api.types``): a field the
response left out, an argument not given. ``x is not UNSET``, ``isinstance(x, Unset)``
and :func:`is_set` all narrow ``T | Unset`` to ``T`` for mypy and pyright.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict, TypeVar

import httpx

if TYPE_CHECKING:
    from typing_extensions import TypeIs

    from piwik_pro_api.types import Unset

__all__ = ["RequestOptions", "is_set"]

T = TypeVar("T")


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
def _unset_class() -> type[Unset]:
    # Imported on first use so that `import piwik_pro` stays free of the generated layer.
    from piwik_pro_api.types import Unset

    return Unset


def is_set(value: T | Unset) -> TypeIs[T]:
    """Whether ``value`` is not ``UNSET``; narrows ``T | Unset`` to ``T`` where it is true.

    >>> from piwik_pro import is_set
    >>> if is_set(attributes) and is_set(attributes.email):  # doctest: +SKIP
    ...     send_to(attributes.email)  # a str here, not str | Unset
    """
    return not isinstance(value, _unset_class())


def is_unset(value: object) -> TypeIs[Unset]:
    """Whether ``value`` is the generated layer's ``UNSET`` marker."""
    return isinstance(value, _unset_class())


def is_missing(value: object) -> TypeIs[Unset | None]:
    """Whether ``value`` carries no information: ``None`` or ``UNSET``."""
    return value is None or is_unset(value)
