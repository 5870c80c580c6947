"""Earlier real releases (../shared/piwik-openapi-history) go through the pipeline unedited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import build_spec
from pipeline.drift import drift
from pipeline.fetch import is_spec
from pipeline.inventory import build_inventory
from pipeline.vocab import HTTP_METHODS, operations
from shared_files import shared_path

RELEASES = {"18.20": 167, "18.30": 178}


def _published_operations(source: Path) -> int:
    """Operations of every spec file of a release, counted on the files as published."""
    count = 0
    for path in source.glob("*.json"):
        doc = json.loads(path.read_text())
        if is_spec(doc):
            count += sum(1 for item in doc["paths"].values() for m in HTTP_METHODS if m in item)
    return count


@pytest.mark.parametrize(("release", "expected"), RELEASES.items())
def test_every_published_operation_is_merged(release: str, expected: int) -> None:
    """The merged document of an earlier release holds every operation it publishes."""
    source = shared_path(f"piwik-openapi-history/{release}")
    doc, report = build_spec(source)
    assert len(list(operations(doc))) == _published_operations(source) == expected
    webhooks = "customer_data_platform_public_webhooks_api.json"
    assert report["missing_areas"] == ([webhooks] if release == "18.20" else [])
    assert report["new_areas"] == []
    repaired = report["fixes"]
    assert repaired["path_parameters"]["tag_manager_authorized_api_tags.json"] == 1  # {appId}
    if release == "18.20":  # Python type names in the analytics and Audience Manager files
        assert repaired["python_type_names"]["custom_reports_http_api.json"] == 13
        assert repaired["python_type_names"]["audience_manager_authorized_api.json"] == 2
        # limit and offset: of four list operations and the shared components, Swagger-style
        assert (
            repaired["parameter_without_schema"]["custom_reports_object_management_api.json"] == 10
        )


DOCUMENTATION = {"description", "summary", "example", "examples", "title", "externalDocs"}
WEBHOOKS = "customer_data_platform_public_webhooks_api.json"


def _resolved(node: Any, doc: dict[str, Any], stack: tuple[str, ...] = ()) -> Any:
    """A published operation with its local references inlined, documentation left out."""
    if isinstance(node, list):
        return [_resolved(v, doc, stack) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        if ref in stack:
            return {"$recursive": ref}
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part]
        return _resolved(target, doc, (*stack, ref))
    keep = {k: v for k, v in node.items() if k not in DOCUMENTATION and not k.startswith("x-")}
    return {k: _resolved(v, doc, stack) for k, v in keep.items()}


def _published(source: Path) -> dict[str, Any]:
    """ "METHOD /path" -> the operation as published (path parameters as declared)."""
    ops: dict[str, Any] = {}
    for path in sorted(source.glob("*.json")):
        doc = json.loads(path.read_text())
        if not is_spec(doc):
            continue
        for route, item in doc["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    op = _resolved({**item[method], "shared": item.get("parameters")}, doc)
                    ops[f"{method.upper()} {route.replace('{appId}', '{app_id}')}"] = op
    return ops


@pytest.fixture(scope="module")
def drift_18_20() -> Any:
    """The drift from 18.20 to the current release, as ``make regen`` reports it."""
    old_doc, old_report = build_spec(shared_path("piwik-openapi-history/18.20"))
    new_doc, new_report = build_spec(shared_path("piwik-openapi"))
    old = build_inventory(old_doc, old_report["derived_names"])
    new = build_inventory(new_doc, new_report["derived_names"])
    return drift(old, new, old_doc, new_doc)


def test_18_20_added_operations_and_area(drift_18_20: Any) -> None:
    """All 11 added operations, 8 of them in the webhooks file, reported as a new area."""
    published_old, published_new = (
        _published(shared_path("piwik-openapi-history/18.20")),
        _published(shared_path("piwik-openapi")),
    )
    expected = sorted(k for k in published_new if k not in published_old)
    assert len(expected) == 11
    assert sorted(f"{o['method']} {o['path']}" for o in drift_18_20.added) == expected
    webhooks = json.loads((shared_path("piwik-openapi") / WEBHOOKS).read_text())["paths"]
    in_file = {
        f"{m.upper()} {p}" for p, item in webhooks.items() for m in item if m in HTTP_METHODS
    }
    assert len(in_file) == 8 and in_file <= set(expected)
    assert drift_18_20.areas == {"added": [WEBHOOKS], "removed": []}
    assert (drift_18_20.removed, drift_18_20.moved, drift_18_20.skipped) == ([], [], [])
    assert (
        drift_18_20.summary()
        == "drift: 11 added, 0 removed, 0 moved, 46 changed (37 breaking), 0 skipped"
    )


# Operations whose published form differs only in defects that the pipeline repairs on
# both sides (Python type names, Swagger-style parameters): nothing changed for callers.
REPAIRED_ONLY = {
    "GET /api/analytics/v1/manage/goals/",
    "GET /api/analytics/v1/manage/custom-dimensions/",
    "GET /api/analytics/v1/manage/annotation/user/",
    "GET /api/analytics/v1/manage/annotation/system/",
    "POST /api/analytics/v1/sessions/",
    "POST /api/analytics/v1/events/",
    "POST /api/analytics/v1/real-time-events/",
}


def test_18_20_changes_are_exactly_those_in_the_files(drift_18_20: Any) -> None:
    """Every operation that differs in the files is reported, and no other."""
    published_old, published_new = (
        _published(shared_path("piwik-openapi-history/18.20")),
        _published(shared_path("piwik-openapi")),
    )
    differing = {
        k for k, op in published_old.items() if k in published_new and published_new[k] != op
    }
    reported = {f"{c['method']} {c['path']}" for c in drift_18_20.changed}
    assert reported == differing - REPAIRED_ONLY
    assert differing >= REPAIRED_ONLY


def test_18_20_breaking_changes(drift_18_20: Any) -> None:
    """The Tag Manager ids retyped str -> UUID and the analytics sort keys typed are
    breaking; the other changes (new optional fields and parameters) are not."""
    by_name = {c["name"]: c for c in drift_18_20.changed}
    breaking = {name for name, c in by_name.items() if c["breaking"]}
    tag_manager = {name for name in by_name if name.startswith("tag_manager.")}
    assert len(tag_manager) == 35
    assert breaking == tag_manager | {"analytics.query", "analytics.real_time_query"}
    tags_list = by_name["tag_manager.tags.list"]["reasons"]
    assert tags_list == [
        "parameter-retyped: path app_id: str -> UUID",
        "response-field-retyped: 200 data[].id: str -> UUID",
    ]
    template = "path-template-changed: /api/tag/v1/{appId}/tags/{tag_id} -> "
    assert (
        template + "/api/tag/v1/{app_id}/tags/{tag_id}"
        in by_name["tag_manager.tags.get"]["reasons"]
    )
    assert (
        by_name["analytics.query"]["reasons"][1]
        == "request-field-retyped: body order_by[][]: Any -> int | str"
    )
    assert by_name["tracker_debugger.get_logs"]["reasons"] == [
        "response-field-added: 200 query_params.dda"
    ]
    assert by_name["tracking.track"]["reasons"] == [
        "optional-parameter-added: query dda",
        "format-changed: query res: {height}x{width} -> {width}x{height}",
    ]
    assert by_name["apps.create"]["reasons"] == [
        "optional-request-field-added: body data.attributes.realTimeDashboards",
        "response-field-added: 201 data.attributes.realTimeDashboards",
    ]
