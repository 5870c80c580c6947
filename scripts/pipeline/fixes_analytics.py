"""Named repairs for the Analytics query API spec (``custom_reports_http_api.json``).

Kept apart from :mod:`.fixes` so the analytics repairs read as one unit; ``FIXES``
there lists them.
"""

from __future__ import annotations

import re

from .vocab import Doc, walk

__all__ = ["ANALYTICS_QUERIES", "placeholder_in_enum"]

ANALYTICS_QUERIES = ("custom_reports_http_api.json",)
_PLACEHOLDER = re.compile(r"(?<=_)[A-Z](?=_)")


def placeholder_in_enum(doc: Doc) -> int:
    """An enum lists `last_X_days` while its description says X is a number (1 <= X <= 365):
    the literal text is the only value a validator or a generated enum accepts, so every
    real `last_7_days` is refused. The enum becomes a pattern with the placeholder a number."""
    count = 0
    for node in walk(doc):
        values = node.get("enum")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            continue
        letters = {m.group(0) for v in values for m in _PLACEHOLDER.finditer(v)}
        described = str(node.get("description", ""))
        if not letters or not all(re.search(rf"\b{x}\b", described) for x in letters):
            continue
        alternatives = [_PLACEHOLDER.sub("[0-9]+", re.escape(v)) for v in values]
        del node["enum"]
        node["pattern"] = f"^(?:{'|'.join(alternatives)})$"
        count += 1
    return count
