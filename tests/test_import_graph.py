"""No import cycles in ``src/`` or ``scripts/``, type-only imports aside; ``scripts/`` imports
nothing from ``tests/``.

The graph is built from the code (``ast``): every ``import`` and ``from … import`` anywhere
in a module, function-level ones included, with relative imports resolved; imports under
``if TYPE_CHECKING:`` are left out, since they never run. ``from pkg import name`` points at
the submodule ``pkg.name`` when there is one, else at the package itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from support.files import write_tree

ROOT = Path(__file__).resolve().parents[1]
# Each root: the directory on sys.path when its modules run (src/ installed, scripts/ as
# the pipeline's scripts put it there).
ROOTS = (ROOT / "src", ROOT / "scripts")


def _module_name(root: Path, path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that runs: ``if TYPE_CHECKING:`` bodies skipped."""
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def import_graph(*roots: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same roots it imports at run time."""
    sources: dict[str, tuple[Path, bool]] = {}
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            name, is_package = _module_name(root, path)
            sources[name] = (path, is_package)
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in sources.items():
        package = name if is_package else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = package.split(".") if package else []
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, *([base] if base else [])])
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in sources else base
                    for alias in node.names
                ]
            edges.update(t for t in targets if t in sources and t != name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def reaching_into(scripts: Path, tests: Path) -> dict[str, list[str]]:
    """Each module under ``scripts`` that imports modules of ``tests``: those modules."""
    own = set(import_graph(scripts))
    graph = import_graph(scripts, tests)
    found = {name: sorted(graph[name] - own) for name in sorted(own)}
    return {name: targets for name, targets in found.items() if targets}


def test_scripts_import_nothing_from_tests() -> None:
    """What scripts and tests share lives under scripts/ (or src/), never under tests/."""
    assert "record" in import_graph(ROOT / "scripts")  # the root was read
    assert reaching_into(ROOT / "scripts", ROOT / "tests") == {}


def test_an_import_from_tests_is_found(tmp_path: Path) -> None:
    """A script importing a test helper package is reported with what it imports."""
    files = {
        "scripts/record.py": "import json\nfrom cassettes.calls import build_calls\n",
        "tests/cassettes/__init__.py": "",
        "tests/cassettes/calls.py": "",
    }
    write_tree(tmp_path, files)
    found = reaching_into(tmp_path / "scripts", tmp_path / "tests")
    assert found == {"record": ["cassettes.calls"]}


def test_src_and_scripts_have_no_import_cycle() -> None:
    graph = import_graph(*ROOTS)
    assert "piwik_pro._client" in graph and "pipeline.fixes" in graph  # the roots were read
    assert cycles(graph) == [], "import cycles (break them or make one side type-only)"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {"pkg/__init__.py": "", "pkg/a.py": "from .b import x\n", "pkg/b.py": "import pkg.a\n"},
            [["pkg.a", "pkg.b"]],
            id="module-level",
        ),
        pytest.param(
            {
                "pkg/__init__.py": "",
                "pkg/a.py": "from . import b\n",
                "pkg/b.py": "def f():\n    from .a import y\n",
            },
            [["pkg.a", "pkg.b"]],
            id="function-level",
        ),
        pytest.param(
            {
                "pkg/__init__.py": "",
                "pkg/sub/__init__.py": "",
                "pkg/sub/a.py": "from ..c import z\n",
                "pkg/c.py": "from .sub import a\n",
            },
            [["pkg.c", "pkg.sub.a"]],
            id="relative-two-levels",
        ),
        pytest.param(
            {
                "pkg/__init__.py": "",
                "pkg/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                "    from .b import x\n",
                "pkg/b.py": "from .a import y\n",
            },
            [],
            id="type-only-ignored",
        ),
    ],
)
def test_the_graph_finds_planted_cycles(
    tmp_path: Path, files: dict[str, str], expected: list[list[str]]
) -> None:
    assert cycles(import_graph(write_tree(tmp_path, files))) == expected
