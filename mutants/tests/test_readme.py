"""The README stays true: its area table and the make targets it names."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_area_table_matches_inventory() -> None:
    """Each area's operation count in the README equals the inventory's."""
    inventory = json.loads((ROOT / "specs" / "inventory.json").read_text())
    counts = Counter(entry["area"] for entry in inventory)
    rows = dict(re.findall(r"\| `client\.(\w+)` \| (\d+) \|", README))
    assert {area: int(n) for area, n in rows.items()} == dict(counts)
    total = re.search(r"\| \*\*total\*\* \| \| \*\*(\d+)\*\* \|", README)
    assert total is not None and int(total.group(1)) == len(inventory)


def test_every_make_target_named_exists() -> None:
    """Every `make <target>` the README mentions is a target of the Makefile."""
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, flags=re.MULTILINE))
    named = set(re.findall(r"\bmake ([a-z][a-z-]*)", README))
    assert named, "the README names no make target"
    assert named <= targets, f"missing from the Makefile: {sorted(named - targets)}"
