"""Source text of the facade's resource modules (see ``resources``)."""

from __future__ import annotations

import re
import textwrap
from dataclasses import fields, replace

from .generate import HEADER
from .methods import JsonApiSpec, Method, PagingSpec, Param
from .vocab import pascal

OPTIONS = "request_options: RequestOptions | None = None"
OPTIONS_DOC = (
    "request_options : RequestOptions, optional",
    "Per-call overrides of the client's settings: ``timeout``, ``max_retries``, ``headers``.",
)
RAW = "WithRawResponse"
_BOUNDS = ("default_limit", "max_limit")


def class_name(area: str, group: str | None, kind: str) -> str:
    return ("Async" if kind == "async" else "") + pascal(area) + pascal(group or "")


def render_area(area: str, methods: list[Method]) -> str:
    """The module ``_resources/<area>.py``."""
    groups: dict[str | None, list[Method]] = {}
    for method in methods:
        groups.setdefault(method.group, []).append(method)
    imports: dict[str, str] = {"UUID": "uuid"}
    for method in methods:
        imports.update(method.imports)
    lines = [
        HEADER + f'"""The ``{area}`` area: ``client.{area}`` (generated from specs/names.toml)."""',
        "",
    ]
    lines += _imports(imports)
    lines += [_operation(m) for m in methods]
    subgroups = [g for g in groups if g]
    for kind in ("sync", "async"):
        for group, items in groups.items():
            if group is not None:
                lines += _class(area, group, items, kind, [])
        lines += _class(area, None, groups.get(None, []), kind, subgroups)
    for kind in ("sync", "async"):
        for group, items in groups.items():
            if group is not None:
                lines += _raw_class(area, group, items, kind, [])
        lines += _raw_class(area, None, groups.get(None, []), kind, subgroups)
    return "\n".join(lines) + "\n"


def _imports(names: dict[str, str]) -> list[str]:
    """The module's imports: runtime ones, and the annotations' under TYPE_CHECKING."""
    lines = [
        "from __future__ import annotations",
        "",
        "import builtins",
        "from collections.abc import AsyncIterator, Iterator",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, Any, overload",
        "",
        "from piwik_pro_api.types import UNSET",
        "",
        "from .._operation import JsonApiBody, JsonApiChoice, Operation, Pagination",
        "from .._resource import AsyncAPIResource, SyncAPIResource",
        "from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper",
        "",
        "if TYPE_CHECKING:",
        "    from piwik_pro_api.types import File, Unset",
        "",
        "    from .._types import RequestOptions",
    ]
    by_module: dict[str, list[str]] = {}
    for name, module in sorted(names.items()):
        if module == "":
            lines.append(f"    import {name}")
        elif module != "piwik_pro_api.types":
            by_module.setdefault(module, []).append(name)
    for module, found in sorted(by_module.items()):
        lines.append(f"    from {module} import {', '.join(sorted(found))}")
    lines.append("")
    return lines


def _fields(spec: JsonApiSpec | PagingSpec, skip: tuple[str, ...] = ()) -> str:
    """``name=value, ...`` of a dataclass instance, without ``skip`` and the optional
    bounds when they are None."""
    values = [(f.name, getattr(spec, f.name)) for f in fields(spec) if f.name not in skip]
    return ", ".join(f"{k}={v!r}" for k, v in values if not (k in _BOUNDS and v is None))


def _operation(m: Method) -> str:
    args = [f"name={m.dotted!r}", f"module={m.module!r}", f"method={m.http!r}", f"path={m.path!r}"]
    if m.success:
        args.append(f"success={m.success!r}")
    if m.read_only:
        args.append("read_only=True")
    if m.public:
        args.append("public=True")
    if m.jsonapi:
        args.append(f"jsonapi=JsonApiBody({_fields(m.jsonapi)})")
    if m.jsonapi_choice:
        members = ", ".join(
            f"({values!r}, JsonApiBody({_fields(spec)}))"
            for values, spec in m.jsonapi_choice.members
        )
        args.append(
            f"jsonapi_choice=JsonApiChoice(key={m.jsonapi_choice.key!r}, members=({members},))"
        )
    if m.pagination:
        args.append(f"pagination=Pagination({_fields(m.pagination, skip=('item',))})")
    if m.ndjson:
        args.append(f"ndjson={m.ndjson!r}")
    if m.body_model:
        args.append(f"body_model={m.body_model!r}")
    if m.body_list:
        args.append("body_list=True")
    if m.body_fields:
        args.append(f"body_fields={tuple(m.body_fields.items())!r}")
    returns = "None" if m.returns == "None" else m.returns
    return f"{m.const}: Operation[{returns}] = Operation(\n    " + ",\n    ".join(args) + ",\n)\n"


def _class(
    area: str, group: str | None, methods: list[Method], kind: str, groups: list[str]
) -> list[str]:
    name = class_name(area, group, kind)
    base = "AsyncAPIResource" if kind == "async" else "SyncAPIResource"
    where = ".".join(p for p in ("client", area, group) if p)
    lines = ["", f"class {name}({base}):", f'    """``{where}``: {len(methods)} operations."""', ""]
    lines.append("    __slots__ = ()")
    for group_name in groups:
        sub = class_name(area, group_name, kind)
        lines += [
            "",
            "    @property",
            f"    def {group_name}(self) -> {sub}:",
            f'        """``{where}.{group_name}``."""',
            f"        return {sub}(self._client)",
        ]
    for method in methods:
        lines += _method(method, kind)
    return lines


def _raw_class(
    area: str, group: str | None, methods: list[Method], kind: str, groups: list[str]
) -> list[str]:
    """``<Class>WithRawResponse``: the methods of one resource returning ``APIResponse``."""
    resource = class_name(area, group, kind)
    wrap = "async_to_raw_response_wrapper" if kind == "async" else "to_raw_response_wrapper"
    where = ".".join(p for p in ("client.with_raw_response", area, group) if p)
    lines = [
        "",
        f"class {resource}{RAW}:",
        f'    """``{where}``: each method returns an ``APIResponse``."""',
        "",
        f"    def __init__(self, resource: {resource}) -> None:",
        "        self._resource = resource",
    ]
    lines += [f"        self.{m.name} = {wrap}(resource.{m.name})" for m in methods]
    for group_name in groups:
        sub = class_name(area, group_name, kind) + RAW
        lines += [
            "",
            "    @cached_property",
            f"    def {group_name}(self) -> {sub}:",
            f'        """``{where}.{group_name}``."""',
            f"        return {sub}(self._resource.{group_name})",
        ]
    return lines


def _signature(params: list[Param], extra: list[str]) -> str:
    pos = [_declare(p) for p in params if p.positional]
    kw = [_declare(p) for p in params if not p.positional]
    kw += extra
    parts = ["self", *pos] + (["*", *kw] if kw else [])
    return ", ".join(parts)


def _declare(p: Param) -> str:
    return f"{p.name}: {p.annotation}" + (f" = {p.default}" if p.default else "")


def _call_args(params: list[Param]) -> str:
    return "{" + ", ".join(f"{p.target!r}: {p.name}" for p in params) + "}"


def _method(m: Method, kind: str) -> list[str]:
    lines: list[str] = []
    is_async = kind == "async"
    call = ("await " if is_async else "") + "self._client._call"
    defn = "async def" if is_async else "def"
    keyword_body = bool(m.attributes)
    if keyword_body:
        lines += _overloads(m, defn)
        others = [p for p in m.params if p.target != "body"]
        body = next(p for p in m.params if p.target == "body")
        params = [*others, *(_optional(p) for p in m.attributes), _optional(_dict_body(body))]
        extra = ", attributes=" + _call_args(m.attributes)
    else:
        params = [_dict_body(p) if p.target == "body" and m.body_model else p for p in m.params]
        extra = ", attributes={}" if m.body_model else ""
    sig = _signature(params, [OPTIONS])
    lines += ["", f"    {defn} {m.name}({sig}) -> {m.returns}:", *_docstring(m, params)]
    call_params = [p for p in params if p.name in _names(m.params)]
    invoke = f"{call}({m.const}, {_call_args(call_params)}{extra}, request_options=request_options)"
    lines.append(f"        return {invoke}")  # None too: a raw call returns its response
    if m.pagination:
        lines += _iterators(m, kind)
    return lines


def _names(params: list[Param]) -> set[str]:
    return {p.name for p in params}


def _dict_body(p: Param) -> Param:
    """A model ``body`` that also takes a plain dict (converted with ``from_dict``); a list
    body, a list whose items may be plain dicts."""
    listed = re.fullmatch(r"((?:builtins\.)?list)\[(\w+)\]( \| Unset)?", p.annotation)
    if listed:
        kind, item, unset = listed.groups()
        return replace(p, annotation=f"{kind}[{item} | dict[str, Any]]{unset or ''}")
    parts = p.annotation.split(" | ")
    if "dict[str, Any]" in parts:
        return p
    at = parts.index("Unset") if "Unset" in parts else len(parts)
    return replace(p, annotation=" | ".join([*parts[:at], "dict[str, Any]", *parts[at:]]))


def _overloads(m: Method, defn: str) -> list[str]:
    body = _dict_body(next(p for p in m.params if p.target == "body"))
    others = [p for p in m.params if p.target != "body"]
    attrs = [_stub(p) for p in m.attributes]
    body_only = [*others, replace(body, default=None, annotation=_without_unset(body.annotation))]
    with_attributes = _signature([_stub(p) for p in others] + attrs, [OPTIONS])
    with_body = _signature([_stub(p) for p in body_only], [OPTIONS])
    return [
        "",
        "    @overload",
        f"    {defn} {m.name}({with_attributes}) -> {m.returns}: ...",
        "",
        "    @overload",
        f"    {defn} {m.name}({with_body}) -> {m.returns}: ...",
    ]


def _without_unset(annotation: str) -> str:
    return " | ".join(part for part in annotation.split(" | ") if part != "Unset")


def _optional(p: Param) -> Param:
    """Optional in the implementation: the body or the keyword fields may be left out."""
    annotation = p.annotation if "Unset" in p.annotation.split(" | ") else f"{p.annotation} | Unset"
    return replace(p, annotation=annotation, default="UNSET")


def _stub(p: Param) -> Param:
    return replace(p, default="..." if p.default else None)


def _iterators(m: Method, kind: str) -> list[str]:
    assert m.pagination is not None
    skip = {m.pagination.offset_param, m.pagination.limit_param}
    params = [p for p in m.params if p.target not in skip]
    sig = _signature(params, ["page_size: int | None = None", OPTIONS])
    iterator = "AsyncIterator" if kind == "async" else "Iterator"
    item, page = m.pagination.item, m.returns
    args = (
        f"({m.const}, {_call_args(params)}, page_size=page_size, request_options=request_options)"
    )
    size = ("page_size : int, optional", "Items per request (the operation's limit parameter).")
    docs = [*_param_docs(params), size, OPTIONS_DOC]
    return [
        "",
        f"    def iter_{m.name}({sig}) -> {iterator}[{item}]:",
        *_doc_lines(f"Every item of ``{m.name}``, fetching pages lazily as iteration goes.", docs),
        f"        return self._client._iter_items{args}",
        "",
        f"    def iter_{m.name}_pages({sig}) -> {iterator}[{page}]:",
        *_doc_lines(f"Every page of ``{m.name}``, fetched lazily as iteration goes.", docs),
        f"        return self._client._iter_pages{args}",
    ]


def _docstring(m: Method, params: list[Param]) -> list[str]:
    endpoint = f"``{m.http} {m.path}``"
    head = m.summary or endpoint
    text = []
    if m.description and _clean(m.description).rstrip(".") != m.summary.rstrip("."):
        text.append(m.description)
    originals = {a.name: a for a in m.attributes}  # required ones say so, not "optional"
    shown = [originals.get(p.name, p) for p in params]
    if m.attributes:
        shown = [_keyword_alternative(p) if p.target == "body" else p for p in shown]
    docs = [*_param_docs(shown), OPTIONS_DOC]
    return _doc_lines(head, docs, text, endpoint if m.summary else None)


def _keyword_alternative(body: Param) -> Param:
    what = (
        "The whole request body instead of the keyword fields above: the generated model, "
        "or a plain ``dict`` in its JSON form (converted with the model's ``from_dict``)."
    )
    return replace(body, description=what)


def _param_docs(params: list[Param]) -> list[tuple[str, str]]:
    out = []
    for p in params:
        kind = _without_unset(p.annotation).replace("builtins.", "")
        optional = ", optional" if p.default else ""
        out.append((f"{p.name} : {kind}{optional}", p.description))
    return out


def _doc_lines(
    head: str,
    params: list[tuple[str, str]],
    paragraphs: list[str] | None = None,
    endpoint: str | None = None,
) -> list[str]:
    indent = " " * 8
    lines = [f'{indent}"""{_clean(head)}']
    if endpoint:
        lines += ["", indent + endpoint]  # never wrapped: one line to search for
    for paragraph in paragraphs or []:
        lines.append("")
        lines += _wrap(paragraph, indent)
    if params:
        lines += ["", f"{indent}Parameters", f"{indent}----------"]
        for name, description in params:
            lines.append(f"{indent}{_clean(name)}")
            if description:
                lines += _wrap(description, indent + "    ")
    lines.append(f'{indent}"""')
    return lines


def _wrap(text: str, indent: str) -> list[str]:
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        cleaned = _clean(block)
        if cleaned:
            if out:
                out.append("")
            out += textwrap.wrap(cleaned, 100 - len(indent), break_on_hyphens=False) or [""]
    return [indent + line for line in out]


def _clean(text: str) -> str:
    """One line of docstring text: no tags, no quotes that end the string, escapes kept."""
    text = re.sub(r"<[^>]+>", "", text)
    text = " ".join(text.split())
    return text.replace("\\", "\\\\").replace('"""', "'''").rstrip('"')


def render_areas_init(areas: list[str]) -> str:
    """``_resources/__init__.py``: the area attributes of both clients."""
    lines = [
        HEADER
        + '"""The API areas as attributes of the clients (generated from specs/areas.toml)."""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, cast",
        "",
        "if TYPE_CHECKING:",
        "    from .._client import AsyncPiwikPro, PiwikPro",
    ]
    for area in areas:
        names = [class_name(area, None, kind) for kind in ("sync", "async")]
        names += [name + RAW for name in names]
        lines.append(f"    from .{area} import {', '.join(sorted(names))}")
    for kind, client in (("sync", "PiwikPro"), ("async", "AsyncPiwikPro")):
        prefix = "Async" if kind == "async" else "Sync"
        lines += [
            "",
            "",
            f"class {prefix}AreasWithRawResponse:",
            f'    """``client.with_raw_response``: every area of :class:`~piwik_pro.{client}`,',
            '    its methods returning an ``APIResponse`` (status, headers, parsed model)."""',
            "",
            f"    def __init__(self, client: {client}) -> None:",
            "        self._client = client",
        ]
        for area in areas:
            cls = class_name(area, None, kind) + RAW
            lines += [
                "",
                "    @cached_property",
                f"    def {area}(self) -> {cls}:",
                f'        """``client.with_raw_response.{area}``."""',
                f"        from .{area} import {cls}",
                "",
                f"        return {cls}(self._client.{area})",
            ]
    for kind, client in (("sync", "PiwikPro"), ("async", "AsyncPiwikPro")):
        prefix = "Async" if kind == "async" else "Sync"
        lines += [
            "",
            "",
            f"class {prefix}RawResponses:",
            f'    """``with_raw_response`` of :class:`~piwik_pro.{client}` (apart from the areas,',
            '    which are every ``cached_property`` of the class below)."""',
            "",
            "    @cached_property",
            f"    def with_raw_response(self) -> {prefix}AreasWithRawResponse:",
            '        """The same areas and methods, each returning an ``APIResponse``: the',
            '        status, the headers and the parsed model on demand (``.parse()``)."""',
            f'        return {prefix}AreasWithRawResponse(cast("{client}", self))',
        ]
        lines += ["", "", f"class {prefix}Areas({prefix}RawResponses):",
                  f'    """The API areas of :class:`~piwik_pro.{client}`."""']  # fmt: skip
        for area in areas:
            cls = class_name(area, None, kind)
            lines += [
                "",
                "    @cached_property",
                f"    def {area}(self) -> {cls}:",
                f'        """``client.{area}``."""',
                f"        from .{area} import {cls}",
                "",
                f'        return {cls}(cast("{client}", self))',
            ]
    return "\n".join(lines) + "\n"
