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


def spec_resource() -> Traversable:
    """The packaged document (``.read_text()`` it, or ``importlib.resources.as_file`` it)."""
    return resources.files("piwik_pro") / SPEC_RESOURCE
