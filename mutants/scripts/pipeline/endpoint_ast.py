"""What a generated endpoint or model module says, read with ``ast``.

The resource classes copy the generated signatures (names, annotations, defaults) and
the success types, so the facade is typed exactly like the generated layer.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from .config import PACKAGE


@dataclass(frozen=True, slots=True)
class Arg:
    """One parameter of a generated function or model ``__init__``."""

    name: str
    annotation: str
    default: str | None
    positional: bool


@dataclass
class Module:
    """The parts of a generated module the resource writer needs."""

    imports: dict[str, str] = field(default_factory=dict)  # name -> module ("" for `import name`)
    args: list[Arg] = field(default_factory=list)
    success: str | None = None  # the 2xx result type, None when no body


def _absolute(node: ast.ImportFrom, module_path: str) -> str:
    if not node.level:
        return node.module or ""
    parts = module_path.split(".")[: -node.level]
    return ".".join([*parts, node.module] if node.module else parts)


def _imports(tree: ast.Module, module_path: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update({a.asname or a.name: "" for a in node.names})
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                found[alias.asname or alias.name] = _absolute(node, module_path)
    return found


def read_endpoint(path: Path, module_path: str) -> Module:
    """Signature of ``sync_detailed`` (without ``client``) and the 2xx result type."""
    tree = ast.parse(path.read_text())
    module = Module(imports=_imports(tree, module_path))
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    module.args = [a for a in _args(funcs["sync_detailed"]) if a.name != "client"]
    module.success = _success(funcs["_parse_response"])
    return module


def _args(func: ast.FunctionDef) -> list[Arg]:
    out: list[Arg] = []
    pos = func.args.args
    pos_defaults = [None] * (len(pos) - len(func.args.defaults)) + list(func.args.defaults)
    for arg, default in zip(pos, pos_defaults, strict=True):
        out.append(Arg(arg.arg, _unparse(arg.annotation), _unparse_opt(default), True))
    for arg, kw_default in zip(func.args.kwonlyargs, func.args.kw_defaults, strict=True):
        out.append(Arg(arg.arg, _unparse(arg.annotation), _unparse_opt(kw_default), False))
    return out


def _unparse(node: ast.expr | None) -> str:
    return ast.unparse(node) if node is not None else "Any"


def _unparse_opt(node: ast.expr | None) -> str | None:
    return ast.unparse(node) if node is not None else None


def _success(func: ast.FunctionDef) -> str | None:
    """The type a 2xx branch of ``_parse_response`` returns (union of them), or None."""
    nested = {n.name: n for n in ast.walk(func) if isinstance(n, ast.FunctionDef)}
    kinds: list[str] = []
    for node in func.body:
        status = _status(node)
        if status is not None and 200 <= status < 300 and isinstance(node, ast.If):
            kind = _branch_type(node, nested)
            if kind is not None and kind not in kinds:
                kinds.append(kind)
    return " | ".join(kinds) if kinds else None


def _status(node: ast.stmt) -> int | None:
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return None
    right = node.test.comparators[0]
    return right.value if isinstance(right, ast.Constant) and isinstance(right.value, int) else None


def _branch_type(branch: ast.If, nested: dict[str, ast.FunctionDef]) -> str | None:
    assign = next((s for s in branch.body if isinstance(s, ast.Assign | ast.AnnAssign)), None)
    if assign is None:  # `return None`: the status has no body
        return None
    if isinstance(assign, ast.AnnAssign) and assign.value is None:
        return _unparse(assign.annotation)
    value = assign.value
    assert value is not None
    if isinstance(value, ast.List):
        item = next((c for c in ast.walk(branch) if is_from_dict(c)), None)
        if item is not None:
            return f"list[{_from_dict_class(item)}]"
        return f"list[{_item_constructor(branch)}]"
    if is_from_dict(value):
        return _from_dict_class(value)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        if value.func.id in nested:
            return _unparse(nested[value.func.id].returns)
        if value.func.id == "cast":
            kind = ast.unparse(value.args[0])
            is_none = isinstance(value.args[1], ast.Constant) and value.args[1].value is None
            return None if kind == "Any" and is_none else kind
        if value.func.id == "File":
            return "File"
    if isinstance(value, ast.Attribute) and value.attr == "text":
        return "str"
    return "Any"


def _item_constructor(branch: ast.If) -> str:
    """``UUID`` in ``response_200_item = UUID(data)``; ``Any`` when items are taken as they are."""
    for node in ast.walk(branch):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            target = node.targets[0]
            func = node.value.func
            is_item = isinstance(target, ast.Name) and target.id.endswith("_item")
            if is_item and isinstance(func, ast.Name) and func.id != "cast":
                return func.id
    return "Any"


def is_from_dict(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "from_dict"
        and isinstance(node.func.value, ast.Name)
    )


def _from_dict_class(node: ast.AST | None) -> str:
    assert isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    assert isinstance(node.func.value, ast.Name)
    return node.func.value.id


def read_model_fields(path: Path, class_name: str, module_path: str) -> Module:
    """The ``__init__`` fields of an attrs model class (``additional_properties`` left out)."""
    tree = ast.parse(path.read_text())
    module = Module(imports=_imports(tree, module_path))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    for stmt in cls.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            if stmt.target.id == "additional_properties":
                continue
            default = _unparse_opt(stmt.value)
            module.args.append(Arg(stmt.target.id, _unparse(stmt.annotation), default, False))
    return module


def module_path_of(root: Path, file: Path) -> str:
    """``generated/piwik_pro_api/api/x/y.py`` -> ``piwik_pro_api.api.x.y``."""
    rel = file.relative_to(root).with_suffix("")
    assert rel.parts[0] == PACKAGE
    return ".".join(rel.parts)


def names_in(annotation: str) -> set[str]:
    """Every bare name an annotation uses (``list[X] | Unset`` -> {list, X, Unset})."""
    return {n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)}
