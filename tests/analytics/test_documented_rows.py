"""Rows parse as the documentation shows them, served by a stub that knows no spec."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from fidelity.conftest import client, docs_yaml, stub
from fidelity.stub import Stub
from piwik_pro import APIResponseValidationError, PiwikPro

from .conftest import WEBSITE

__all__ = ["client", "stub"]  # the fidelity tests' stub service and a client of it

DATES = {"date_from": "2024-01-01", "date_to": "2024-01-31"}


def documented(file: str) -> dict[str, Any]:
    """The documented 200 example of an Analytics HTTP API path."""
    path = docs_yaml(f"custom_reports/http_api/paths/{file}")
    ok = path["post"]["responses"][200]["content"]["application/json"]["schema"]
    example: dict[str, Any] = ok["example"]
    return example


def test_documented_query_rows(stub: Stub, client: PiwikPro) -> None:
    """[["EU", "Europe"], "Blink", 529437, 128334]: an enum pair, a string, two metrics."""
    example = documented("query.yaml")
    stub.answer("POST", "/api/analytics/v1/query/", example)
    columns = ["location_continent_iso_code", "browser_engine", "sessions", "visitors"]
    rows = list(client.analytics.iter_rows(WEBSITE, columns, **DATES))
    assert rows[0] == {
        "location_continent_iso_code": ("EU", "Europe"),
        "browser_engine": "Blink",
        "sessions": 529437,
        "visitors": 128334,
    }
    assert len(rows) == len(example["data"])  # a short page ends the query (count is 42)
    sent = json.loads(stub.calls()[0].body)
    assert (sent["offset"], sent["limit"], sent["columns"][0]) == (
        0,
        10_000,
        {"column_id": "location_continent_iso_code"},
    )


@pytest.mark.parametrize(
    ("method", "file", "path"),
    [
        ("iter_sessions", "sessions.yaml", "/api/analytics/v1/sessions/"),
        ("iter_events", "events.yaml", "/api/analytics/v1/events/"),
    ],
)
def test_documented_raw_rows_follow_meta_columns(
    stub: Stub, client: PiwikPro, method: str, file: str, path: str
) -> None:
    """The default columns listed first in meta.columns get their own keys and types."""
    example = documented(file)
    stub.answer("POST", path, example)
    rows = list(getattr(client.analytics, method)(WEBSITE, ["resolution", "device_type"], **DATES))
    row = rows[0]
    assert list(row) == example["meta"]["columns"]
    assert row["session_id"] == 2132601 and row["visitor_id"] == "2ecf33167d400648"
    assert row["timestamp"] == datetime(2018, 12, 3, 0, 21, 3)
    assert (row["resolution"], row["device_type"]) == ("375x667", (1, "Smartphone"))


def test_documented_real_time_events(stub: Stub, client: PiwikPro) -> None:
    """The real-time raw data example: timestamp first, then the requested columns."""
    stub.answer("POST", "/api/analytics/v1/real-time-events/", documented("real_time_events.yaml"))
    rows = list(
        client.analytics.iter_real_time_events(
            WEBSITE,
            ["resolution", "device_type"],
            date_from="2024-02-10 12:23:00",
            date_to="2024-02-10 12:58:00",
        )
    )
    assert rows == [
        {
            "timestamp": datetime(2018, 12, 3, 0, 21, 3),
            "resolution": "375x667",
            "device_type": (1, "Smartphone"),
        }
    ]


def test_rows_of_the_wrong_width_are_a_validation_error(stub: Stub, client: PiwikPro) -> None:
    """A page whose rows do not have one value per column raises, naming the operation."""
    stub.answer("POST", "/api/analytics/v1/query/", documented("query.yaml"))
    with pytest.raises(APIResponseValidationError, match=r"analytics\.query: .*4 values"):
        list(client.analytics.iter_rows(WEBSITE, ["sessions", "visitors"], **DATES))
