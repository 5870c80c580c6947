"""Free-form values (CDP attributes: any string, number or boolean) go out exactly as given."""

from __future__ import annotations

import json
from typing import Any

import pytest

from piwik_pro import PiwikPro
from piwik_pro_api.models import (
    CdpWebhookImportsSendBody,
    CdpWebhookImportsSendViaPutBody,
    ProfileCustomAttributesUpdateInput,
)

from .stub import Stub

APP = "0f7a5b4e-0f3d-4b1a-9f3e-2d2c0a0b6a11"
HOOK = "5b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"
# Strings a date parser accepts, and would rewrite: compact, space-separated, with offsets.
DATE_LIKE = {
    "signup": "20230101",
    "contract_end": "2023-12-10 16:30:00+00:00",
    "seen": "2023-07-21T17:32:28Z",
    "week": "2023-W05",
    "mood": "sad",
    "score": 7.5,
    "vip": True,
}


def _sent_json(stub: Stub) -> Any:
    (seen,) = stub.calls()
    return json.loads(seen.body)


@pytest.mark.parametrize(
    ("method", "model", "http"),
    [("send", CdpWebhookImportsSendBody, "POST"), ("send_via_put", CdpWebhookImportsSendViaPutBody,
                                                   "PUT")],
)  # fmt: skip
def test_webhook_attributes_are_sent_verbatim(
    client: PiwikPro, stub: Stub, method: str, model: Any, http: str
) -> None:
    """A webhook import sends each attribute value unchanged, date-like strings included."""
    stub.answer(http, f"/cdp/webhook/{APP}/{HOOK}", None, status=204)
    getattr(client.cdp.webhook_imports, method)(APP, HOOK, body=model.from_dict(DATE_LIKE))
    assert _sent_json(stub) == DATE_LIKE


def test_profile_attribute_update_is_sent_verbatim(client: PiwikPro, stub: Stub) -> None:
    """A profile attribute update sends the date-like strings it was given, unparsed."""
    body = {"identifiers": {"user_id": "tom1987@bob.com"}, "attributes": DATE_LIKE}
    path = f"/api/cdp/profiles/public/v1/app/{APP}/update-profile"
    stub.answer("POST", path, None, status=204)
    client.cdp.profiles.update_attributes(
        APP, body=ProfileCustomAttributesUpdateInput.from_dict(body)
    )
    assert _sent_json(stub) == body
