"""The drift report's own logic on hand-made inventories: pairing, reasons, text, replay."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.drift import Drift, drift, format_drift, replay_failures, write_drift


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


def _full() -> Drift:
    return Drift(
        added=[{"name": "a.new", "method": "POST", "path": "/new"}],
        removed=[{"name": "a.old", "method": "DELETE", "path": "/old"}],
        moved=[
            {
                "name": "a.moved",
                "from": {"method": "GET", "path": "/m/{id}"},
                "to": {"method": "GET", "path": "/m/{app_id}"},
            },
            {
                "name": "a.elsewhere",
                "from": {"method": "GET", "path": "/x"},
                "to": {"method": "GET", "path": "/y"},
            },
        ],
        changed=[
            {
                "name": "a.get",
                "method": "GET",
                "path": "/g",
                "breaking": True,
                "reasons": ["request-field-removed: body data.x", "format-changed: q: a -> b"],
            },
            {
                "name": "a.list",
                "method": "GET",
                "path": "/l",
                "breaking": False,
                "reasons": ["optional-parameter-added: query sort"],
            },
            {
                "name": "a.renamed",
                "method": "GET",
                "path": "/r",
                "breaking": True,
                "reasons": ["friendly-name-changed: a.before -> a.renamed"],
            },
        ],
        skipped=[{"method": "GET", "path": "/s", "reason": "no schema"}],
        areas={"added": ["new.json"], "removed": ["old.json"]},
        needs_name=[{"name": "a.derived", "method": "PUT", "path": "/d"}],
    )


def test_format_drift_lists_every_item() -> None:
    assert format_drift(_full()).splitlines() == [
        "drift: 1 added, 1 removed, 2 moved, 3 changed (2 breaking), 1 skipped",
        "  area added:   new.json",
        "  area removed: old.json",
        "  added:   a.new  (POST /new)",
        "  removed: a.old  (DELETE /old)  BREAKING",
        "  moved:   a.moved  (GET /m/{id} -> /m/{app_id})",
        "  moved:   a.elsewhere  (GET /x -> /y)",
        "  changed: a.get  (GET /g)  BREAKING",
        "      request-field-removed: body data.x",
        "      format-changed: q: a -> b",
        "  changed: a.list  (GET /l)  compatible",
        "      optional-parameter-added: query sort",
        "  changed: a.renamed  (GET /r)  BREAKING",
        "      friendly-name-changed: a.before -> a.renamed",
        "  skipped: GET /s: no schema",
        "  name needed: PUT /d is called a.derived; add it to specs/names.toml",
    ]


def test_replay_failures_predicts_each_kind() -> None:
    assert replay_failures(_full().as_json()) == {
        "a.new": "no cassette: a new operation",
        "a.old": "orphaned cassette: operation removed",
        "a.elsewhere": "recorded on the old path: GET /x",
        "a.get": "request-field-removed: body data.x",
        "a.renamed": "friendly-name-changed: a.before -> a.renamed",
        "a.before": "orphaned cassette: renamed",
    }


def test_replay_failures_takes_the_first_wire_reason() -> None:
    report = {
        "added": [],
        "removed": [],
        "moved": [],
        "changed": [
            {
                "name": "a.x",
                "reasons": [
                    "optional-parameter-added: query a",
                    "request-field-removed: body x",
                    "parameter-removed: query b",
                ],
            }
        ],
    }
    assert replay_failures(report) == {"a.x": "request-field-removed: body x"}


def test_write_drift_writes_the_json_report(tmp_path: Path) -> None:
    result = _full()
    result.added[0]["name"] = "a.née"
    target = tmp_path / "cache" / "drift.json"
    assert write_drift(result, target) == target
    expected = json.dumps(result.as_json(), indent=1, ensure_ascii=False) + "\n"
    assert target.read_text() == expected
    assert write_drift(result, target) == target  # the directory exists now
    assert json.loads(target.read_text())["areas"] == {
        "added": ["new.json"],
        "removed": ["old.json"],
    }
    assert "needs_name" not in json.loads(target.read_text())


def test_drift_pairs_moved_operations_and_reports_areas() -> None:
    old = [
        _entry("a.get", "GET", "/a/{id}", file="a.json"),
        _entry("a.gone", "DELETE", "/a/{id}", file="gone.json", responses="x"),
    ]
    new = [
        _entry("a.get", "GET", "/a/{app_id}", file="a.json", parameters="q"),
        _entry("b.new", "POST", "/b", file="b.json", derived_name=True, responses="y"),
    ]
    result = drift(old, new, skipped=[{"method": "GET", "path": "/s", "reason": "r"}])
    assert result.moved == [
        {
            "name": "a.get",
            "from": {"method": "GET", "path": "/a/{id}"},
            "to": {"method": "GET", "path": "/a/{app_id}"},
        }
    ]
    assert result.changed == [
        {
            "name": "a.get",
            "method": "GET",
            "path": "/a/{app_id}",
            "breaking": True,
            "reasons": ["unclassified: parameters changed"],
        }
    ]
    assert result.removed == [{"name": "a.gone", "method": "DELETE", "path": "/a/{id}"}]
    assert result.added == [{"name": "b.new", "method": "POST", "path": "/b"}]
    assert result.needs_name == [{"name": "b.new", "method": "POST", "path": "/b"}]
    assert result.areas == {"added": ["b.json"], "removed": ["gone.json"]}
    assert result.skipped == [{"method": "GET", "path": "/s", "reason": "r"}]


def test_drift_reports_renames_and_respelled_paths() -> None:
    old = [_entry("a.before", "GET", "/a", published_path="/A")]
    new = [_entry("a.after", "GET", "/a", published_path="/a")]
    result = drift(old, new)
    assert result.changed == [
        {
            "name": "a.after",
            "method": "GET",
            "path": "/a",
            "breaking": True,
            "reasons": [
                "friendly-name-changed: a.before -> a.after",
                "path-template-changed: /A -> /a",
            ],
        }
    ]
    compatible = drift(
        [_entry("a.x", "GET", "/a", published_path="/A")], [_entry("a.x", "GET", "/a")]
    )
    assert compatible.changed[0]["breaking"] is False
    assert compatible.changed[0]["reasons"] == ["path-template-changed: /A -> /a"]
    assert drift([], [], skipped=None).skipped == []
    without_files = drift([_entry("a.x", "GET", "/a", file="a.json")], [_entry("a.x", "GET", "/a")])
    assert without_files.areas == {"added": [], "removed": []}


def test_write_drift_creates_missing_directories(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "drift.json"
    write_drift(Drift(), target)
    assert json.loads(target.read_text())["added"] == []


def test_unclassified_names_every_changed_part_after_the_rename() -> None:
    old = [_entry("a.before", "GET", "/a")]
    new = [_entry("a.after", "GET", "/a", parameters="p2", responses="r2")]
    (changed,) = drift(old, new).changed
    assert changed["reasons"] == [
        "friendly-name-changed: a.before -> a.after",
        "unclassified: parameters, responses changed",
    ]


def test_a_newly_respelled_path_is_reported() -> None:
    (changed,) = drift(
        [_entry("a.x", "GET", "/a")], [_entry("a.x", "GET", "/a", published_path="/A")]
    ).changed
    assert changed["reasons"] == ["path-template-changed: /a -> /A"]


def _doc(path: str) -> dict[str, Any]:
    op = {"responses": {"200": {"description": "OK"}}}
    return {"paths": {path: {"get": op}}, "components": {}}


def test_without_both_contracts_a_change_is_unclassified() -> None:
    old = [_entry("a.x", "GET", "/a")]
    new = [_entry("a.x", "GET", "/a", responses="r2")]
    only_old = drift(old, new, _doc("/a"), None)
    assert only_old.changed[0]["reasons"] == ["unclassified: responses changed"]
    missing = drift(old, new, _doc("/elsewhere"), _doc("/elsewhere"))
    assert missing.changed[0]["reasons"] == ["unclassified: responses changed"]
