"""Inventory helpers one by one: structure hashing, reference resolution, the file."""

from __future__ import annotations

from pathlib import Path

from pipeline.inventory import read_inventory, write_inventory


def test_write_then_read_keeps_field_order_and_drops_none(tmp_path: Path) -> None:
    entry = {
        "path": "/a", "name": "a.get", "area": "a", "method": "GET", "operation_id": "getA",
        "parameters": "1", "request_body": "2", "responses": "3", "derived_name": False,
        "file": None, "extra": "dropped",
    }  # fmt: skip
    target = tmp_path / "deep" / "inventory.json"
    assert write_inventory([entry], target) == target
    text = target.read_text()
    assert text.endswith("]\n")
    (read,) = read_inventory(target) or []
    assert list(read) == [
        "area", "name", "method", "path", "operation_id", "parameters", "request_body",
        "responses", "derived_name",
    ]  # fmt: skip
    assert read_inventory(tmp_path / "none.json") is None
