"""The facade call for every operation of the repaired spec, built deterministically.

``scripts/record.py`` records one cassette per call and the replay tests make the same
calls again, so nothing here depends on a server: a call is derived only from the spec
(``src/piwik_pro/openapi.json``, or the file named by ``$PIWIK_PRO_CASSETTE_SPEC``) and the
generated endpoint modules.

For each operation (``x-piwik-name``, e.g. ``users.get`` → ``client.users.get``):

* path ids are positional, converted to the generated annotation (``UUID``, ``str``...);
* required query/header parameters are keyword arguments (optional ones are left to the
  service's defaults);
* a request body, required or not, is the generated body model built with
  ``.from_dict()`` from the documented example (media ``example``/``examples``, schema
  ``example``), else from a value built from the schema. When openapi-core (the
  sandbox's request validator) rejects members of the documented value, they are left
  out; when that is not enough, the rejected parts are rebuilt from the schema.
  JSON:API bodies of item operations carry the path's id as ``data.id``.

Values come, in order, from the parameter's ``example``/``examples``, the schema's
``example``, ``enum``, ``default``, else a value built from the schema
(``piwik_pro.testing``'s deterministic sample generator), and are converted to the
generated annotation: ``UUID``, ``datetime``/``date`` (via ``dateutil.isoparse``),
``Literal`` values, lists, models (``from_dict``) and ``File`` for uploads.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import inspect
import io
import json
import os
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from uuid import UUID

from dateutil.parser import isoparse

from piwik_pro._openapi import spec_resource
from piwik_pro.testing._refs import resolve
from piwik_pro.testing._samples import SampleGenerator
from piwik_pro_api import models

__all__ = [
    "CASSETTES",
    "PLACEHOLDER",
    "REPLAY_HOST",
    "SPEC_ENV",
    "Call",
    "build_call",
    "build_calls",
    "cassette_path",
    "load_spec",
    "operations",
    "spec_path",
]

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "tests" / "cassettes"
SPEC_ENV = "PIWIK_PRO_CASSETTE_SPEC"
REPLAY_HOST = "https://example.piwik.pro"
PLACEHOLDER = "<redacted>"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_REPAIRS = 12


def spec_path() -> Path:
    """The spec the calls are built from: ``$PIWIK_PRO_CASSETTE_SPEC`` or the package's."""
    return Path(os.environ.get(SPEC_ENV) or str(spec_resource()))


@lru_cache(maxsize=2)
def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The parsed spec (cached; treat it as read-only)."""
    document: dict[str, Any] = json.loads((path or spec_path()).read_text())
    return document


def cassette_path(name: str, root: Path = CASSETTES) -> Path:
    """Where the cassette of operation ``name`` lives: ``<root>/<area>/<name>.yaml``."""
    return root / name.split(".")[0] / f"{name}.yaml"


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: friendly name, HTTP method, path template and object."""

    name: str
    method: str
    template: str
    raw: dict[str, Any] = field(repr=False, compare=False)


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of ``spec``, sorted by friendly name."""
    found = [
        Operation(op["x-piwik-name"], method.upper(), template, op)
        for template, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]
    return sorted(found, key=lambda o: o.name)


@dataclass(frozen=True)
class Call:
    """One facade call: ``client.<name>(*args, **kwargs)``."""

    name: str
    method: str
    template: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def target(self, client: Any) -> Callable[..., Any]:
        """The bound resource method, e.g. ``client.tag_manager.tags.list``."""
        found: Any = client
        for part in self.name.split("."):
            found = getattr(found, part)
        return typing.cast("Callable[..., Any]", found)

    def invoke(self, client: Any) -> Any:
        """Make the call on ``client`` and return what the facade returns."""
        return self.target(client)(*self.args, **self.kwargs)

    @property
    def cassette(self) -> Path:
        return cassette_path(self.name)


def build_calls(spec: dict[str, Any] | None = None) -> list[Call]:
    """The call for every operation of ``spec`` (default: :func:`load_spec`), by name."""
    spec = spec if spec is not None else load_spec()
    return [build_call(spec, op) for op in operations(spec)]


def build_call(spec: dict[str, Any], op: Operation) -> Call:
    """The call for one operation (raises ``LookupError`` naming it when none can be built)."""
    return _Builder(spec, op, _signature_client()).call()


@lru_cache(maxsize=1)
def _signature_client() -> Any:
    """A facade client whose methods' signatures are read; it never sends a request."""
    from piwik_pro import PiwikPro

    return PiwikPro(REPLAY_HOST, PLACEHOLDER, PLACEHOLDER)


class _Builder:
    """Builds the call of one operation."""

    def __init__(self, spec: dict[str, Any], op: Operation, client: Any) -> None:
        self.spec = spec
        self.op = op
        raw = op.raw
        module = importlib.import_module(f"piwik_pro_api.api.{raw['tags'][0]}.{raw['operationId']}")
        self.generated = inspect.signature(module._get_kwargs).parameters
        self.hints = typing.get_type_hints(module._get_kwargs, localns=models.NAMES)
        self.facade = inspect.signature(Call(op.name, "", "", (), {}).target(client)).parameters
        params = [resolve(spec, p) for p in raw.get("parameters", [])]
        # the generator's python names; it adds the location when two names collide
        self.params = {f"{_python_name(p['name'])}_{p['in']}": p for p in params}
        self.params.update({_python_name(p["name"]): p for p in params})

    def call(self) -> Call:
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for name, param in self.generated.items():
            hint = self.hints[name]
            if name == "body":
                kwargs["body"] = self._body(hint, args)
            elif param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                args.append(self._parameter(name, hint))
            elif self._spec_param(name).get("required"):
                kwargs[self._facade_name(name)] = self._parameter(name, hint)
        return Call(self.op.name, self.op.method, self.op.template, tuple(args), kwargs)

    def _fail(self, why: str) -> Exception:
        return LookupError(f"{self.op.name}: {why}")

    def _spec_param(self, name: str) -> dict[str, Any]:
        found = self.params.get(name)
        if found is None:
            raise self._fail(f"no spec parameter for the generated argument {name!r}")
        return found

    def _facade_name(self, name: str) -> str:
        if name in self.facade:
            return name
        matches = [f for f in self.facade if _squash(f) == _squash(name)]
        if len(matches) != 1:
            raise self._fail(f"no facade argument for the generated argument {name!r}")
        return matches[0]

    def _parameter(self, name: str, hint: Any) -> Any:
        """A documented value that fits the annotation, else one built from the schema."""
        param = self._spec_param(name)
        schema = resolve(self.spec, param.get("schema")) or {}
        for value in _documented(param, schema):
            try:
                return convert(hint, value)
            except (TypeError, ValueError, KeyError):
                continue
        generated = _generated_parameter(self.spec, param["name"], schema)
        try:
            return convert(hint, generated)
        except (TypeError, ValueError, KeyError) as exc:
            raise self._fail(f"no value of {hint} for parameter {name!r}") from exc

    def _body(self, hint: Any, args: list[Any]) -> Any:
        media_type, media = next(iter(self._request_body()["content"].items()))
        media = resolve(self.spec, media) or {}
        schema = media.get("schema", {})
        value = _body_value(self.spec, media, schema, self._body_problems(media_type))
        props = (resolve(self.spec, schema) or {}).get("properties", {})
        data = value.get("data") if isinstance(value, dict) else None
        if isinstance(data, dict) and args and self.op.template.rstrip("/").endswith("}"):
            data["id"] = str(args[-1])  # a JSON:API body names the resource of the URL
        if media_type.startswith("multipart/"):  # form fields are text; file parts bytes
            value = {k: _form_value(v, props.get(k, {})) for k, v in value.items()}
        try:
            return convert(hint, value)
        except (TypeError, ValueError, KeyError) as exc:
            raise self._fail(f"the body does not build {hint}: {exc}") from exc

    def _request_body(self) -> dict[str, Any]:
        return typing.cast("dict[str, Any]", resolve(self.spec, self.op.raw["requestBody"]))

    def _body_problems(self, media_type: str) -> Callable[[Any], list[str]]:
        """Pointers into a body value that openapi-core rejects for this operation."""
        validator = _validator(self.spec)
        op = self.op

        def problems(value: Any) -> list[str]:
            if media_type.startswith("multipart/"):
                return []
            data = json.dumps(value).encode()
            found = validator.request_problems(
                op.method, op.template, path_params={}, query=[], headers=[], body=data,
                content_type=media_type,
            )  # fmt: skip
            return [p.pointer for p in found if p.kind == "body" and p.pointer is not None]

        return problems


_VALIDATORS: dict[int, tuple[dict[str, Any], Any]] = {}


def _validator(spec: dict[str, Any]) -> Any:
    """The sandbox's request validator for ``spec`` (built once per spec)."""
    cached = _VALIDATORS.get(id(spec))
    if cached is None or cached[0] is not spec:
        from piwik_pro.testing._openapi import SpecValidator

        cached = _VALIDATORS[id(spec)] = (spec, SpecValidator(spec))
    return cached[1]


def _body_value(
    spec: dict[str, Any], media: dict[str, Any], schema: Any, problems: Callable[[Any], list[str]]
) -> Any:
    """The documented body, without the members the schema rejects; else a built one."""
    examples = [v["value"] for v in (media.get("examples") or {}).values() if "value" in v]
    documented = [media["example"]] if "example" in media else examples[:1]
    value = copy.deepcopy(documented[0]) if documented else SampleGenerator(spec).generate(schema)
    for _ in range(_REPAIRS):
        pointers = problems(value)
        if not pointers:
            return value
        if not _drop(value, [_path(p) for p in pointers]):
            break
    banned: set[tuple[str | int, ...]] = {()}
    for _ in range(_REPAIRS):
        value = SampleGenerator(spec, banned=frozenset(banned)).generate(schema)
        paths = {_path(p) for p in problems(value)}
        fresh = paths - banned or {q[:i] for q in paths for i in range(len(q))} - banned
        if not fresh:
            break
        banned |= fresh
    return value


def _drop(value: Any, paths: list[tuple[str | int, ...]]) -> bool:
    """Remove the object members at ``paths``; False when one cannot be removed."""
    for path in paths:
        parent = value
        for step in path[:-1]:
            try:
                parent = parent[step]
            except (KeyError, IndexError, TypeError):
                return False
        if not path or not isinstance(parent, dict) or path[-1] not in parent:
            return False
        del parent[path[-1]]
    return True


def _generated_parameter(spec: dict[str, Any], name: str, schema: dict[str, Any]) -> Any:
    """A value built from the schema, seeded by the parameter's name; ids are uuids."""
    plain = not any(k in schema for k in ("format", "pattern", "enum"))
    if plain and schema.get("type", "string") == "string" and name.lower().endswith("id"):
        schema = {**schema, "format": "uuid"}  # undocumented ids: the service's are uuids
    holder = {"type": "object", "properties": {name: schema}}
    return SampleGenerator(spec, banned=frozenset({(name,)})).generate(holder)[name]


def _path(pointer: str) -> tuple[str | int, ...]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    return tuple(int(p) if p.isdigit() else p for p in parts)


def _documented(param: dict[str, Any], schema: dict[str, Any]) -> Iterator[Any]:
    if "example" in param:
        yield param["example"]
    for example in (param.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            yield example["value"]
    if "example" in schema:
        yield schema["example"]
    yield from schema.get("enum") or ()
    if "default" in schema:
        yield schema["default"]


def _python_name(name: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, "field_"))


def _squash(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def convert(hint: Any, value: Any) -> Any:
    """``value`` (JSON-like) as an instance of the generated annotation ``hint``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _union(typing.get_args(hint), value)
    if origin is typing.Literal:
        return _literal(typing.get_args(hint), value)
    if origin is list:
        (item,) = typing.get_args(hint)
        items = value if isinstance(value, list) else str(value).split(",")
        return [convert(item, v) for v in items]
    if hint is Any:
        return value
    if isinstance(hint, type):
        return _scalar(hint, value)
    raise TypeError(f"cannot build {hint}")


def _union(options: tuple[Any, ...], value: Any) -> Any:
    usable = [o for o in options if o is not type(None) and getattr(o, "__name__", "") != "Unset"]
    built: list[Any] = []
    for option in usable:
        try:
            candidate = convert(option, value)
        except (TypeError, ValueError, KeyError, AttributeError):
            continue
        if not hasattr(candidate, "to_dict") or candidate.to_dict() == value:
            return candidate  # a model that round-trips the value is the intended branch
        built.append(candidate)
    if built:
        return built[0]
    raise ValueError(f"{value!r} fits none of {usable}")


def _literal(allowed: tuple[Any, ...], value: Any) -> Any:
    for option in allowed:
        if option == value or str(option) == str(value):
            return option
    raise ValueError(f"{value!r} is not one of {allowed}")


def _scalar(hint: type, value: Any) -> Any:
    if hint is UUID:
        return value if isinstance(value, UUID) else UUID(str(value))
    if hint is dt.datetime:
        return isoparse(str(value))
    if hint is dt.date:
        return isoparse(str(value)).date()
    if hint is bool:
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("true", "false"):
            return str(value).lower() == "true"
        raise ValueError(f"{value!r} is not a boolean")
    if hint in (int, float):
        if isinstance(value, bool):
            raise ValueError(f"{value!r} is not a number")
        return hint(value)
    if hint is str:
        if isinstance(value, dict | list):
            raise ValueError(f"{value!r} is not a string")
        return str(value)
    if hint.__name__ == "File":
        return hint(payload=io.BytesIO(str(value).encode()), file_name="upload.json")
    if hasattr(hint, "from_dict"):
        if not isinstance(value, dict):
            raise ValueError(f"{value!r} is not an object for {hint.__name__}")
        return hint.from_dict(value)
    if isinstance(value, hint):
        return value
    raise TypeError(f"cannot build {hint.__name__} from {value!r}")


def _form_value(value: Any, schema: dict[str, Any]) -> Any:
    """A multipart field: bytes for a binary (file) part, text otherwise."""
    text = value if isinstance(value, str) else json.dumps(value)
    return text.encode() if schema.get("format") == "binary" else text
