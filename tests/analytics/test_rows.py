"""Row decoding without a server: value forms, nulls, layouts from meta.columns."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from piwik_pro.analytics._query import build_query
from piwik_pro.analytics._rows import PageError, RowDecoder


def decoder(columns: list[Any], api: Any = "query", enums: Any = "pair") -> RowDecoder:
    query = build_query(api, "w", columns, date_from="2024-01-01", date_to="2024-01-02")
    return RowDecoder(query.columns, enums)


def test_mixed_value_forms_in_one_column_are_all_converted() -> None:
    """Dates among datetimes, ids as strings and numbers, nulls: each value gets its type."""
    rows = decoder(["session_id", "resolution"], "sessions")
    rows.setup(["session_id", "timestamp", "resolution"], 3)
    out = rows.decode(
        [["7", "2024-01-01", "a"], [8, "2024-01-01 10:00:00", None], [None, None, "c"]]
    )
    assert [r["session_id"] for r in out] == [7, 8, None]
    assert [r["timestamp"] for r in out] == [date(2024, 1, 1), datetime(2024, 1, 1, 10), None]
    assert [r["resolution"] for r in out] == ["a", None, "c"]


def test_split_enums_and_booleans() -> None:
    """Split enums give id and label keys side by side; int(0,1) columns become bools."""
    rows = decoder(["device_type", "plugin_pdf", "sessions"], enums="split")
    rows.setup(None, 3)
    out = rows.decode([[[1, "Smartphone"], 1, 5], [None, 0, 6]])
    assert out == [
        {"device_type": 1, "device_type__label": "Smartphone", "plugin_pdf": True, "sessions": 5},
        {"device_type": None, "device_type__label": None, "plugin_pdf": False, "sessions": 6},
    ]
    assert rows.output_keys == ["device_type", "device_type__label", "plugin_pdf", "sessions"]


def test_a_row_of_the_wrong_shape_is_named() -> None:
    """A short row, or an object instead of an array, raises PageError showing it."""
    rows = decoder(["sessions", "visitors"])
    rows.setup(None, 2)
    with pytest.raises(PageError, match=r"not an array of 2 values: \[1\]"):
        rows.decode([[1, 2], [1]])
    with pytest.raises(PageError, match="not an array"):
        rows.decode([{"sessions": 1, "visitors": 2}])


def test_meta_columns_that_miss_a_requested_column_are_refused() -> None:
    """meta.columns must hold every requested column (or be the same length)."""
    rows = decoder(["resolution", "device_type"], "sessions")
    with pytest.raises(PageError, match="do not hold the requested columns"):
        rows.setup(["session_id", "resolution", "browser_name"], 3)
