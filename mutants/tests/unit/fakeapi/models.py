"""Tiny attrs models shaped like the generated ones (to_dict / from_dict)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from piwik_pro_api.types import UNSET, Unset


@define
class Thing:
    """A resource as returned by the fake API."""

    id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Thing:
        return cls(id=src["id"], name=src["name"])


@define
class ThingAttributes:
    """The JSON:API attributes of a thing: ``name`` required, ``color`` optional."""

    name: str
    color: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if not isinstance(self.color, Unset):
            out["color"] = self.color
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ThingAttributes:
        return cls(name=src["name"], color=src.get("color", UNSET))


@define
class ThingBodyData:
    """``data`` of the request envelope."""

    attributes: ThingAttributes
    type: str | Unset = UNSET
    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if not isinstance(self.type, Unset):
            out["type"] = self.type
        if not isinstance(self.id, Unset):
            out["id"] = self.id
        out["attributes"] = self.attributes.to_dict()
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ThingBodyData:
        attributes = ThingAttributes.from_dict(src["attributes"])
        return cls(attributes=attributes, type=src.get("type", UNSET), id=src.get("id", UNSET))


@define
class ThingBody:
    """The JSON:API request envelope."""

    data: ThingBodyData

    def to_dict(self) -> dict[str, Any]:
        return {"data": self.data.to_dict()}

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ThingBody:
        return cls(data=ThingBodyData.from_dict(src["data"]))


@define
class Meta:
    """Page metadata; ``total`` may be absent."""

    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Meta:
        rest = dict(src)
        meta = cls(total=rest.pop("total", UNSET))
        meta.additional_properties = rest
        return meta


@define
class ThingPage:
    """One page of things."""

    data: list[Thing]
    meta: Meta | Unset = UNSET

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ThingPage:
        meta = Meta.from_dict(src["meta"]) if "meta" in src else UNSET
        return cls(data=[Thing.from_dict(item) for item in src["data"]], meta=meta)


@define
class ErrorObject:
    """An error body (what documented 4xx responses parse into)."""

    errors: list[Any]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ErrorObject:
        return cls(errors=list(src.get("errors", [])))
