"""What the resource writer knows about one facade method: typed, shared by
``resources`` (which reads the spec and the generated code) and ``render`` (which
writes the source text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass
class Param:
    """A facade parameter and the generated parameter (or body field) it feeds."""

    name: str
    target: str
    annotation: str
    default: str | None
    positional: bool
    description: str = ""


@dataclass(frozen=True)
class JsonApiSpec:
    """How keyword attributes wrap into ``{"data": {type, id?, attributes}}``: the
    generator's copy of the runtime :class:`piwik_pro._operation.JsonApiBody`."""

    body_model: str
    attributes_model: str
    resource_type: str | None
    id_param: str | None = None
    id_value: str | None = None


@dataclass(frozen=True)
class JsonApiChoiceSpec:
    """A oneOf of JSON:API bodies: the attribute ``key`` whose value picks the member
    (each member with the values it accepts)."""

    key: str
    members: tuple[tuple[tuple[str, ...], JsonApiSpec], ...]


@dataclass(frozen=True)
class PagingSpec:
    """How a list operation pages: the runtime :class:`piwik_pro._operation.Pagination`
    plus the item class the iterators yield."""

    style: Literal["offset", "page"]
    offset_param: str
    limit_param: str
    total: str | None
    item: str
    default_limit: int | None = None
    max_limit: int | None = None


@dataclass
class Method:
    """Everything needed to write one facade method (and its iterators)."""

    area: str
    group: str | None
    name: str
    dotted: str
    const: str
    summary: str
    http: str
    path: str
    module: str
    params: list[Param]
    returns: str  # "None" when no body
    success: tuple[str, ...]
    read_only: bool
    public: bool = False
    description: str = ""
    imports: dict[str, str] = field(default_factory=dict)
    jsonapi: JsonApiSpec | None = None
    jsonapi_choice: JsonApiChoiceSpec | None = None
    attributes: list[Param] = field(default_factory=list)  # keyword body fields
    body_model: str | None = None  # "module:Class" of a single-model request body
    body_list: bool = False  # the body is a list of ``body_model`` items
    body_fields: dict[str, str] = field(default_factory=dict)  # keyword -> JSON name
    pagination: PagingSpec | None = None
    ndjson: str | None = None
