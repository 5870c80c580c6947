"""The drift report's own logic on hand-made inventories: pairing, reasons, text, replay."""

from __future__ import annotations

from typing import Any

from pipeline.drift import Drift, drift, format_drift, replay_failures


def _entry(name: str, method: str, path: str, **more: Any) -> dict[str, Any]:
    base = {"name": name, "method": method, "path": path}
    base.update({"parameters": "p", "request_body": "b", "responses": "r"})
    return {**base, **more}


def test_summary_counts_every_list_and_the_breaking_changes() -> None:
    result = Drift(
        added=[{"name": "a"}],
        removed=[{"name": "b"}, {"name": "c"}],
        moved=[{}],
        changed=[{"breaking": True}, {"breaking": False}, {"breaking": True}],
        skipped=[{}, {}, {}, {}],
    )
    assert result.breaking == 2
    assert result.summary() == (
        "drift: 1 added, 2 removed, 1 moved, 3 changed (2 breaking), 4 skipped"
    )


def test_unchanged_inventories_report_nothing() -> None:
    entries = [_entry("a.get", "GET", "/a", file="a.json")]
    result = drift(entries, [dict(e) for e in entries])
    assert result.as_json() == {
        "added": [], "removed": [], "moved": [], "changed": [], "skipped": [],
        "areas": {"added": [], "removed": []},
    }  # fmt: skip
    assert (
        format_drift(result)
        == "drift: 0 added, 0 removed, 0 moved, 0 changed (0 breaking), 0 skipped"
    )
    assert replay_failures(result.as_json()) == {}
