"""Misuse of UNSET that mypy --strict and basedpyright strict both reject, on marked lines only.

The unmarked lines are the correct forms: each narrowing the checkers must accept.
"""

from __future__ import annotations

from uuid import UUID

from piwik_pro import UNSET, PiwikPro, Unset, is_set
from piwik_pro_api.models import JsonApiUser, JsonApiUserAttributes


def always_sent(client: PiwikPro) -> UUID:
    invited = client.users.invite(email="new-user@example.com")
    invited.data = UNSET  # error: data is always sent, never UNSET
    invited.data.id = UNSET  # error: so is its id
    user_id: UUID = invited.data.id
    client.users.get(user_id)
    return user_id


def emails(client: PiwikPro, user_id: str) -> str:
    data: JsonApiUser = client.users.get(user_id).data
    unchecked: str = data.attributes.email  # error: attributes may be UNSET
    attributes = data.attributes
    email: str = attributes.email  # error: attributes may be UNSET
    if attributes is not UNSET:
        text: str = attributes.email  # error: email may be UNSET
        if attributes.email is not UNSET:
            text = attributes.email
        return text
    del unchecked, email
    return ""


def narrowing(attributes: JsonApiUserAttributes | Unset) -> str:
    if isinstance(attributes, Unset):
        return ""
    if is_set(attributes.email):
        return attributes.email
    missing: str = attributes.email  # error: is_set() false narrows to Unset
    return missing


def guard(value: str | Unset) -> str:
    if is_set(value):
        return value
    text: str = value  # error: only UNSET is left
    return text
