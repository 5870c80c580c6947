"""How much of the spec the generated layer covers (``scripts/regen.py --coverage``).

Per area: operations in the spec, operations with a generated endpoint module, operations
documenting a JSON success body, and those whose success body the generated code parses
into a typed value. The last is read from the generated ``_parse_response`` with ``ast``:
a 2xx branch that builds models (``X.from_dict``, a list of them, a union parser), or a
JSON value of an exact type (``cast(int, ...)``, ``list[str]``, a list of ``UUID``).
JSON-lines bodies (``application/x-ndjson``) are returned raw by the generated layer and
parsed line by line by the facade, so they count as typed when the line model exists.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from openapi_python_client.strings import ClassName, PythonIdentifier

from .config import PACKAGE
from .endpoint_ast import is_from_dict
from .vocab import JSON, NDJSON, X_FRIENDLY_NAME, X_LINE_SCHEMA, Doc, operations

PREFIX = "field_"  # openapi-python-client's default field_prefix


@dataclass(frozen=True, slots=True)
class OperationCoverage:
    """What the generated layer does for one operation."""

    name: str
    key: str
    generated: bool
    json_body: bool
    typed: str | None  # "model", "value" (an exact JSON type), "ndjson", or None


@dataclass
class Coverage:
    """Coverage of every operation, in document order."""

    operations: list[OperationCoverage] = field(default_factory=list)

    def areas(self) -> dict[str, list[OperationCoverage]]:
        found: dict[str, list[OperationCoverage]] = {}
        for op in self.operations:
            found.setdefault(op.name.split(".")[0], []).append(op)
        return found

    @property
    def not_generated(self) -> list[OperationCoverage]:
        return [op for op in self.operations if not op.generated]

    @property
    def untyped(self) -> list[OperationCoverage]:
        """Operations documenting a JSON success body that the generated code does not type."""
        return [op for op in self.operations if op.json_body and op.typed is None]


def coverage(doc: Doc, generated_root: Path) -> Coverage:
    """Coverage of ``doc``'s operations by the package under ``generated_root``."""
    package = generated_root / PACKAGE
    result = Coverage()
    for path, method, op, _ in operations(doc):
        module = package / "api" / op["tags"][0] / f"{op['operationId']}.py"
        json_statuses = _json_statuses(op)
        typed = None
        if module.is_file() and json_statuses:
            typed = _typed(op, module, json_statuses, package)
        result.operations.append(
            OperationCoverage(
                name=op[X_FRIENDLY_NAME],
                key=f"{method.upper()} {path}",
                generated=module.is_file(),
                json_body=bool(json_statuses),
                typed=typed,
            )
        )
    return result


def is_json(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base in (JSON, NDJSON) or base.endswith("+json")


def _json_statuses(op: Doc) -> dict[int, str]:
    """2xx status -> the JSON media type documenting a body with a schema."""
    found: dict[int, str] = {}
    for code, resp in op.get("responses", {}).items():
        if not (str(code).isdigit() and 200 <= int(code) < 300):
            continue
        for media_type, media in resp.get("content", {}).items():
            if is_json(media_type) and isinstance(media, dict) and "schema" in media:
                found.setdefault(int(code), media_type)
    return found


def _typed(op: Doc, module: Path, statuses: dict[int, str], package: Path) -> str | None:
    """The weakest kind of typing over the documented JSON 2xx bodies, None if one is untyped."""
    branches = success_branches(module.read_text())
    kinds = []
    for status, media_type in statuses.items():
        if media_type == NDJSON:
            schema = op["responses"][str(status)]["content"][media_type][X_LINE_SCHEMA]
            kind = "ndjson" if _model_exists(package, schema) else None
        else:
            branch = branches.get(status)
            kind = branch_kind(branch) if branch is not None else None
        if kind is None:
            return None
        kinds.append(kind)
    return "value" if "value" in kinds else kinds[0]


def success_branches(source: str) -> dict[int, ast.If]:
    """Status -> the ``if response.status_code == status`` branch of ``_parse_response``."""
    tree = ast.parse(source)
    func = next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_parse_response"),
        None,
    )
    branches: dict[int, ast.If] = {}
    for node in func.body if func else []:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Compare):
            right = node.test.comparators[0]
            if isinstance(right, ast.Constant) and isinstance(right.value, int):
                branches[right.value] = node
    return branches


def branch_kind(branch: ast.If) -> str | None:
    """``"model"`` when the branch builds models, ``"value"`` for an exact JSON type, else None."""
    nodes = list(ast.walk(branch))
    if any(is_from_dict(n) for n in nodes):
        return "model"
    for node in nodes:
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "cast"
        ):
            kind = ast.unparse(node.args[0]) if node.args else "Any"
            if "Any" not in kind and not (len(node.args) > 1 and _is_none(node.args[1])):
                return "value"
    loops = [n for n in nodes if isinstance(n, ast.For)]
    for loop in loops:
        calls = [
            n for n in ast.walk(loop) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
        ]
        if any(c.func.id not in ("cast", "File") for c in calls if isinstance(c.func, ast.Name)):
            return "value"  # a list of e.g. UUID(...)
    return None


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _model_exists(package: Path, schema: Doc) -> bool:
    """Whether the generated model of a ``$ref``-ed component exists under ``models/``."""
    ref = schema.get("$ref", "")
    if not ref.startswith("#/components/schemas/"):
        return False
    cls = ClassName(ref.rsplit("/", 1)[-1], PREFIX)
    path = package / "models" / f"{PythonIdentifier(cls, PREFIX)}.py"
    if not path.is_file():
        return False
    tree = ast.parse(path.read_text())
    return any(isinstance(n, ast.ClassDef) and n.name == str(cls) for n in tree.body)


def format_coverage(result: Coverage) -> str:
    """The coverage table, the gaps, and the one-line summary last."""
    header = f"{'area':<20} {'spec':>5} {'generated':>10} {'json 2xx':>9} {'typed 2xx':>10}"
    lines = [header, "-" * len(header)]
    rows = [*result.areas().items(), ("total", result.operations)]
    for area, ops in rows:
        typed = sum(1 for o in ops if o.json_body and o.typed)
        generated = sum(1 for o in ops if o.generated)
        json_body = sum(1 for o in ops if o.json_body)
        if area == "total":
            lines.append("-" * len(header))
        lines.append(f"{area:<20} {len(ops):>5} {generated:>10} {json_body:>9} {typed:>10}")
    values = [o for o in result.operations if o.typed == "value"]
    ndjson = [o for o in result.operations if o.typed == "ndjson"]
    lines.append("")
    lines.append(_listing("typed as plain JSON values (no model)", values))
    lines.append(_listing("JSON lines, parsed per line by the facade", ndjson))
    lines.append(_listing("not generated", result.not_generated))
    lines.append(_listing("JSON success body without a typed model", result.untyped))
    total = len(result.operations)
    generated = total - len(result.not_generated)
    typed = sum(1 for o in result.operations if o.json_body and o.typed)
    lines.append(f"operations: {generated}/{total} generated, {typed} with typed 2xx bodies")
    return "\n".join(lines)


def _listing(title: str, ops: list[OperationCoverage]) -> str:
    if not ops:
        return f"{title}: none"
    return "\n".join([f"{title}: {len(ops)}", *(f"  {o.name}  ({o.key})" for o in ops)])
