"""POST /things/search (a read-only query) -> 200 ThingPage."""

from __future__ import annotations

from typing import Any

import httpx

from .models import ThingPage

__all__ = ["ThingPage"]


def _get_kwargs(*, body: dict[str, Any]) -> dict[str, Any]:
    return {"method": "post", "url": "/things/search", "json": body}


def _parse_response(*, client: Any, response: httpx.Response) -> ThingPage | None:
    if response.status_code == 200:
        return ThingPage.from_dict(response.json())
    return None
