"""Earlier real releases (../shared/piwik-openapi-history) go through the pipeline unedited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import build_spec
from pipeline.config import HTTP_METHODS
from pipeline.fetch import is_spec
from pipeline.fixes import operations
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
