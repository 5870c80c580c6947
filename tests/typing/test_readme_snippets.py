"""Every ```python block of README.md passes mypy --strict and basedpyright's strict mode.

The rules:

- Each block is checked as its own module, exactly as the README shows it (so async code
  sits in an ``async def``, as it must in a file).
- A block may use a name it does not define when the name stands for the reader's own
  value (``client_id``, ``client``, ``site_id``): ``PREAMBLE`` below declares each such name,
  and a block gets the declarations of the names it uses and does not bind. A name not in
  ``PREAMBLE`` is reported by the checkers like any other error: declare it here if it is
  the reader's value, else fix the block.
- A failure lists every error as ``README.md:<line>: <checker>: <message>``.

``unset_misuse.py`` is the other side: each line marked ``# error`` must be an error in
both checkers, and no other line may be.
"""

from __future__ import annotations

import builtins
import re
import symtable
from pathlib import Path

from checkers import ROOT, Diagnostic, mypy, pyright

HERE = Path(__file__).parent

# name -> (the import it needs, the line that declares it), for blocks that use the name
# without defining it.
PREAMBLE = {
    "client_id": ("import os as _os", 'client_id = _os.environ["PIWIK_PRO_CLIENT_ID"]'),
    "client_secret": ("import os as _os", 'client_secret = _os.environ["PIWIK_PRO_CLIENT_SECRET"]'),
    "client": ("import piwik_pro as _piwik_pro", "client = _piwik_pro.PiwikPro.from_env()"),
    "site_id": ("", 'site_id = "70236925-724f-404e-b634-7b5633bc0bcc"'),
    "app_id": ("", 'app_id = "70236925-724f-404e-b634-7b5633bc0bcc"'),
    "user_id": ("", 'user_id = "2e8a4c5f-0d6b-4f2a-9c3e-1b7d8e9f0a1b"'),
    "invitation": (
        "",
        'invitation = {"data": {"type": "ppms/user", "attributes": {"email": "a@b.c"}}}',
    ),
}


def readme_blocks(text: str) -> list[tuple[int, str]]:
    """(README line of the block's first code line, code) of every ```python block."""
    return [
        (text.count("\n", 0, found.start(1)) + 1, found.group(1))
        for found in re.finditer(r"^```python\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)
    ]


def free_names(code: str) -> set[str]:
    """Names the block reads (at any depth) but never binds at module level, builtins aside."""
    top = symtable.symtable(code, "<readme>", "exec")
    bound = {s.get_name() for s in top.get_symbols() if s.is_assigned() or s.is_imported()}
    bound |= {s.get_name() for s in top.get_symbols() if s.is_namespace()}
    used: set[str] = set()
    tables = [top]
    while tables:
        table = tables.pop()
        used |= {
            s.get_name()
            for s in table.get_symbols()
            if s.is_referenced() and (table is top or s.is_global())
        }
        tables += table.get_children()
    return used - bound - set(dir(builtins))


def module_for(code: str) -> tuple[str, int]:
    """The module to check for a block, and how many lines precede the block in it."""
    names = sorted(free_names(code) & PREAMBLE.keys())
    imports = sorted({PREAMBLE[n][0] for n in names} - {""})
    head = [*imports, *(PREAMBLE[n][1] for n in names)]
    return "\n".join([*head, code]), len(head)


def test_preamble_is_given_only_for_free_names() -> None:
    """A block gets declarations for the names it reads and does not bind, and only those."""
    code = "import os\nx = client.users\n\ndef f() -> str:\n    return site_id + os.sep\n"
    assert free_names(code) == {"client", "site_id"}
    module, offset = module_for(code)
    assert module.splitlines()[:offset] == [
        "import piwik_pro as _piwik_pro",
        "client = _piwik_pro.PiwikPro.from_env()",
        'site_id = "70236925-724f-404e-b634-7b5633bc0bcc"',
    ]
    assert module.endswith(code)
    assert module_for("client = 1\nprint(client)\n") == ("client = 1\nprint(client)\n", 0)


def test_every_readme_block_type_checks_in_both_checkers(tmp_path: Path) -> None:
    """Zero errors from mypy --strict and basedpyright strict on every README python block."""
    blocks = readme_blocks((ROOT / "README.md").read_text())
    assert len(blocks) >= 6, "README.md lost its python blocks"
    files: dict[str, tuple[int, int]] = {}  # module file -> (README line, lines before)
    for first_line, code in blocks:
        module, offset = module_for(code)
        file = tmp_path / f"readme_line_{first_line}.py"
        file.write_text(module)
        files[file.name] = (first_line, offset)
    paths = [tmp_path / name for name in files]
    found = mypy(paths) + pyright(paths, tmp_path)

    def where(d: Diagnostic) -> tuple[int, str]:
        first_line, offset = files[d.file]
        if d.line <= offset:  # in the declarations this test adds: fix PREAMBLE
            return first_line, f"README.md:{first_line}: {d.checker}: (preamble) {d.message}"
        line = first_line + d.line - 1 - offset
        return line, f"README.md:{line}: {d.checker}: {d.message}"

    errors = [text for _, text in sorted({where(d) for d in found})]
    assert not errors, "README python blocks fail to type-check:\n" + "\n".join(errors)


def test_misuse_is_an_error_exactly_on_the_marked_lines(tmp_path: Path) -> None:
    """Each `# error` line of unset_misuse.py fails in mypy and in basedpyright; no other does."""
    file = HERE / "unset_misuse.py"
    marked = {n for n, line in enumerate(file.read_text().splitlines(), 1) if "# error" in line}
    assert len(marked) >= 5, "the misuse file marks too few lines"
    copy = tmp_path / file.name
    copy.write_text(file.read_text())
    for checker, found in (("mypy", mypy([copy])), ("pyright", pyright([copy], tmp_path))):
        reported = {d.line for d in found}
        text = "\n".join(f"{d.file}:{d.line}: {d.message}" for d in found)
        assert sorted(marked - reported) == [], f"{checker} accepts marked lines:\n{text}"
        assert sorted(reported - marked) == [], f"{checker} rejects unmarked lines:\n{text}"
