"""PATCH /things/{thing_id} (JSON:API body) -> 204."""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from piwik_pro_api.types import UNSET, Unset

from .models import ThingBody


def _get_kwargs(thing_id: str, *, body: ThingBody | Unset = UNSET) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/things/{thing_id}".format(thing_id=quote(str(thing_id), safe="")),
    }
    if not isinstance(body, Unset):
        kwargs["json"] = body.to_dict()
    kwargs["headers"] = {"Content-Type": "application/vnd.api+json"}
    return kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return cast(Any, None)
    return None
