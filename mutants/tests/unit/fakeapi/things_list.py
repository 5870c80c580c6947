"""GET /things?offset=&limit= -> 200 ThingPage."""

from __future__ import annotations

from typing import Any

import httpx

from piwik_pro_api.types import UNSET, Unset

from .models import ThingPage

__all__ = ["ThingPage"]


def _get_kwargs(
    *, offset: int | Unset = 0, limit: int | Unset = 10, search: str | Unset = UNSET
) -> dict[str, Any]:
    params = {"offset": offset, "limit": limit, "search": search}
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    return {"method": "get", "url": "/things", "params": params}


def _parse_response(*, client: Any, response: httpx.Response) -> ThingPage | None:
    if response.status_code == 200:
        return ThingPage.from_dict(response.json())
    return None
