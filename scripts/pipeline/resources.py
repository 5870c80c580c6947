"""Stage 6: the facade's typed resource classes, written from the names table.

For every area, ``src/piwik_pro/_resources/<area>.py`` holds a sync and an async class
per group, whose methods carry the generated signatures (path ids positional, the rest
keyword-only), return the operation's success model and hand the call to the client.
JSON:API operations also take the resource attributes as keyword arguments; list
operations get ``iter_<name>`` (every item) and ``iter_<name>_pages`` (page by page).
"""

from __future__ import annotations

import keyword
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from openapi_python_client.strings import ClassName, PythonIdentifier

from .config import PACKAGE, SPECS, operation_key
from .endpoint_ast import Arg, module_path_of, names_in, read_endpoint, read_model_fields
from .methods import JsonApiChoiceSpec, JsonApiSpec, Method, PagingSpec, Param
from .render import render_area, render_areas_init
from .vocab import (
    JSON,
    JSON_MEDIA_TYPES,
    JSONAPI,
    NDJSON,
    X_FRIENDLY_NAME,
    X_LINE_SCHEMA,
    Doc,
    operations,
)

PREFIX = "field_"
UUID_IDS = frozenset({"website_id", "app_id"})  # UUIDs wherever they appear, `format` or not


def write_resources(doc: Doc, generated_root: Path, out_dir: Path) -> None:
    """Write ``src/piwik_pro/_resources`` for ``doc`` into ``out_dir``."""
    facade = tomllib.loads((SPECS / "facade.toml").read_text())
    extras = Extras(frozenset(facade["read_only"]), frozenset(facade.get("wire_names", ())))
    methods = [_method(doc, generated_root, p, m, op, extras) for p, m, op, _ in operations(doc)]
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.py"):
        old.unlink()
    areas: dict[str, list[Method]] = {}
    for method in methods:
        areas.setdefault(method.area, []).append(method)
    for area, items in areas.items():
        (out_dir / f"{area}.py").write_text(render_area(area, items))
    (out_dir / "__init__.py").write_text(render_areas_init(list(areas)))
    format_python(out_dir)


def format_python(directory: Path) -> None:
    """Sort imports, drop unused ones and format, the same way wherever ``directory`` is."""
    ruff = str(Path(sys.executable).parent / "ruff")
    common = ["--isolated", "--quiet", "--target-version", "py311", "--line-length", "100"]
    common.append("--no-cache")
    subprocess.run(
        [ruff, "check", *common, "--fix-only", "--select", "F401,I", str(directory)], check=True
    )
    subprocess.run([ruff, "format", *common, str(directory)], check=True)


@dataclass(frozen=True)
class Extras:
    """What ``specs/facade.toml`` says: read-only POSTs, operations keeping wire names."""

    read_only: frozenset[str]
    wire_names: frozenset[str]


def _method(doc: Doc, root: Path, path: str, http: str, op: Doc, extras: Extras) -> Method:
    dotted = op[X_FRIENDLY_NAME]
    parts = dotted.split(".")
    file = root / PACKAGE / "api" / op["tags"][0] / f"{op['operationId']}.py"
    module_path = module_path_of(root, file)
    endpoint = read_endpoint(file, module_path)
    key = operation_key(http, path)
    renames = _friendly_params(op) | (
        _wire_names(op, endpoint.args) if key in extras.wire_names else {}
    )
    described = _param_descriptions(op, endpoint.args)
    params = [_param(a, renames, described.get(a.name, "")) for a in endpoint.args]
    method = Method(
        area=parts[0], group=parts[1] if len(parts) == 3 else None, name=parts[-1], dotted=dotted,
        const="_" + op["operationId"].upper(), summary=_summary(op), http=http.upper(), path=path,
        module=module_path, params=params, returns=builtin_list(endpoint.success or "None"),
        success=_success_names(endpoint.success), read_only=key in extras.read_only,
        public=op.get("security") == [], description=(op.get("description") or "").strip(),
    )  # fmt: skip
    method.imports = {
        n: endpoint.imports[n]
        for p in params
        for n in names_in(p.annotation)
        if n in endpoint.imports
    }
    method.imports.update(
        {n: endpoint.imports[n] for n in _names(method.returns) if n in endpoint.imports}
    )
    _ndjson(doc, op, method)
    _body_model(root, method)
    _jsonapi(doc, root, op, method)
    if not method.attributes:
        _plain_body(doc, root, op, method)
    _pagination(doc, op, method)
    return method


def _param_descriptions(op: Doc, args: list[Arg]) -> dict[str, str]:
    """Generated parameter name -> its description in the spec (the body's included)."""
    found = {}
    for param in op.get("parameters", []):
        generated = _generated_name(param, args)
        if generated is not None:
            found[generated] = param.get("description") or param.get("schema", {}).get(
                "description", ""
            )
    body = op.get("requestBody", {})
    listed = any(
        m.get("schema", {}).get("type") == "array" for m in body.get("content", {}).values()
    )
    found["body"] = body.get("description") or (
        "The request body: a list of the generated models, or of plain ``dict`` items in their "
        "JSON form."
        if listed
        else "The request body: the generated model, or a plain ``dict`` in its JSON form."
    )
    return found


def _body_model(root: Path, method: Method) -> None:
    """``module:Class`` of a ``body`` that is one generated attrs model, or a list of them."""
    body = next((p for p in method.params if p.target == "body"), None)
    if body is None:
        return
    names = _names(body.annotation) - {"Unset", "builtins", "list"}
    if len(names) != 1:
        return
    (name,) = names
    if not _is_model(root, name, method.imports):
        return
    bare = body.annotation.replace(" | Unset", "")
    if bare in (name, f"builtins.list[{name}]", f"list[{name}]"):
        method.body_model = f"{method.imports[name]}:{name}"
        method.body_list = bare != name


def _is_model(root: Path, name: str, imports: dict[str, str]) -> bool:
    """Whether ``name`` is a generated attrs model class (not an enum, not a builtin)."""
    module = imports.get(name, "")
    if not module.startswith(f"{PACKAGE}.models."):
        return False
    text = (root / Path(*module.split("."))).with_suffix(".py").read_text()
    return f"@_attrs_define\nclass {name}:" in text


def _plain_body(doc: Doc, root: Path, op: Doc, method: Method) -> None:
    """Keyword fields for a plain JSON object body (``analytics.query``): each field of
    the body model, nested models also as plain dicts."""
    media = op.get("requestBody", {}).get("content", {}).get(JSON)
    if method.body_model is None or method.body_list or not media:
        return
    props, _ = _effective(doc, media["schema"])
    module, cls = method.body_model.split(":")
    model = read_model_fields((root / Path(*module.split("."))).with_suffix(".py"), cls, module)
    wire = {str(PythonIdentifier(name, PREFIX)): name for name in props}
    taken = {p.name for p in method.params} | {"request_options"}
    if not model.args or any(a.name in taken or a.name not in wire for a in model.args):
        return
    described = {
        str(PythonIdentifier(k, PREFIX)): (v.get("description") or "")
        for k, v in props.items()
        if isinstance(v, dict)
    }
    method.attributes = [
        Param(
            a.name, a.name, _accept_dicts(root, _plain_ids(a.name, a.annotation), model.imports),
            a.default, False, described.get(a.name, ""),
        )
        for a in model.args
    ]  # fmt: skip
    method.body_fields = {a.name: wire[a.name] for a in model.args}
    method.imports.update(
        {
            n: model.imports[n]
            for a in method.attributes
            for n in names_in(a.annotation)
            if n in model.imports
        }
    )


def _plain_ids(name: str, annotation: str) -> str:
    """A plain body field's annotation: ids also as UUIDs (``_plain`` sends them as text)."""
    annotation = _widen_ids(builtin_list(annotation))
    return _uuid_too(annotation) if name in UUID_IDS else annotation


def _accept_dicts(root: Path, annotation: str, imports: dict[str, str]) -> str:
    """``X`` -> ``X | dict[str, Any]`` for every generated model class in ``annotation``."""
    for name in sorted(names_in(annotation)):
        if _is_model(root, name, imports):
            annotation = re.sub(
                rf"(?<![\w.]){name}(?![\w])", f"{name} | dict[str, Any]", annotation
            )
    return annotation


def _uuid_too(annotation: str) -> str:
    """``str`` -> ``str | UUID`` (a value sent as text either way)."""
    parts = annotation.split(" | ")
    if "str" in parts and "UUID" not in parts:
        parts.insert(parts.index("str") + 1, "UUID")
    return " | ".join(parts)


def _widen_ids(annotation: str) -> str:
    """``UUID`` -> ``str | UUID`` among an annotation's top-level union members."""
    parts = annotation.split(" | ")
    if "UUID" in parts and "str" not in parts:
        parts.insert(parts.index("UUID"), "str")
    return " | ".join(parts)


def _names(annotation: str) -> set[str]:
    return names_in(annotation) if annotation != "None" else set()


def _summary(op: Doc) -> str:
    text = (op.get("summary") or op.get("description") or "").strip().splitlines()
    line = re.sub(r"<[^>]+>", "", text[0] if text else "").replace('"""', "'''").replace("\\", "/")
    return line.rstrip(".") + "." if line else ""


def _friendly_params(op: Doc) -> dict[str, str]:
    """Generated parameter name -> facade name (``pagelimit`` -> ``page_limit``).

    Only bracketed names (``page[limit]``, ``filter[name]``) are renamed, and only when
    the friendly name is free.
    """
    generated = {
        str(PythonIdentifier(p["name"], PREFIX)): p["name"] for p in op.get("parameters", [])
    }
    renames = {}
    for name, original in generated.items():
        friendly = str(PythonIdentifier(re.sub(r"[\[\]]+", "_", original).strip("_"), PREFIX))
        if "[" in original and friendly not in generated:
            renames[name] = friendly
    return renames


_WIRE_NAME = re.compile(r"_?[a-z][a-z0-9_]*")


def _wire_names(op: Doc, args: list[Arg]) -> dict[str, str]:
    """Generated parameter name -> the documented wire name (``url_query`` -> ``url``,
    ``field_id`` -> ``_id``, ``dir_`` -> ``dir``), where the wire name is a lower-case
    identifier that no other parameter takes."""
    taken = {a.name for a in args} | {"self", "request_options"}
    renames = {}
    for param in op.get("parameters", []):
        wire, generated = param["name"], _generated_name(param, args)
        if generated is None or generated == wire or wire in taken:
            continue
        if _WIRE_NAME.fullmatch(wire) and not keyword.iskeyword(wire):
            renames[generated] = wire
            taken.add(wire)
    return renames


def _generated_name(param: Doc, args: list[Arg]) -> str | None:
    """The generated function's name for ``param`` (the generator may add ``_<location>``)."""
    base = str(PythonIdentifier(param["name"], PREFIX))
    names = {a.name for a in args}
    for candidate in (base, f"{base}_{param.get('in', '')}"):
        if candidate in names:
            return candidate
    return None


def builtin_list(annotation: str) -> str:
    """``list[X]`` as ``builtins.list[X]``: resource classes have methods named ``list``."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def _param(arg: Arg, renames: dict[str, str], description: str = "") -> Param:
    annotation = _widen_ids(arg.annotation)
    path_id = arg.positional and re.fullmatch(r"(\w+_)?id", arg.name)
    if path_id or arg.name in UUID_IDS:
        # a path id is formatted with str(), a query value with httpx's str()
        annotation = _uuid_too(annotation)
    annotation = builtin_list(annotation)
    default = arg.default
    if default not in (None, "UNSET") and "Unset" in annotation:
        default = "UNSET"  # send only what the caller passes: the service applies its defaults
    name = renames.get(arg.name, arg.name)
    return Param(name, arg.name, annotation, default, arg.positional, description)


def _success_names(success: str | None) -> tuple[str, ...]:
    if success is None:
        return ()
    names = []
    for part in success.split(" | "):
        base = part.split("[", 1)[0].strip()
        names.append({"Any": "object"}.get(base, base))
    return tuple(names)


def _ref_name(schema: Doc | None) -> str | None:
    ref = (schema or {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref else None


def _component(doc: Doc, schema: Doc | None) -> Doc:
    name = _ref_name(schema)
    return doc["components"]["schemas"][name] if name else (schema or {})


def _effective(doc: Doc, schema: Doc | None) -> tuple[dict[str, Doc], set[str]]:
    """Properties and required names of a schema, following `$ref` and `allOf`."""
    node = _component(doc, schema)
    props, required = dict(node.get("properties", {})), set(node.get("required", []))
    for part in node.get("allOf", []):
        more, req = _effective(doc, part)
        props.update(more)
        required |= req
    return props, required


def _model_ref(name: str) -> tuple[str, str]:
    cls = ClassName(name, PREFIX)
    return f"{PACKAGE}.models.{PythonIdentifier(cls, PREFIX)}", str(cls)


def _ndjson(doc: Doc, op: Doc, method: Method) -> None:
    for code, resp in op.get("responses", {}).items():
        media = resp.get("content", {}).get(NDJSON)
        if str(code).startswith("2") and media and _ref_name(media.get(X_LINE_SCHEMA)):
            module, cls = _model_ref(_ref_name(media[X_LINE_SCHEMA]) or "")
            method.ndjson = f"{module}:{cls}"
            method.returns, method.success = f"builtins.list[{cls}]", ("list",)
            method.imports[cls] = module


def _jsonapi(doc: Doc, root: Path, op: Doc, method: Method) -> None:
    """Attribute keyword arguments for a JSON:API body ``{"data": {type, id?, attributes}}``
    (or a oneOf of such bodies, told apart by one attribute: see ``_jsonapi_choice``)."""
    media = op.get("requestBody", {}).get("content", {}).get(JSONAPI)
    body_name = _ref_name((media or {}).get("schema"))
    if not body_name:
        return
    if "oneOf" in _component(doc, media["schema"]):
        _jsonapi_choice(doc, root, method, _component(doc, media["schema"])["oneOf"])
        return
    member = _jsonapi_member(doc, root, method, media["schema"])
    if member is None:
        return
    method.jsonapi, method.attributes, imports = member
    method.imports.update(imports)


def _jsonapi_member(
    doc: Doc, root: Path, method: Method, schema: Doc
) -> tuple[JsonApiSpec, list[Param], dict[str, str]] | None:
    """The envelope of one JSON:API body schema, its attributes and their imports."""
    body_name = _ref_name(schema)
    props, _ = _effective(doc, schema)
    data_props, data_required = _effective(doc, props.get("data"))
    attrs_name = _ref_name(data_props.get("attributes"))
    if not body_name or not attrs_name or data_required - {"type", "id", "attributes"}:
        return None
    resource_type = _single_value(doc, data_props.get("type"))
    module, cls = _model_ref(attrs_name)
    model = read_model_fields((root / Path(*module.split("."))).with_suffix(".py"), cls, module)
    taken = {p.name for p in method.params} | {"request_options"}
    attrs_props, _ = _effective(doc, data_props.get("attributes"))
    described = {
        str(PythonIdentifier(k, PREFIX)): (v.get("description") or "")
        for k, v in attrs_props.items()
        if isinstance(v, dict)
    }
    attributes = [
        Param(
            a.name, a.name, _widen_ids(builtin_list(a.annotation)), a.default, False,
            described.get(a.name, ""),
        )
        for a in model.args
    ]  # fmt: skip
    if any(a.name in taken for a in attributes):
        return None
    path_ids = [p.target for p in method.params if p.positional]
    id_schema = _component(doc, data_props.get("id"))
    id_value = _single_value(doc, data_props["id"]) if "enum" in id_schema else None
    writes = "id" in data_props and method.http in ("PATCH", "PUT") and path_ids and not id_value
    id_param = path_ids[-1] if writes else None
    body_module, body_cls = _model_ref(body_name)
    spec = JsonApiSpec(
        body_model=f"{body_module}:{body_cls}", attributes_model=f"{module}:{cls}",
        resource_type=resource_type, id_param=id_param, id_value=id_value,
    )  # fmt: skip
    imports = {
        n: model.imports[n]
        for a in attributes
        for n in names_in(a.annotation)
        if n in model.imports
    }
    return spec, attributes, imports


def _jsonapi_choice(doc: Doc, root: Path, method: Method, members: list[Doc]) -> None:
    """A oneOf of JSON:API bodies (``tag_manager.tags.create``): the keyword arguments are
    every member's attributes, and one attribute every member declares as a string enum
    (``template``, ``trigger_type``) picks the member at call time."""
    members = _flat_members(doc, members)
    found = [_jsonapi_member(doc, root, method, m) for m in members]
    if not found or any(f is None for f in found):
        return
    parts = [f for f in found if f is not None]
    enums = []
    for member in members:
        props, _ = _effective(doc, _effective(doc, member)[0].get("data"))
        attrs_props, _ = _effective(doc, props.get("attributes"))
        enums.append(
            {k: tuple(v["enum"]) for k, v in attrs_props.items()
             if isinstance(v, dict) and isinstance(_component(doc, v).get("enum"), list)
             for v in [_component(doc, v)]}
        )  # fmt: skip
    common = [k for k in enums[0] if all(k in e for e in enums) and k in _names_of(parts)]
    if not common:
        return
    disjoint = [
        k for k in common if len({v for e in enums for v in e[k]}) == sum(len(e[k]) for e in enums)
    ]
    # told apart by its values, else by the name of a kind (`template`, `tag_type`)
    named = sorted(
        (k for k in common if k == "template" or k.endswith("_type")), key="template".__ne__
    )
    if not (disjoint or named):
        return
    key = (disjoint or named)[0]
    if str(PythonIdentifier(key, PREFIX)) != key:
        return
    values = list(dict.fromkeys(v for e in enums for v in e[key]))
    attributes: dict[str, Param] = {}
    for _, params, _ in parts:
        for p in params:
            seen = attributes.get(p.name)
            if seen is None:
                attributes[p.name] = p
            elif seen.annotation != p.annotation:
                attributes[p.name] = replace(seen, annotation="Any | Unset", default="UNSET")
            if p.default is not None and seen is not None:
                attributes[p.name] = replace(attributes[p.name], default=p.default)
    for name in attributes:
        if not all(name in {p.name for p in params} for _, params, _ in parts):
            attributes[name] = replace(
                attributes[name], default=attributes[name].default or "UNSET"
            )
            if "Unset" not in attributes[name].annotation:
                attributes[name] = replace(
                    attributes[name], annotation=f"{attributes[name].annotation} | Unset"
                )
    literal = "Literal[" + ", ".join(repr(v) for v in values) + "]"
    attributes[key] = replace(attributes[key], annotation=literal, default=None)
    method.jsonapi_choice = JsonApiChoiceSpec(
        key, tuple((e[key], spec) for e, (spec, _, _) in zip(enums, parts, strict=True))
    )
    known = {n: m for _, _, imports in parts for n, m in imports.items()}
    method.attributes = [
        replace(p, annotation=_accept_dicts(root, p.annotation, known)) for p in attributes.values()
    ]
    used = {n for p in method.attributes for n in names_in(p.annotation)}
    method.imports.update({n: m for n, m in known.items() if n in used})
    method.imports["Literal"] = "typing"


def _flat_members(doc: Doc, members: list[Doc]) -> list[Doc]:
    """The oneOf members, a member that is itself a oneOf replaced by its own members."""
    out: list[Doc] = []
    for member in members:
        node = _component(doc, member)
        nested = node.get("oneOf") if not node.get("properties") else None
        out += _flat_members(doc, nested) if isinstance(nested, list) else [member]
    return out


def _names_of(parts: list[tuple[JsonApiSpec, list[Param], dict[str, str]]]) -> set[str]:
    return {p.name for _, params, _ in parts for p in params}


def _single_value(doc: Doc, schema: Doc | None) -> str | None:
    node = _component(doc, schema)
    values = node.get("enum")
    if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
        return values[0]
    if values is not None:  # an enum of several values fixes nothing: no default from it
        return None
    example = node.get("example")
    return example if isinstance(example, str) else None


def _pagination(doc: Doc, op: Doc, method: Method) -> None:
    """Offset/limit lists whose page has a ``data`` array get the iterators."""
    names = {p["name"]: str(PythonIdentifier(p["name"], PREFIX)) for p in op.get("parameters", [])}
    styles: tuple[tuple[Literal["offset", "page"], str], ...] = (
        ("page", "page[offset]"),
        ("offset", "offset"),
    )
    style = next((s for s, o in styles if o in names), None)
    limit = {"page": "page[limit]", "offset": "limit"}.get(style or "")
    if style is None or limit not in names or "list[" in method.returns or "|" in method.returns:
        return
    response = next((r for c, r in op["responses"].items() if str(c).startswith("2")), {})
    media = next((m for t, m in response.get("content", {}).items() if t in JSON_MEDIA_TYPES), None)
    props, _ = _effective(doc, (media or {}).get("schema"))
    data = _component(doc, props.get("data"))
    if data.get("type") != "array":
        return
    item = _ref_name(data.get("items"))
    meta, _ = _effective(doc, props.get("meta"))
    item_module, item_cls = _model_ref(item) if item else ("", "Any")
    if item:
        method.imports[item_cls] = item_module
    limit_schema = next(
        (_component(doc, p.get("schema")) for p in op.get("parameters", []) if p["name"] == limit),
        {},
    )
    maximum = limit_schema.get("maximum")
    bounded = isinstance(maximum, int) and maximum > 0
    method.pagination = PagingSpec(
        style=style, offset_param=names[{"page": "page[offset]", "offset": "offset"}[style]],
        limit_param=names[limit], total="meta.total" if "total" in meta else None,
        item=item_cls, default_limit=min(100, maximum) if bounded else None,
        max_limit=maximum if bounded else None,
    )  # fmt: skip
