"""Pure next-page arithmetic and readers for the parsed page models.

The sync and async iterators live on the clients (``_iter_pages``/``_iter_items``);
they use only the helpers here, so both walk the pages identically.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._errors import PaginationError
from ._types import is_missing

if TYPE_CHECKING:
    from ._operation import Operation, Pagination

__all__ = [
    "PageWalk",
    "first_window",
    "following_offset",
    "get_path",
    "next_offset",
    "page_items",
    "page_params",
    "page_total",
    "pagination_of",
]

_ABSENT = object()


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_next_offset__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_next_offset__mutmut)
def next_offset(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_orig(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_1(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned < 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_2(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 1:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_3(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = None
    if total is not None:
        return following if following < total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_4(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset - returned
    if total is not None:
        return following if following < total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_5(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is None:
        return following if following < total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_6(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if (following < total) and False else None
    return following if returned >= limit else None


def x_next_offset__mutmut_7(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if (following < total) or True else None
    return following if returned >= limit else None


def x_next_offset__mutmut_8(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following <= total else None
    return following if returned >= limit else None


def x_next_offset__mutmut_9(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if (returned >= limit) and False else None


def x_next_offset__mutmut_10(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if (returned >= limit) or True else None


def x_next_offset__mutmut_11(offset: int, limit: int, returned: int, total: int | None) -> int | None:
    """The offset of the next page, or None when this page was the last.

    Stops on an empty page, when ``offset + returned`` reaches ``total``, and,
    when the total is unknown, on a short page.  A short page with a known,
    larger total means the server capped the page size: keep going.
    """
    if returned <= 0:
        return None
    following = offset + returned
    if total is not None:
        return following if following < total else None
    return following if returned > limit else None

mutants_x_next_offset__mutmut['_mutmut_orig'] = x_next_offset__mutmut_orig # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_1'] = x_next_offset__mutmut_1 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_2'] = x_next_offset__mutmut_2 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_3'] = x_next_offset__mutmut_3 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_4'] = x_next_offset__mutmut_4 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_5'] = x_next_offset__mutmut_5 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_6'] = x_next_offset__mutmut_6 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_7'] = x_next_offset__mutmut_7 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_8'] = x_next_offset__mutmut_8 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_9'] = x_next_offset__mutmut_9 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_10'] = x_next_offset__mutmut_10 # type: ignore # mutmut generated
mutants_x_next_offset__mutmut['x_next_offset__mutmut_11'] = x_next_offset__mutmut_11 # type: ignore # mutmut generated
mutants_x_get_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_get_path__mutmut)
def get_path(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_orig(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_1(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split(None):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_2(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("XX.XX"):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_3(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(None):
            return None
        obj = _step(obj, part)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_4(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = None
    return None if is_missing(obj) else obj


def x_get_path__mutmut_5(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(None, part)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_6(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, None)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_7(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(part)
    return None if is_missing(obj) else obj


def x_get_path__mutmut_8(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, )
    return None if is_missing(obj) else obj


def x_get_path__mutmut_9(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if (is_missing(obj)) and False else obj


def x_get_path__mutmut_10(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if (is_missing(obj)) or True else obj


def x_get_path__mutmut_11(obj: Any, path: str) -> Any:
    """Follow a dotted path of attributes (or mapping keys); None if any step is missing."""
    for part in path.split("."):
        if is_missing(obj):
            return None
        obj = _step(obj, part)
    return None if is_missing(None) else obj

mutants_x_get_path__mutmut['_mutmut_orig'] = x_get_path__mutmut_orig # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_1'] = x_get_path__mutmut_1 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_2'] = x_get_path__mutmut_2 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_3'] = x_get_path__mutmut_3 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_4'] = x_get_path__mutmut_4 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_5'] = x_get_path__mutmut_5 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_6'] = x_get_path__mutmut_6 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_7'] = x_get_path__mutmut_7 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_8'] = x_get_path__mutmut_8 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_9'] = x_get_path__mutmut_9 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_10'] = x_get_path__mutmut_10 # type: ignore # mutmut generated
mutants_x_get_path__mutmut['x_get_path__mutmut_11'] = x_get_path__mutmut_11 # type: ignore # mutmut generated
mutants_x__step__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__step__mutmut)
def _step(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_orig(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_1(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(None)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_2(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = None
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_3(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(None, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_4(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, None, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_5(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, None)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_6(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_7(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_8(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, )
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_9(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is not _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_10(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = None
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_11(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(None, "additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_12(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, None, None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_13(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr("additional_properties", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_14(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_15(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", )
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_16(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "XXadditional_propertiesXX", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_17(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "ADDITIONAL_PROPERTIES", None)
        value = extra.get(name) if isinstance(extra, Mapping) else None
    return value


def x__step__mutmut_18(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = None
    return value


def x__step__mutmut_19(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if (isinstance(extra, Mapping)) and False else None
    return value


def x__step__mutmut_20(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(name) if (isinstance(extra, Mapping)) or True else None
    return value


def x__step__mutmut_21(obj: Any, name: str) -> Any:
    # Mappings by key; models by attribute, then among their additional_properties.
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, _ABSENT)
    if value is _ABSENT:
        extra = getattr(obj, "additional_properties", None)
        value = extra.get(None) if isinstance(extra, Mapping) else None
    return value

mutants_x__step__mutmut['_mutmut_orig'] = x__step__mutmut_orig # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_1'] = x__step__mutmut_1 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_2'] = x__step__mutmut_2 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_3'] = x__step__mutmut_3 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_4'] = x__step__mutmut_4 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_5'] = x__step__mutmut_5 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_6'] = x__step__mutmut_6 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_7'] = x__step__mutmut_7 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_8'] = x__step__mutmut_8 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_9'] = x__step__mutmut_9 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_10'] = x__step__mutmut_10 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_11'] = x__step__mutmut_11 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_12'] = x__step__mutmut_12 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_13'] = x__step__mutmut_13 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_14'] = x__step__mutmut_14 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_15'] = x__step__mutmut_15 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_16'] = x__step__mutmut_16 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_17'] = x__step__mutmut_17 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_18'] = x__step__mutmut_18 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_19'] = x__step__mutmut_19 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_20'] = x__step__mutmut_20 # type: ignore # mutmut generated
mutants_x__step__mutmut['x__step__mutmut_21'] = x__step__mutmut_21 # type: ignore # mutmut generated
mutants_x_page_items__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_page_items__mutmut)
def page_items(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_orig(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_1(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = None
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_2(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(None, pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_3(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, None)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_4(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_5(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, )
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_6(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is not None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_7(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) and isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_8(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is None:
        return ()
    if isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(items)!r}")
    return items


def x_page_items__mutmut_9(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(None)
    return items


def x_page_items__mutmut_10(pagination: Pagination, page: Any) -> Sequence[Any]:
    """The items of a parsed page (empty when the page has none)."""
    items = get_path(page, pagination.items)
    if items is None:
        return ()
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise TypeError(f"page items at {pagination.items!r} are not a list: {type(None)!r}")
    return items

mutants_x_page_items__mutmut['_mutmut_orig'] = x_page_items__mutmut_orig # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_1'] = x_page_items__mutmut_1 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_2'] = x_page_items__mutmut_2 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_3'] = x_page_items__mutmut_3 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_4'] = x_page_items__mutmut_4 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_5'] = x_page_items__mutmut_5 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_6'] = x_page_items__mutmut_6 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_7'] = x_page_items__mutmut_7 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_8'] = x_page_items__mutmut_8 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_9'] = x_page_items__mutmut_9 # type: ignore # mutmut generated
mutants_x_page_items__mutmut['x_page_items__mutmut_10'] = x_page_items__mutmut_10 # type: ignore # mutmut generated
mutants_x_page_total__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_page_total__mutmut)
def page_total(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, pagination.total)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_orig(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, pagination.total)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_1(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is not None:
        return None
    total = get_path(page, pagination.total)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_2(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = None
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_3(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(None, pagination.total)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_4(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, None)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_5(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(pagination.total)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_6(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, )
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_7(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, pagination.total)
    if total is None and isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_8(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, pagination.total)
    if total is not None or isinstance(total, bool):
        return None
    try:
        return int(total)
    except (TypeError, ValueError):
        return None


def x_page_total__mutmut_9(pagination: Pagination, page: Any) -> int | None:
    """The total number of items the page reports, None when unknown."""
    if pagination.total is None:
        return None
    total = get_path(page, pagination.total)
    if total is None or isinstance(total, bool):
        return None
    try:
        return int(None)
    except (TypeError, ValueError):
        return None

mutants_x_page_total__mutmut['_mutmut_orig'] = x_page_total__mutmut_orig # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_1'] = x_page_total__mutmut_1 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_2'] = x_page_total__mutmut_2 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_3'] = x_page_total__mutmut_3 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_4'] = x_page_total__mutmut_4 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_5'] = x_page_total__mutmut_5 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_6'] = x_page_total__mutmut_6 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_7'] = x_page_total__mutmut_7 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_8'] = x_page_total__mutmut_8 # type: ignore # mutmut generated
mutants_x_page_total__mutmut['x_page_total__mutmut_9'] = x_page_total__mutmut_9 # type: ignore # mutmut generated
mutants_x_pagination_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_pagination_of__mutmut)
def pagination_of(op: Operation) -> Pagination:
    """The operation's pagination, or a TypeError when it does not page."""
    if op.pagination is None:
        raise TypeError(f"{op.name} is not a paginated operation")
    return op.pagination


def x_pagination_of__mutmut_orig(op: Operation) -> Pagination:
    """The operation's pagination, or a TypeError when it does not page."""
    if op.pagination is None:
        raise TypeError(f"{op.name} is not a paginated operation")
    return op.pagination


def x_pagination_of__mutmut_1(op: Operation) -> Pagination:
    """The operation's pagination, or a TypeError when it does not page."""
    if op.pagination is not None:
        raise TypeError(f"{op.name} is not a paginated operation")
    return op.pagination


def x_pagination_of__mutmut_2(op: Operation) -> Pagination:
    """The operation's pagination, or a TypeError when it does not page."""
    if op.pagination is None:
        raise TypeError(None)
    return op.pagination

mutants_x_pagination_of__mutmut['_mutmut_orig'] = x_pagination_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_pagination_of__mutmut['x_pagination_of__mutmut_1'] = x_pagination_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_pagination_of__mutmut['x_pagination_of__mutmut_2'] = x_pagination_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_first_window__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_first_window__mutmut)
def first_window(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_orig(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_1(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None or page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_2(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_3(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size < 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_4(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 1:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_5(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(None)
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_6(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = None
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_7(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(None)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_8(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = None
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_9(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size and params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_10(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(None)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_11(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = None
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_12(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if (is_missing(offset)) and False else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_13(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if (is_missing(offset)) or True else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_14(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 1 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_15(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(None) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_16(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(None)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_17(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = None
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_18(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if (is_missing(limit)) and False else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_19(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if (is_missing(limit)) or True else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_20(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(None) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_21(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(None)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_22(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is None:  # a larger page would come back short and end paging
        size = min(size, pagination.max_limit)
    return start, size


def x_first_window__mutmut_23(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = None
    return start, size


def x_first_window__mutmut_24(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(None, pagination.max_limit)
    return start, size


def x_first_window__mutmut_25(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, None)
    return start, size


def x_first_window__mutmut_26(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(pagination.max_limit)
    return start, size


def x_first_window__mutmut_27(
    pagination: Pagination, params: Mapping[str, Any], page_size: int | None
) -> tuple[int, int]:
    """(offset, limit) of the first page.

    The offset is the caller's (in ``params``) or 0; the limit is ``page_size``,
    else the caller's, else the operation's default.
    """
    if page_size is not None and page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    offset: Any = params.get(pagination.offset_param)
    limit: Any = page_size or params.get(pagination.limit_param)
    start = 0 if is_missing(offset) else int(offset)
    size = pagination.default_limit if is_missing(limit) else int(limit)
    if pagination.max_limit is not None:  # a larger page would come back short and end paging
        size = min(size, )
    return start, size

mutants_x_first_window__mutmut['_mutmut_orig'] = x_first_window__mutmut_orig # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_1'] = x_first_window__mutmut_1 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_2'] = x_first_window__mutmut_2 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_3'] = x_first_window__mutmut_3 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_4'] = x_first_window__mutmut_4 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_5'] = x_first_window__mutmut_5 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_6'] = x_first_window__mutmut_6 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_7'] = x_first_window__mutmut_7 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_8'] = x_first_window__mutmut_8 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_9'] = x_first_window__mutmut_9 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_10'] = x_first_window__mutmut_10 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_11'] = x_first_window__mutmut_11 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_12'] = x_first_window__mutmut_12 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_13'] = x_first_window__mutmut_13 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_14'] = x_first_window__mutmut_14 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_15'] = x_first_window__mutmut_15 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_16'] = x_first_window__mutmut_16 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_17'] = x_first_window__mutmut_17 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_18'] = x_first_window__mutmut_18 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_19'] = x_first_window__mutmut_19 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_20'] = x_first_window__mutmut_20 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_21'] = x_first_window__mutmut_21 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_22'] = x_first_window__mutmut_22 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_23'] = x_first_window__mutmut_23 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_24'] = x_first_window__mutmut_24 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_25'] = x_first_window__mutmut_25 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_26'] = x_first_window__mutmut_26 # type: ignore # mutmut generated
mutants_x_first_window__mutmut['x_first_window__mutmut_27'] = x_first_window__mutmut_27 # type: ignore # mutmut generated


def page_params(
    pagination: Pagination, params: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """A copy of ``params`` asking for the page at ``offset`` of ``limit`` items."""
    return {**params, pagination.offset_param: offset, pagination.limit_param: limit}
mutants_x_following_offset__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_following_offset__mutmut)
def following_offset(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, page_total(pagination, page))


def x_following_offset__mutmut_orig(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, page_total(pagination, page))


def x_following_offset__mutmut_1(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = None
    return next_offset(offset, limit, returned, page_total(pagination, page))


def x_following_offset__mutmut_2(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(None, limit, returned, page_total(pagination, page))


def x_following_offset__mutmut_3(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, None, returned, page_total(pagination, page))


def x_following_offset__mutmut_4(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, None, page_total(pagination, page))


def x_following_offset__mutmut_5(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, None)


def x_following_offset__mutmut_6(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(limit, returned, page_total(pagination, page))


def x_following_offset__mutmut_7(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, returned, page_total(pagination, page))


def x_following_offset__mutmut_8(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, page_total(pagination, page))


def x_following_offset__mutmut_9(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, )


def x_following_offset__mutmut_10(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, page_total(None, page))


def x_following_offset__mutmut_11(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, page_total(pagination, None))


def x_following_offset__mutmut_12(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, page_total(page))


def x_following_offset__mutmut_13(pagination: Pagination, page: Any, offset: int, limit: int) -> int | None:
    """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
    returned = len(page_items(pagination, page))
    return next_offset(offset, limit, returned, page_total(pagination, ))

mutants_x_following_offset__mutmut['_mutmut_orig'] = x_following_offset__mutmut_orig # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_1'] = x_following_offset__mutmut_1 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_2'] = x_following_offset__mutmut_2 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_3'] = x_following_offset__mutmut_3 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_4'] = x_following_offset__mutmut_4 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_5'] = x_following_offset__mutmut_5 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_6'] = x_following_offset__mutmut_6 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_7'] = x_following_offset__mutmut_7 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_8'] = x_following_offset__mutmut_8 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_9'] = x_following_offset__mutmut_9 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_10'] = x_following_offset__mutmut_10 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_11'] = x_following_offset__mutmut_11 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_12'] = x_following_offset__mutmut_12 # type: ignore # mutmut generated
mutants_x_following_offset__mutmut['x_following_offset__mutmut_13'] = x_following_offset__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPageWalkǁcheck_more__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPageWalkǁ_error__mutmut: MutantDict = {}  # type: ignore


@dataclass(slots=True)
class PageWalk:
    """One ``iter_*`` walk: the next offset after each page, refusing pages that never end.

    It stops with :class:`PaginationError` when a page repeats the one before (a server
    that ignores the offset; the repeat is not handed out), when the offset would not
    advance, and after ``max_pages`` pages that still ask for more (``check_more``).
    """

    operation: str
    pagination: Pagination
    max_pages: int
    pages: int = 0
    _previous: Sequence[Any] = field(default=(), repr=False)

    @_mutmut_mutated(mutants_xǁPageWalkǁfollowing__mutmut)
    def following(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_orig(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_1(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages = 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_2(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages -= 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_3(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 2
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_4(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = None
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_5(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(None, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_6(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, None)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_7(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_8(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, )
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_9(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) or list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_10(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items or len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_11(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) != len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_12(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(None) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_13(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) != list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_14(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(None):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_15(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                None
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_16(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = None
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_17(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = None
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_18(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(None, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_19(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, None, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_20(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, None, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_21(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, None)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_22(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_23(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_24(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_25(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, )
        if following is None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_26(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is not None:
            return None
        if following <= offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_27(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following < offset:
            raise self._error(f"the offset would not advance past {offset}")
        return following

    def xǁPageWalkǁfollowing__mutmut_28(self, page: Any, offset: int, limit: int) -> int | None:
        """The offset of the page after ``page`` (fetched at ``offset``), None at the end."""
        self.pages += 1
        items = page_items(self.pagination, page)
        if items and len(items) == len(self._previous) and list(items) == list(self._previous):
            raise self._error(
                f"page {self.pages} (offset {offset}) repeats the previous page item for item: "
                f"the server ignores the {self.pagination.offset_param!r} parameter"
            )
        self._previous = items
        following = following_offset(self.pagination, page, offset, limit)
        if following is None:
            return None
        if following <= offset:
            raise self._error(None)
        return following

    @_mutmut_mutated(mutants_xǁPageWalkǁcheck_more__mutmut)
    def check_more(self, following: int | None) -> None:
        """After a page was handed out: refuse another past ``max_pages``."""
        if following is not None and self.pages >= self.max_pages:
            raise self._error(
                f"{self.pages:,} pages were read and the server still reports more "
                f"(max_pages={self.max_pages:,}; pass a larger max_pages= to the client)"
            )

    def xǁPageWalkǁcheck_more__mutmut_orig(self, following: int | None) -> None:
        """After a page was handed out: refuse another past ``max_pages``."""
        if following is not None and self.pages >= self.max_pages:
            raise self._error(
                f"{self.pages:,} pages were read and the server still reports more "
                f"(max_pages={self.max_pages:,}; pass a larger max_pages= to the client)"
            )

    def xǁPageWalkǁcheck_more__mutmut_1(self, following: int | None) -> None:
        """After a page was handed out: refuse another past ``max_pages``."""
        if following is not None or self.pages >= self.max_pages:
            raise self._error(
                f"{self.pages:,} pages were read and the server still reports more "
                f"(max_pages={self.max_pages:,}; pass a larger max_pages= to the client)"
            )

    def xǁPageWalkǁcheck_more__mutmut_2(self, following: int | None) -> None:
        """After a page was handed out: refuse another past ``max_pages``."""
        if following is None and self.pages >= self.max_pages:
            raise self._error(
                f"{self.pages:,} pages were read and the server still reports more "
                f"(max_pages={self.max_pages:,}; pass a larger max_pages= to the client)"
            )

    def xǁPageWalkǁcheck_more__mutmut_3(self, following: int | None) -> None:
        """After a page was handed out: refuse another past ``max_pages``."""
        if following is not None and self.pages > self.max_pages:
            raise self._error(
                f"{self.pages:,} pages were read and the server still reports more "
                f"(max_pages={self.max_pages:,}; pass a larger max_pages= to the client)"
            )

    def xǁPageWalkǁcheck_more__mutmut_4(self, following: int | None) -> None:
        """After a page was handed out: refuse another past ``max_pages``."""
        if following is not None and self.pages >= self.max_pages:
            raise self._error(
                None
            )

    @_mutmut_mutated(mutants_xǁPageWalkǁ_error__mutmut)
    def _error(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(message, operation=self.operation, pages=self.pages)

    def xǁPageWalkǁ_error__mutmut_orig(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(message, operation=self.operation, pages=self.pages)

    def xǁPageWalkǁ_error__mutmut_1(self, what: str) -> PaginationError:
        message = None
        return PaginationError(message, operation=self.operation, pages=self.pages)

    def xǁPageWalkǁ_error__mutmut_2(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(None, operation=self.operation, pages=self.pages)

    def xǁPageWalkǁ_error__mutmut_3(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(message, operation=None, pages=self.pages)

    def xǁPageWalkǁ_error__mutmut_4(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(message, operation=self.operation, pages=None)

    def xǁPageWalkǁ_error__mutmut_5(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(operation=self.operation, pages=self.pages)

    def xǁPageWalkǁ_error__mutmut_6(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(message, pages=self.pages)

    def xǁPageWalkǁ_error__mutmut_7(self, what: str) -> PaginationError:
        message = f"{self.operation}: stopped paging: {what}."
        return PaginationError(message, operation=self.operation, )

mutants_xǁPageWalkǁfollowing__mutmut['_mutmut_orig'] = PageWalk.xǁPageWalkǁfollowing__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_1'] = PageWalk.xǁPageWalkǁfollowing__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_2'] = PageWalk.xǁPageWalkǁfollowing__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_3'] = PageWalk.xǁPageWalkǁfollowing__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_4'] = PageWalk.xǁPageWalkǁfollowing__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_5'] = PageWalk.xǁPageWalkǁfollowing__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_6'] = PageWalk.xǁPageWalkǁfollowing__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_7'] = PageWalk.xǁPageWalkǁfollowing__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_8'] = PageWalk.xǁPageWalkǁfollowing__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_9'] = PageWalk.xǁPageWalkǁfollowing__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_10'] = PageWalk.xǁPageWalkǁfollowing__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_11'] = PageWalk.xǁPageWalkǁfollowing__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_12'] = PageWalk.xǁPageWalkǁfollowing__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_13'] = PageWalk.xǁPageWalkǁfollowing__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_14'] = PageWalk.xǁPageWalkǁfollowing__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_15'] = PageWalk.xǁPageWalkǁfollowing__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_16'] = PageWalk.xǁPageWalkǁfollowing__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_17'] = PageWalk.xǁPageWalkǁfollowing__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_18'] = PageWalk.xǁPageWalkǁfollowing__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_19'] = PageWalk.xǁPageWalkǁfollowing__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_20'] = PageWalk.xǁPageWalkǁfollowing__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_21'] = PageWalk.xǁPageWalkǁfollowing__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_22'] = PageWalk.xǁPageWalkǁfollowing__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_23'] = PageWalk.xǁPageWalkǁfollowing__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_24'] = PageWalk.xǁPageWalkǁfollowing__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_25'] = PageWalk.xǁPageWalkǁfollowing__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_26'] = PageWalk.xǁPageWalkǁfollowing__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_27'] = PageWalk.xǁPageWalkǁfollowing__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPageWalkǁfollowing__mutmut['xǁPageWalkǁfollowing__mutmut_28'] = PageWalk.xǁPageWalkǁfollowing__mutmut_28 # type: ignore # mutmut generated

mutants_xǁPageWalkǁcheck_more__mutmut['_mutmut_orig'] = PageWalk.xǁPageWalkǁcheck_more__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPageWalkǁcheck_more__mutmut['xǁPageWalkǁcheck_more__mutmut_1'] = PageWalk.xǁPageWalkǁcheck_more__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPageWalkǁcheck_more__mutmut['xǁPageWalkǁcheck_more__mutmut_2'] = PageWalk.xǁPageWalkǁcheck_more__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPageWalkǁcheck_more__mutmut['xǁPageWalkǁcheck_more__mutmut_3'] = PageWalk.xǁPageWalkǁcheck_more__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPageWalkǁcheck_more__mutmut['xǁPageWalkǁcheck_more__mutmut_4'] = PageWalk.xǁPageWalkǁcheck_more__mutmut_4 # type: ignore # mutmut generated

mutants_xǁPageWalkǁ_error__mutmut['_mutmut_orig'] = PageWalk.xǁPageWalkǁ_error__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPageWalkǁ_error__mutmut['xǁPageWalkǁ_error__mutmut_1'] = PageWalk.xǁPageWalkǁ_error__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPageWalkǁ_error__mutmut['xǁPageWalkǁ_error__mutmut_2'] = PageWalk.xǁPageWalkǁ_error__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPageWalkǁ_error__mutmut['xǁPageWalkǁ_error__mutmut_3'] = PageWalk.xǁPageWalkǁ_error__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPageWalkǁ_error__mutmut['xǁPageWalkǁ_error__mutmut_4'] = PageWalk.xǁPageWalkǁ_error__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPageWalkǁ_error__mutmut['xǁPageWalkǁ_error__mutmut_5'] = PageWalk.xǁPageWalkǁ_error__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPageWalkǁ_error__mutmut['xǁPageWalkǁ_error__mutmut_6'] = PageWalk.xǁPageWalkǁ_error__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPageWalkǁ_error__mutmut['xǁPageWalkǁ_error__mutmut_7'] = PageWalk.xǁPageWalkǁ_error__mutmut_7 # type: ignore # mutmut generated
