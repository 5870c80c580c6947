"""Named repairs for the Tracking API spec (``tracker_tracking_api.json``).

Kept apart from :mod:`.fixes` so the tracking repairs read as one unit; ``FIXES``
there lists them.
"""

from __future__ import annotations

from .vocab import Doc, operations
from .vocab import resolve_param as _param

__all__ = ["TRACKING", "switch_enums"]

TRACKING = ("tracker_tracking_api.json",)


def switch_enums(doc: Doc) -> int:
    """On/off query switches (`rec`, `new_visit`, `send_image`...) are integer enums `[0, 1]`.

    The generator turns each into a `Literal[0, 1]` alias, and since every such enum has
    the same shape they all share one, named after whichever spec used it first
    (`rec: DebugEventConsentTypeAnalytics`). The docs write them as plain numbers
    (`rec=1`): make them integers from 0 to 1, which validators still check.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            schema = param.get("schema", {})
            if param.get("in") == "query" and _is_switch(schema):
                del schema["enum"]
                schema.update({"minimum": 0, "maximum": 1})
                count += 1
    return count


def _is_switch(schema: Doc) -> bool:
    values = schema.get("enum")
    return schema.get("type") == "integer" and isinstance(values, list) and sorted(values) == [0, 1]
