"""Source text of the facade's resource modules (see ``resources``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .generate import HEADER
from .vocab import pascal

if TYPE_CHECKING:
    from .resources import Method, Param

OPTIONS = "request_options: RequestOptions | None = None"


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
    for kind in ("sync", "async"):
        for group, items in groups.items():
            if group is not None:
                lines += _class(area, group, items, kind, [])
        lines += _class(area, None, groups.get(None, []), kind, [g for g in groups if g])
    return "\n".join(lines) + "\n"


def _imports(names: dict[str, str]) -> list[str]:
    """The module's imports: runtime ones, and the annotations' under TYPE_CHECKING."""
    lines = [
        "from __future__ import annotations",
        "",
        "import builtins",
        "from collections.abc import AsyncIterator, Iterator",
        "from typing import TYPE_CHECKING, Any, cast, overload",
        "",
        "from piwik_pro_api.types import UNSET",
        "",
        "from .._operation import JsonApiBody, Operation, Pagination",
        "from .._resource import AsyncAPIResource, SyncAPIResource",
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


def _operation(m: Method) -> str:
    args = [f"name={m.dotted!r}", f"module={m.module!r}", f"method={m.http!r}", f"path={m.path!r}"]
    if m.success:
        args.append(f"success={m.success!r}")
    if m.read_only:
        args.append("read_only=True")
    if m.public:
        args.append("public=True")
    if m.jsonapi:
        body = ", ".join(f"{k}={v!r}" for k, v in m.jsonapi.items())
        args.append(f"jsonapi=JsonApiBody({body})")
    if m.pagination:
        pag = {k: v for k, v in m.pagination.items() if k != "item"}
        args.append(
            "pagination=Pagination(" + ", ".join(f"{k}={v!r}" for k, v in pag.items()) + ")"
        )
    if m.ndjson:
        args.append(f"ndjson={m.ndjson!r}")
    return f"{m.const} = Operation(\n    " + ",\n    ".join(args) + ",\n)\n"


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


def _signature(params: list[Param], extra: list[str]) -> str:
    pos = [
        f"{p.name}: {p.annotation}" + (f" = {p.default}" if p.default else "")
        for p in params
        if p.positional
    ]
    kw = [
        f"{p.name}: {p.annotation}" + (f" = {p.default}" if p.default else "")
        for p in params
        if not p.positional
    ]
    kw += extra
    parts = ["self", *pos] + (["*", *kw] if kw else [])
    return ", ".join(parts)


def _call_args(params: list[Param]) -> str:
    return "{" + ", ".join(f"{p.target!r}: {p.name}" for p in params) + "}"


def _method(m: Method, kind: str) -> list[str]:
    lines: list[str] = []
    doc = (
        f'        """{m.summary} ``{m.http} {m.path}``"""'
        if m.summary
        else f'        """``{m.http} {m.path}``"""'
    )
    is_async = kind == "async"
    call = ("await " if is_async else "") + "self._client._call"
    defn = "async def" if is_async else "def"
    if m.attributes:
        lines += _overloads(m, defn)
        params = [_optional_body(p) for p in m.params]
        sig = _signature(params, [OPTIONS, "**attributes: Any"])
        extra = ", attributes=attributes"
    else:
        sig = _signature(m.params, [OPTIONS])
        extra = ""
    lines += ["", f"    {defn} {m.name}({sig}) -> {m.returns}:", doc]
    invoke = f"{call}({m.const}, {_call_args(m.params)}{extra}, request_options=request_options)"
    if m.returns == "None":
        lines.append(f"        {invoke}")
    else:
        lines.append(f'        return cast("{m.returns}", {invoke})')
    if m.pagination:
        lines += _iterators(m, kind)
    return lines


def _overloads(m: Method, defn: str) -> list[str]:
    body = next(p for p in m.params if p.target == "body")
    others = [p for p in m.params if p.target != "body"]
    attrs = [_stub(p) for p in m.attributes]
    body_only = [
        *others,
        _replace(body, default=None, annotation=body.annotation.replace(" | Unset", "")),
    ]
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


def _optional_body(p: Param) -> Param:
    """The implementation's ``body``: optional, since attributes can replace it."""
    if p.target != "body" or p.default:
        return p
    return _replace(p, annotation=f"{p.annotation} | Unset", default="UNSET")


def _stub(p: Param) -> Param:
    return _replace(p, default="..." if p.default else None)


def _replace(p: Param, **changes: str | None) -> Param:
    return replace(p, **changes)  # type: ignore[arg-type]


def _iterators(m: Method, kind: str) -> list[str]:
    assert m.pagination is not None
    skip = {m.pagination["offset_param"], m.pagination["limit_param"]}
    params = [p for p in m.params if p.target not in skip]
    sig = _signature(params, ["page_size: int | None = None", OPTIONS])
    iterator = "AsyncIterator" if kind == "async" else "Iterator"
    item, page = m.pagination["item"], m.returns
    args = (
        f"({m.const}, {_call_args(params)}, page_size=page_size, request_options=request_options)"
    )
    return [
        "",
        f"    def iter_{m.name}({sig}) -> {iterator}[{item}]:",
        f'        """Every item of ``{m.name}``, fetching pages lazily as iteration goes."""',
        f'        return cast("{iterator}[{item}]", self._client._iter_items{args})',
        "",
        f"    def iter_{m.name}_pages({sig}) -> {iterator}[{page}]:",
        f'        """Every page of ``{m.name}``, fetched lazily as iteration goes."""',
        f'        return cast("{iterator}[{page}]", self._client._iter_pages{args})',
    ]


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
        sync, async_ = class_name(area, None, "sync"), class_name(area, None, "async")
        lines.append(f"    from .{area} import {async_}, {sync}")
    for kind, client in (("sync", "PiwikPro"), ("async", "AsyncPiwikPro")):
        lines += ["", "", f"class {'Async' if kind == 'async' else 'Sync'}Areas:",
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
