"""Each validation rule raises its typed error, naming the problem, before any request."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from piwik_pro import PiwikPro
from piwik_pro.analytics import (
    Column,
    DateRangeError,
    FilterError,
    LimitError,
    QueryValidationError,
    TransformationError,
    UnknownColumnError,
    UnsupportedColumnError,
    where,
)
from piwik_pro.testing import Sandbox

from .conftest import WEBSITE

DATES = {"date_from": "2024-01-01", "date_to": "2024-01-31"}
# (method, columns, keyword arguments, error class, words the message must hold)
CASES: list[tuple[str, list[Any], dict[str, Any], type[QueryValidationError], str]] = [
    ("iter_rows", ["sesions"], DATES, UnknownColumnError, "did you mean 'sessions'"),
    ("iter_rows", ["session_id"], DATES, UnsupportedColumnError, "not available in the query API"),
    ("iter_sessions", ["sessions"], DATES, UnsupportedColumnError, "not available in the raw data"),
    ("iter_rows", [{"column_id": "browser_name", "transformation_id": "to_date"}], DATES,
     TransformationError, "takes date, datetime columns"),
    ("iter_rows", [{"column_id": "timestamp", "transformation_id": "to_dat"}], DATES,
     TransformationError, "did you mean 'to_date'"),
    ("iter_rows", [{"column_id": "sessions", "transformation_id": "sum"}], DATES,
     TransformationError, "is a metric"),
    ("iter_sessions", [{"column_id": "session_total_time", "transformation_id": "sum"}], DATES,
     QueryValidationError, "returns dimensions only"),
    ("iter_rows", ["sessions", Column("sessions")], DATES, QueryValidationError,
     "give one a name="),
    ("iter_rows", [], DATES, QueryValidationError, "at least one column"),
    ("iter_rows", ["sessions"], {"filters": where("browser_name", "gt", "FF"), **DATES},
     FilterError, "operator 'gt' does not fit 'browser_name'"),
    ("iter_rows", ["sessions"], {"filters": where("device_type", "eq", "Smartphone"), **DATES},
     FilterError, "enum filters take the id"),
    ("iter_rows", ["sessions"], {"filters": where("sessions", "gt", 3), **DATES},
     UnsupportedColumnError, "filters take dimensions"),
    ("iter_rows", ["sessions"], {"metric_filters": where("sessions", "contains", "x"), **DATES},
     FilterError, "operator 'contains'"),
    ("iter_rows", ["sessions"], {"metric_filters": where("browser_name", "eq", 1), **DATES},
     UnsupportedColumnError, "metric_filters take metrics"),
    ("iter_rows", ["sessions"], {"filters": {"operator": "xor", "conditions": []}, **DATES},
     FilterError, "'and' or 'or'"),
    ("iter_rows", ["sessions"], {}, DateRangeError, "give date_from and date_to"),
    ("iter_rows", ["sessions"], {"relative_date": "last_400_days"}, DateRangeError,
     "1 <= X <= 365"),
    ("iter_rows", ["sessions"], {"relative_date": "today", **DATES}, DateRangeError, "not both"),
    ("iter_rows", ["sessions"], {"date_from": "2024-02-01", "date_to": "2024-01-01"},
     DateRangeError, "is after date_to"),
    ("iter_rows", ["sessions"], {"date_from": "01/02/2024", "date_to": "2024-01-01"},
     DateRangeError, "not a date"),
    ("iter_rows", ["sessions"], {"split": "day", "date_from": datetime(2024, 1, 1, 5),
     "date_to": date(2024, 1, 2)}, DateRangeError, "split needs"),
    ("iter_real_time_events", [], {"date_from": "2024-01-01", "date_to": "2024-01-02"},
     DateRangeError, "takes datetimes"),
    ("iter_real_time_rows", ["events"], {"lookback_window": 0}, DateRangeError, "lookback_window"),
    ("iter_rows", ["sessions"], {"page_size": 100_001, **DATES}, LimitError, "1..100,000"),
    ("iter_rows", ["sessions"], {"max_rows": -1, **DATES}, LimitError, "max_rows"),
    ("iter_rows", ["sessions"], {"order_by": [(3, "desc")], **DATES}, LimitError, "index below 1"),
    ("iter_rows", ["sessions"], {"order_by": [("sessions", "down")], **DATES}, LimitError,
     "'asc' | 'desc'"),
    ("iter_sessions", [], {"order_by": [(0, "asc")], **DATES}, TypeError, "order_by"),
]  # fmt: skip


@pytest.mark.parametrize(("method", "columns", "kwargs", "error", "words"), CASES)
def test_rule_raises_typed_error_before_any_request(
    sandbox: Sandbox,
    client: PiwikPro,
    method: str,
    columns: list[Any],
    kwargs: dict[str, Any],
    error: type[Exception],
    words: str,
) -> None:
    """The error is raised by the call itself, names the fault, and nothing is sent."""
    with pytest.raises(error) as caught:
        getattr(client.analytics, method)(WEBSITE, columns, **kwargs)
    assert words in str(caught.value)
    assert sandbox.requests == []


def test_validation_errors_are_value_errors_naming_the_field(client: PiwikPro) -> None:
    """QueryValidationError is also a ValueError and says which part of the query is wrong."""
    with pytest.raises(ValueError, match=r"^columns\[1\]: unknown column") as caught:
        client.analytics.iter_rows(WEBSITE, ["sessions", "bogus_column"], **DATES)
    assert isinstance(caught.value, QueryValidationError) and caught.value.field == "columns[1]"


def test_a_valid_query_with_every_form_passes(sandbox: Sandbox, client: PiwikPro) -> None:
    """Ids, API dicts, Column helpers, slot columns, filters and order_by keys all pass."""
    sandbox.analytics.total_rows = 3
    columns = [
        "browser_name",
        {"column_id": "timestamp", "transformation_id": "to_start_of_week"},
        Column("visitor_id", "unique_count", name="visitors"),
        "event_custom_dimension_17",
        "sessions",
    ]
    rows = client.analytics.iter_rows(
        WEBSITE,
        columns,
        date_from=date(2024, 1, 1),
        date_to=date(2024, 1, 31),
        filters=[where("browser_name", "eq", "FF"), where("device_type", "eq", 1)],
        metric_filters=where("sessions", "gte", 2),
        order_by=[("sessions", "desc"), (0, "asc")],
    )
    keys = list(next(iter(rows)))
    assert keys == [
        "browser_name",
        "timestamp__to_start_of_week",
        "visitors",
        "event_custom_dimension_17",
        "sessions",
    ]
