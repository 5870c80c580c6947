"""The repaired, merged OpenAPI document this client is generated from.

It is package data, ``piwik_pro/openapi.json``: committed in the repository (written by
``make regen``, never edited by hand) and shipped in the wheel, so a checkout, an editable
install and an installed wheel all read it the same way, through ``importlib.resources``.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["SPEC_RESOURCE", "spec_resource"]

SPEC_RESOURCE = "openapi.json"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_spec_resource__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_spec_resource__mutmut)
def spec_resource() -> Traversable:
    """The packaged document (``.read_text()`` it, or ``importlib.resources.as_file`` it)."""
    return resources.files("piwik_pro") / SPEC_RESOURCE


def x_spec_resource__mutmut_orig() -> Traversable:
    """The packaged document (``.read_text()`` it, or ``importlib.resources.as_file`` it)."""
    return resources.files("piwik_pro") / SPEC_RESOURCE


def x_spec_resource__mutmut_1() -> Traversable:
    """The packaged document (``.read_text()`` it, or ``importlib.resources.as_file`` it)."""
    return resources.files("piwik_pro") * SPEC_RESOURCE


def x_spec_resource__mutmut_2() -> Traversable:
    """The packaged document (``.read_text()`` it, or ``importlib.resources.as_file`` it)."""
    return resources.files(None) / SPEC_RESOURCE


def x_spec_resource__mutmut_3() -> Traversable:
    """The packaged document (``.read_text()`` it, or ``importlib.resources.as_file`` it)."""
    return resources.files("XXpiwik_proXX") / SPEC_RESOURCE


def x_spec_resource__mutmut_4() -> Traversable:
    """The packaged document (``.read_text()`` it, or ``importlib.resources.as_file`` it)."""
    return resources.files("PIWIK_PRO") / SPEC_RESOURCE

mutants_x_spec_resource__mutmut['_mutmut_orig'] = x_spec_resource__mutmut_orig # type: ignore # mutmut generated
mutants_x_spec_resource__mutmut['x_spec_resource__mutmut_1'] = x_spec_resource__mutmut_1 # type: ignore # mutmut generated
mutants_x_spec_resource__mutmut['x_spec_resource__mutmut_2'] = x_spec_resource__mutmut_2 # type: ignore # mutmut generated
mutants_x_spec_resource__mutmut['x_spec_resource__mutmut_3'] = x_spec_resource__mutmut_3 # type: ignore # mutmut generated
mutants_x_spec_resource__mutmut['x_spec_resource__mutmut_4'] = x_spec_resource__mutmut_4 # type: ignore # mutmut generated
