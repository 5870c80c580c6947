"""What the client needs to know about one generated operation.

The generated resource classes hold one module-level :class:`Operation` per
endpoint and pass it to ``client._call``.  Everything that refers to generated
code is a string, resolved on first use and cached on the (frozen) instance, so
importing a resource module costs no generated imports.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Literal

from ._types import is_unset

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    # What a 2xx answer parses into; a bare ``Operation`` is ``Operation[Any]``.
    ResultT = TypeVar("ResultT", default=Any)
else:
    from typing import TypeVar

    ResultT = TypeVar("ResultT")

__all__ = ["JsonApiBody", "JsonApiChoice", "Operation", "Pagination", "ResultT", "resolve_ref"]


def resolve_ref(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


@dataclass(frozen=True, slots=True)
class JsonApiBody:
    """How to wrap keyword attributes into a JSON:API request body.

    ``body_model`` and ``attributes_model`` are ``"module.path:ClassName"``
    references; ``resource_type`` becomes ``data.type`` (omitted when None) and
    the value of the python parameter ``id_param`` becomes ``data.id``.
    """

    body_model: str
    attributes_model: str
    resource_type: str | None
    id_param: str | None = None
    id_value: str | None = None
    _classes: tuple[Any, Any] | None = field(default=None, init=False, repr=False, compare=False)

    def classes(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", classes)
        return classes

    def envelope(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def build(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc


@dataclass(frozen=True, slots=True)
class JsonApiChoice:
    """A oneOf of JSON:API bodies: the value of the attribute ``key`` (``template``,
    ``trigger_type``) picks the member, each listed with the values it accepts."""

    key: str
    members: tuple[tuple[tuple[str, ...], JsonApiBody], ...]

    def accepted(self) -> list[str]:
        return list(dict.fromkeys(v for values, _ in self.members for v in values))

    def candidates(self, value: Any, operation: str) -> list[JsonApiBody]:
        """The members accepting ``value``; a clear error for a missing or unknown one."""
        choices = ", ".join(map(repr, self.accepted()))
        if value is None or is_unset(value):
            raise TypeError(f"{operation}: {self.key}= is required, one of: {choices}")
        value = getattr(value, "value", value)
        found = [body for values, body in self.members if value in values]
        if not found:
            raise ValueError(f"{operation}: {self.key}={value!r} is not one of: {choices}")
        return found

    def build(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The body model of the first member that takes ``values``."""
        plain = {key: _plain(value) for key, value in values.items()}
        errors = []
        for body in self.candidates(values.get(self.key), operation):
            body_cls, attributes_cls = body.classes()
            try:
                attributes = attributes_cls.from_dict(plain)
                if getattr(attributes, "additional_properties", None):
                    unknown = ", ".join(sorted(attributes.additional_properties))
                    raise TypeError(f"{attributes_cls.__name__} does not take {unknown}")
                return body_cls.from_dict(body.envelope(params, attributes, operation))
            except KeyError as exc:
                errors.append(f"{attributes_cls.__name__} needs the field {exc.args[0]!r}")
            except (TypeError, ValueError, AttributeError) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
        raise TypeError(
            f"{operation}: no body for {self.key}={plain.get(self.key)!r} takes these "
            f"arguments ({'; '.join(errors)})"
        )

    def from_dict(self, data: Mapping[str, Any], operation: str) -> Any:
        """The member model for a body ``dict`` (``{"data": {"attributes": {...}}}``)."""
        attributes = (data.get("data") or {}).get("attributes") or {}
        errors = []
        for body in self.candidates(attributes.get(self.key), operation):
            body_cls, _ = body.classes()
            try:
                return body_cls.from_dict(data)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
        raise TypeError(f"{operation}: the body= dict fits no member ({'; '.join(errors)})")


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages: its offset/limit kwargs and where items and total are.

    ``style`` names the wire form (``offset``/``limit`` or ``page[offset]``/
    ``page[limit]``); both page by offset.  ``offset_param`` and ``limit_param``
    are the generated function's python parameter names.  ``items`` and
    ``total`` are dotted attribute paths on the parsed page model (``total``
    None when the API reports none).
    """

    style: Literal["offset", "page"]
    offset_param: str
    limit_param: str
    items: str = "data"
    total: str | None = "meta.total"
    default_limit: int = 100
    max_limit: int | None = None


@dataclass(frozen=True, slots=True)
class Operation(Generic[ResultT]):
    """One endpoint: its generated module, HTTP shape, success models and extras.

    Generic in what a call returns (``Operation[JsonApiUserObject]``, ``Operation[None]``
    for a bodiless answer), so that ``client._call(op, ...)`` is typed.

    ``success`` lists the names of the classes (attributes of the endpoint
    module, builtins such as ``list``, or ``"None"`` for a bodiless 2xx) a 2xx
    body parses into; empty when no body is expected.  ``read_only`` marks a
    non-GET request that is safe to retry (e.g. a POST that only queries).  ``public``
    marks an operation the spec declares without security (``security: []``, the
    Tracking API): it is sent without a token, and no token is fetched for it.
    ``body_model`` (``"module:Class"``) lets ``body=`` be a plain dict, converted with the
    model's ``from_dict``; with ``body_list`` the body is a list whose items may be dicts.
    """

    name: str
    module: str
    method: str
    path: str
    success: tuple[str, ...] = ()
    read_only: bool = False
    public: bool = False
    jsonapi: JsonApiBody | None = None
    jsonapi_choice: JsonApiChoice | None = None
    pagination: Pagination | None = None
    ndjson: str | None = None
    body_model: str | None = None
    body_list: bool = False
    body_fields: tuple[tuple[str, str], ...] = ()
    _module: ModuleType | None = field(default=None, init=False, repr=False, compare=False)
    _found: dict[str, type] = field(default_factory=dict, init=False, repr=False, compare=False)

    def load(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_module", module)
        return module

    def success_types(self) -> tuple[type, ...]:
        """The classes named by ``success``, each resolved once (see :meth:`accepts`)."""
        return tuple(self._resolved(name) for name in self.success)

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is an instance of a class named by ``success``.

        Resolves only the names of ``value``'s own classes, so a union's other members
        stay unimported.
        """
        if value is None:
            return "None" in self.success
        return any(
            kind.__name__ in self.success and self._resolved(kind.__name__) is kind
            for kind in type(value).__mro__
        )

    def _resolved(self, name: str) -> type:
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        # The endpoint module names its models for type checkers only: they load lazily
        # from the generated ``models`` package.
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if found is None:
            models = f"{self.module.partition('.')[0]}.models"
            with contextlib.suppress(ImportError):
                found = getattr(importlib.import_module(models), name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def parse_lines(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is not None
        model = resolve_ref(self.ndjson)
        return [model.from_dict(json.loads(line)) for line in content.splitlines() if line.strip()]

    def with_attributes(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` with its ``body`` made a model: from keyword ``attributes`` (UNSET ones
        dropped), or from a plain ``dict`` passed as ``body``.

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            if self.body_list and isinstance(body, Mapping):
                raise TypeError(f"{self.name}: body= takes a list (of models or dicts), not a dict")
            if isinstance(body, Mapping):
                return {**params, "body": self.body_from_dict(body)}
            if self.body_list and isinstance(body, list):
                items = [self.body_from_dict(i) if isinstance(i, Mapping) else i for i in body]
                return {**params, "body": items}
            return params
        if self.jsonapi is not None:
            return {**params, "body": self.jsonapi.build(params, values, self.name)}
        if self.jsonapi_choice is not None:
            return {**params, "body": self.jsonapi_choice.build(params, values, self.name)}
        if self.body_fields:
            if not values and self._body_is_optional():
                return params  # no body at all, as the generated function allows
            wire = dict(self.body_fields)
            plain = {wire[key]: _plain(value) for key, value in values.items()}
            return {**params, "body": self.body_from_dict(plain, keywords=True)}
        if values:
            raise TypeError(f"{self.name} does not take keyword body fields")
        return params

    def _body_is_optional(self) -> bool:
        import inspect

        body = inspect.signature(self.load()._get_kwargs).parameters.get("body")
        return body is not None and body.default is not inspect.Parameter.empty

    def body_from_dict(self, data: Mapping[str, Any], *, keywords: bool = False) -> Any:
        """The generated body model for ``data`` (its JSON form), with a clear error."""
        if self.jsonapi_choice is not None and not keywords:
            return self.jsonapi_choice.from_dict(data, self.name)
        if self.body_model is None:
            raise TypeError(f"{self.name}: body= takes the generated model here, not a dict")
        model = resolve_ref(self.body_model)
        what, does, has = (
            ("the keyword arguments", "do", "have")
            if keywords
            else ("the body= dict", "does", "has")
        )
        try:
            built = model.from_dict(data)
        except KeyError as exc:
            raise TypeError(
                f"{self.name}: {model.__name__} needs the field {exc.args[0]!r}, "
                f"missing from {what}"
            ) from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise TypeError(f"{self.name}: {what} {does} not fit {model.__name__}: {exc}") from exc
        unknown = sorted(getattr(built, "additional_properties", {}))
        import attrs  # the generated models' library: loaded by then

        known = [f.name for f in attrs.fields(model) if f.name != "additional_properties"]
        if unknown and known:
            raise TypeError(
                f"{self.name}: {what} {has} fields {model.__name__} does not know: "
                f"{', '.join(unknown)} (it takes {', '.join(known)})"
            )
        return built


def _plain(value: Any) -> Any:
    """``value`` in its JSON form: models, enums, dates and UUIDs as ``to_dict`` writes them."""
    import datetime
    import enum
    from uuid import UUID

    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
