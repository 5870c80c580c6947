"""The pipeline's shared vocabulary (``pipeline.vocab``) is the one place its words are spelled."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipeline import vocab
from pipeline.config import ROOT

PIPELINE = ROOT / "scripts" / "pipeline"
X_KEY = re.compile(r"x-[a-z][a-z-]*")
MEDIA_TYPES = {vocab.JSON, vocab.JSONAPI, vocab.NDJSON, vocab.MULTIPART, vocab.OCTET_STREAM}


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def _stages() -> list[Path]:
    return [p for p in sorted(PIPELINE.glob("*.py")) if p.name != "vocab.py"]


def test_x_keys_are_spelled_only_in_the_vocabulary() -> None:
    """Every ``x-`` key the pipeline reads or writes is a ``vocab`` name, never a literal."""
    found = [
        f"{path.name}:{line}: {text!r}"
        for path in _stages()
        for line, text in _strings(path)
        if X_KEY.fullmatch(text)
    ]
    assert found == [], "use the pipeline.vocab name for these x- keys"


def test_media_types_are_spelled_only_in_the_vocabulary() -> None:
    found = [
        f"{path.name}:{line}: {text!r}"
        for path in _stages()
        for line, text in _strings(path)
        if text in MEDIA_TYPES
    ]
    assert found == [], "use the pipeline.vocab name for these media types"


def test_every_x_key_name_is_a_distinct_key() -> None:
    """Two names for one key would let two stages mean different things by it."""
    keys = {name: value for name, value in vars(vocab).items() if name.startswith("X_")}
    assert len(keys) >= 8
    assert all(X_KEY.fullmatch(value) for value in keys.values()), keys
    assert len(set(keys.values())) == len(keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meta_sites list", "MetaSitesList"),
        ("usersV2", "UsersV2"),
        ("HTTPApi", "HTTPApi"),
        ("get_2fa", "Get2Fa"),
        ("", ""),
    ],
)
def test_pascal(text: str, expected: str) -> None:
    assert vocab.pascal(text) == expected


def test_template_of_leaves_out_parameter_names() -> None:
    assert vocab.template_of("GET /a/{app_id}/b/{id}") == "GET /a/{}/b/{}"
    assert vocab.template_of("GET /a") == "GET /a"
