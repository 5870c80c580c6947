"""Documented response bodies, served by a stub service, parse through the facade."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from piwik_pro import PiwikPro
from piwik_pro_api.models import (
    AnalyticsQueryBody,
    AnalyticsRealTimeEventsBody,
    AnalyticsRealTimeQueryBody,
    AnalyticsSessionsBody,
)

from .conftest import docs_yaml, upstream_json
from .stub import Stub

WEBSITE = "70236925-724f-404e-b634-7b5633bc0bcc"
COLUMNS = [{"column_id": "device_type"}]
# facade method, path, documentation file of the path, request body model
ROWS_OPERATIONS = [
    ("query", "/api/analytics/v1/query/", "query.yaml", AnalyticsQueryBody),
    ("real_time_query", "/api/analytics/v1/real-time-query/", "real_time_query.yaml",
     AnalyticsRealTimeQueryBody),
    ("sessions", "/api/analytics/v1/sessions/", "sessions.yaml", AnalyticsSessionsBody),
    ("events", "/api/analytics/v1/events/", "events.yaml", AnalyticsSessionsBody),
    ("real_time_events", "/api/analytics/v1/real-time-events/", "real_time_events.yaml",
     AnalyticsRealTimeEventsBody),
]  # fmt: skip


def documented_ok(file: str) -> dict[str, Any]:
    """The example of the documented 200 response of an Analytics HTTP API path."""
    path = docs_yaml(f"custom_reports/http_api/paths/{file}")
    example: dict[str, Any] = path["post"]["responses"][200]["content"]["application/json"][
        "schema"
    ]["example"]
    return example


def request_body(model: Any) -> Any:
    """A small valid body for ``model``: the fields below that it has."""
    values = {"website_id": WEBSITE, "columns": COLUMNS, "date_from": "2024-01-01",
              "date_to": "2024-01-31", "lookback_window": 30}  # fmt: skip
    names = {field.name for field in attrs.fields(model)}
    return model.from_dict({k: v for k, v in values.items() if k in names})


@pytest.mark.parametrize(("method", "path", "file", "body"), ROWS_OPERATIONS,
                         ids=[op[0] for op in ROWS_OPERATIONS])  # fmt: skip
def test_documented_rows_parse(
    client: PiwikPro, stub: Stub, method: str, path: str, file: str, body: Any
) -> None:
    """Rows come as arrays with meta.count (and meta.columns): parsed and given back intact."""
    documented = documented_ok(file)
    assert all(isinstance(row, list) for row in documented["data"]), "rows are no longer arrays"
    stub.answer("POST", path, documented)
    result = getattr(client.analytics, method)(body=request_body(body))
    assert result.to_dict() == documented
    assert result.data == documented["data"]
    assert result.meta.count == documented["meta"]["count"]
    assert result.meta.columns == documented["meta"].get("columns", result.meta.columns)
    assert [s.path for s in stub.calls()] == [path]


def test_rows_columns_are_modelled(client: PiwikPro, stub: Stub) -> None:
    """`meta.columns` of an aggregated query is a typed field, not an unknown extra."""
    answer = {"data": [[["EU", "Europe"], 3]], "meta": {"columns": ["continent", "visitors"],
                                                      "count": 1}}  # fmt: skip
    stub.answer("POST", "/api/analytics/v1/query/", answer)
    result = client.analytics.query(body=request_body(AnalyticsQueryBody))
    assert result.meta.columns == ["continent", "visitors"]
    assert result.meta.additional_properties == {}


def draft_example() -> dict[str, Any]:
    """The documented answer of `GET /api/tag/v1/{app_id}/versions/draft`."""
    spec = upstream_json("tag_manager_authorized_api_versions.json")
    ok = spec["paths"]["/api/tag/v1/{app_id}/versions/draft"]["get"]["responses"]["200"]
    example: dict[str, Any] = ok["content"]["application/vnd.api+json"]["example"]
    return example


def test_draft_version_parses_with_null_publisher(client: PiwikPro, stub: Stub) -> None:
    """The draft's `publisher` and `published_at` are null (upstream `enum: [null]`), kept so."""
    documented = draft_example()
    attributes = documented["data"]["attributes"]
    assert attributes["publisher"] is None and attributes["published_at"] is None
    app = "0f7a5b4e-0f3d-4b1a-9f3e-2d2c0a0b6a11"
    stub.answer("GET", f"/api/tag/v1/{app}/versions/draft", documented,
                media="application/vnd.api+json")  # fmt: skip
    draft = client.tag_manager.versions.get_draft(app)
    assert draft.data.attributes.publisher is None
    assert draft.data.attributes.published_at is None
    assert draft.to_dict() == documented
