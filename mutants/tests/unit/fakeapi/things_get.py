"""GET /things/{thing_id} -> 200 Thing (like a generated endpoint module)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from .models import ErrorObject, Thing

__all__ = ["ErrorObject", "Thing"]


def _get_kwargs(thing_id: str) -> dict[str, Any]:
    return {"method": "get", "url": "/things/{thing_id}".format(thing_id=quote(thing_id, safe=""))}


def _parse_response(*, client: Any, response: httpx.Response) -> Thing | ErrorObject | None:
    if response.status_code == 200:
        return Thing.from_dict(response.json())
    if response.status_code == 404:
        return ErrorObject.from_dict(response.json())
    if client.raise_on_unexpected_status:
        raise AssertionError("the facade must not ask the generated layer to raise")
    return None
