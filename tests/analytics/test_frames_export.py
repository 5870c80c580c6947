"""DataFrames with catalog dtypes; CSV and Parquet exports streamed page by page."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from piwik_pro import PiwikPro
from piwik_pro.testing import Sandbox

from .conftest import WEBSITE, page_requests

DATES = {"date_from": "2024-01-01", "date_to": "2024-01-31"}
COLUMNS = [
    {"column_id": "timestamp", "transformation_id": "to_date"},
    "device_type",
    "visitor_days_since_last_session",
    "sessions",
    "page_views",
]


def test_dataframe_dtypes_follow_the_catalog(sandbox: Sandbox, client: PiwikPro) -> None:
    """Dates are datetime64, metrics int64, enums split into Int64 ids and string labels."""
    sandbox.analytics.total_rows = 31
    frame = client.analytics.to_dataframe(WEBSITE, COLUMNS, page_size=10, **DATES)
    assert len(frame) == 31 and page_requests(sandbox) == [200] * 4
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes["timestamp__to_date"].startswith("datetime64")
    assert (dtypes["sessions"], dtypes["page_views"]) == ("int64", "int64")
    assert (dtypes["device_type"], dtypes["device_type__label"]) == ("Int64", "string")
    assert dtypes["visitor_days_since_last_session"] == "Int64"  # nullable: row 9 is null
    assert pd.isna(frame["visitor_days_since_last_session"][9])
    assert frame["timestamp__to_date"][30] == pd.Timestamp("2024-01-31")


def test_dataframe_of_raw_sessions(sandbox: Sandbox, client: PiwikPro) -> None:
    """source="sessions" reads the raw data API; ids are int64, timestamps datetime64."""
    sandbox.analytics.total_rows = 5
    frame = client.analytics.to_dataframe(WEBSITE, ["resolution"], source="sessions", **DATES)
    assert list(frame.columns) == ["session_id", "visitor_id", "timestamp", "resolution"]
    assert str(frame["session_id"].dtype) == "int64"
    assert str(frame["timestamp"].dtype).startswith("datetime64")


def test_csv_export_streams_every_row(sandbox: Sandbox, client: PiwikPro, tmp_path: Path) -> None:
    """A .csv gets a header and one line per row, dates in ISO form."""
    sandbox.analytics.total_rows = 2503
    path = tmp_path / "report.csv"
    written = client.analytics.export(path, WEBSITE, COLUMNS, page_size=1000, **DATES)
    with path.open(newline="") as handle:
        lines = list(csv.reader(handle))
    assert written == 2503 and len(lines) == 2504
    assert lines[0] == [
        "timestamp__to_date",
        "device_type",
        "device_type__label",
        "visitor_days_since_last_session",
        "sessions",
        "page_views",
    ]
    assert lines[2][:3] == ["2024-01-02", "1", "Smartphone"]


def test_parquet_export_round_trips(sandbox: Sandbox, client: PiwikPro, tmp_path: Path) -> None:
    """A .parquet file holds every row with typed columns."""
    sandbox.analytics.total_rows = 1500
    path = tmp_path / "report.parquet"
    assert client.analytics.export(path, WEBSITE, COLUMNS, page_size=1000, **DATES) == 1500
    table = pq.read_table(path)
    assert table.num_rows == 1500
    assert str(table.schema.field("sessions").type) == "int64"
    assert str(table.schema.field("timestamp__to_date").type) == "date32[day]"
    assert table.column("device_type__label")[1].as_py() == "Smartphone"


def test_export_progress_shows_rows_out_of_the_count(
    sandbox: Sandbox, client: PiwikPro, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """progress=True writes 'rows done / meta.count' on stderr after each page."""
    sandbox.analytics.total_rows = 250
    client.analytics.export(
        tmp_path / "r.csv", WEBSITE, COLUMNS, page_size=100, progress=True, **DATES
    )
    err = capsys.readouterr().err
    assert "export: 100 / 250 rows" in err and "export: 250 / 250 rows" in err


def test_export_refuses_an_unknown_format(client: PiwikPro, tmp_path: Path) -> None:
    """Only .csv and .parquet are written; the error says so."""
    with pytest.raises(ValueError, match=r"\.csv or \.parquet"):
        client.analytics.export(tmp_path / "r.xlsx", WEBSITE, COLUMNS, **DATES)


def test_pandas_and_pyarrow_are_imported_only_when_used() -> None:
    """Rows, the catalog and the analytics area load without pandas or pyarrow."""
    code = (
        "import sys\nfrom piwik_pro import PiwikPro\nimport piwik_pro.analytics\n"
        "c = PiwikPro('example.piwik.pro', 'id', 'secret')\nc.analytics.iter_rows\n"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'numpy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_missing_extra_names_what_to_install(
    client: PiwikPro, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pandas, to_dataframe says which extra brings it."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'piwik-pro\[pandas\]'"):
        client.analytics.to_dataframe(WEBSITE, COLUMNS, **DATES)
