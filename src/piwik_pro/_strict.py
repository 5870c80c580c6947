"""Strict parsing for tests: what a newer service adds becomes an error instead of kept.

By default the generated models are forward-compatible: an enum value the service added
is kept as its string, a field the schema does not declare stays in
``additional_properties`` (and comes back from ``to_dict()``), and a value no member of
a ``oneOf`` accepts is kept raw. ``strict_models()`` turns all three into an
:class:`~piwik_pro.APIResponseValidationError`, for the block (this thread or task);
``PIWIK_PRO_STRICT_MODELS=1`` makes strict parsing the default for the process.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["strict_models"]


@contextmanager
def strict_models() -> Iterator[None]:
    """Parse responses strictly inside the block (unknown values, fields, members fail)."""
    from piwik_pro_api.types import STRICT, strictness

    with strictness(STRICT):
        yield
