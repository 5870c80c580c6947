"""The reference page lists every operation by its friendly method."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from pipeline.config import REFERENCE
from pipeline.reference import render_reference

ROW = re.compile(r"^\| `client\.([a-z0-9_.]+)\(\.\.\.\)` \| ([A-Z]+) \| `([^`]+)` \|$")


def test_reference_lists_every_method(inventory: list[dict[str, Any]]) -> None:
    """One row per operation (178): friendly method, HTTP method and path."""
    rows = [
        m.groups() for line in render_reference(inventory).splitlines() if (m := ROW.match(line))
    ]
    assert len(rows) == len(inventory) == 178
    assert rows == [(e["name"], e["method"], e["path"]) for e in inventory]


def test_reference_contents_count_each_area(inventory: list[dict[str, Any]]) -> None:
    """The table of contents links each area with its number of operations."""
    page = render_reference(inventory)
    counts = Counter(e["area"] for e in inventory)
    for area, n in counts.items():
        assert f"- [`client.{area}`](#{area}): {n} operation" in page
        assert f"\n## {area}\n" in page
    assert page.startswith("<!-- Generated")


def test_committed_reference_is_current(inventory: list[dict[str, Any]]) -> None:
    """docs/reference.md matches the inventory (run `make regen` when it does not)."""
    assert REFERENCE.read_text() == render_reference(inventory)
