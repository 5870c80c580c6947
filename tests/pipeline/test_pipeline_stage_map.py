"""The stage map of ``pipeline/__init__.py`` names every module of the pipeline, once, and
agrees with the stage number each module's docstring gives itself."""

from __future__ import annotations

import ast
import re

import pipeline
from pipeline.config import ROOT

PIPELINE = ROOT / "scripts" / "pipeline"
MODULES = sorted(p.stem for p in PIPELINE.glob("*.py") if p.stem != "__init__")
NUMBERED = re.compile(r"^(\d+)\.\s")
STAGE = re.compile(r"\b[Ss]tage (\d+)\b")


def _mentioned(text: str) -> list[str]:
    return [name for name in re.findall(r"``(\w+)``", text) if name in MODULES]


def stage_map() -> dict[str, int | None]:
    """Module -> its stage number in the map (None for the modules outside the stages)."""
    stages: dict[str, int | None] = {}
    number: int | None = None
    for line in (pipeline.__doc__ or "").splitlines():
        found = NUMBERED.match(line)
        if found:
            number = int(found[1])
        elif not line.startswith(" "):  # not an item of the numbered list, nor part of one
            number = None
        for name in _mentioned(line):
            assert name not in stages, f"{name} is in the stage map twice"
            stages[name] = number
    return stages


def test_the_stage_map_names_every_module() -> None:
    assert sorted(stage_map()) == MODULES


def test_each_module_says_the_stage_the_map_gives_it() -> None:
    stages = stage_map()
    for name in MODULES:
        doc = ast.get_docstring(ast.parse((PIPELINE / f"{name}.py").read_text())) or ""
        said = STAGE.search(doc)
        if said:
            assert stages[name] == int(said[1]), f"{name}: stage {said[1]}, map {stages[name]}"


def test_the_map_reads_the_stages_in_order() -> None:
    stages = stage_map()
    assert [stages[n] for n in ("fetch", "convert", "fixes", "merge", "normalize", "lift")] == [
        1,
        2,
        2,
        3,
        3,
        4,
    ]
    assert stages["vocab"] is None and stages["coverage"] is None
