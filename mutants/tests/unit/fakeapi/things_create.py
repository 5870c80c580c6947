"""POST /things (JSON:API body) -> 201 Thing."""

from __future__ import annotations

from typing import Any

import httpx

from piwik_pro_api.types import UNSET, Unset

from .models import Thing, ThingBody

__all__ = ["Thing", "ThingBody"]


def _get_kwargs(*, body: ThingBody | Unset = UNSET) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"method": "post", "url": "/things"}
    if not isinstance(body, Unset):
        kwargs["json"] = body.to_dict()
    kwargs["headers"] = {"Content-Type": "application/vnd.api+json"}
    return kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> Thing | None:
    if response.status_code == 201:
        return Thing.from_dict(response.json())
    return None
