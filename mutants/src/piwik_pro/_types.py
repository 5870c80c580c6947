"""Small public types shared by the client and the generated resource classes."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TypedDict

import httpx

__all__ = ["RequestOptions"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_is_missing__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_missing__mutmut)
def is_missing(value: object) -> bool:
    """Whether ``value`` carries no information: ``None`` or ``UNSET``."""
    return value is None or is_unset(value)


def x_is_missing__mutmut_orig(value: object) -> bool:
    """Whether ``value`` carries no information: ``None`` or ``UNSET``."""
    return value is None or is_unset(value)


def x_is_missing__mutmut_1(value: object) -> bool:
    """Whether ``value`` carries no information: ``None`` or ``UNSET``."""
    return value is None and is_unset(value)


def x_is_missing__mutmut_2(value: object) -> bool:
    """Whether ``value`` carries no information: ``None`` or ``UNSET``."""
    return value is not None or is_unset(value)


def x_is_missing__mutmut_3(value: object) -> bool:
    """Whether ``value`` carries no information: ``None`` or ``UNSET``."""
    return value is None or is_unset(None)

mutants_x_is_missing__mutmut['_mutmut_orig'] = x_is_missing__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_missing__mutmut['x_is_missing__mutmut_1'] = x_is_missing__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_missing__mutmut['x_is_missing__mutmut_2'] = x_is_missing__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_missing__mutmut['x_is_missing__mutmut_3'] = x_is_missing__mutmut_3 # type: ignore # mutmut generated
