"""Misuse of UNSET that mypy --strict and basedpyright strict both reject, on marked lines only.

The unmarked lines are the correct forms: each narrowing the checkers must accept.
"""

from __future__ import annotations

from uuid import UUID

from piwik_pro import UNSET, PiwikPro, Unset, is_set
from piwik_pro_api.models import JsonApiUser


def ids(client: PiwikPro) -> list[UUID]:
    invited = client.users.invite(email="new-user@example.com")
    maybe = invited.data.id
    unchecked: UUID = maybe  # error: the id may be UNSET
    client.users.get(maybe)  # error: an UNSET path id
    if maybe is not UNSET:
        client.users.get(maybe)
    if maybe is UNSET:
        return [unchecked]
    return [maybe]


def attributes(client: PiwikPro, user_id: str) -> str:
    user = client.users.get(user_id)
    user.data = UNSET  # error: data is always sent, never UNSET
    data: JsonApiUser = user.data
    email: str = data.attributes.email  # error: attributes may be UNSET
    attrs = data.attributes
    if isinstance(attrs, Unset):
        return email
    if is_set(attrs.email):
        return attrs.email
    missing: str = attrs.email  # error: is_set() false narrows to Unset
    return missing


def guard(value: str | Unset) -> str:
    if is_set(value):
        return value
    text: str = value  # error: only UNSET is left
    return text
