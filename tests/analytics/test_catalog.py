"""The column catalog: generated from the documentation sources, and current with them."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest

from pipeline.catalog import CATALOG, DIMENSIONS_RST, parse_grid_table, write_catalog
from pipeline.config import ROOT, PipelineError
from piwik_pro.analytics import (
    DimensionId,
    MetricId,
    TransformationId,
    UnknownColumnError,
    column_info,
    columns,
    enum_labels,
    transformations,
)
from shared_files import shared_path  # also puts scripts/ on sys.path


def test_committed_catalog_matches_the_documentation(tmp_path: Path) -> None:
    """Regenerating from ../shared/piwik-docs gives the committed files byte for byte."""
    docs = shared_path("piwik-docs")
    assert (docs / DIMENSIONS_RST).is_file(), f"the column tables are expected in {docs}"
    written = write_catalog(tmp_path, docs)
    assert written == (CATALOG.relative_to(ROOT),)
    fresh = tmp_path / written[0]
    names = sorted(p.name for p in fresh.glob("*.py"))
    assert names == sorted(p.name for p in CATALOG.glob("*.py"))
    for name in names:
        assert (fresh / name).read_text() == (CATALOG / name).read_text(), f"{name} is stale"


def test_missing_documentation_skips_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the docs nothing is written and a line says why."""
    assert write_catalog(tmp_path, tmp_path / "no-docs") == ()
    assert "catalog: skipped" in capsys.readouterr().out
    assert not any(tmp_path.rglob("*.py"))


def test_documented_entries_are_read_with_their_attributes() -> None:
    """Ids, types, APIs, nullability and enum tables come from the tables as written."""
    visitor = column_info("visitor_id")
    assert (visitor.kind, visitor.type, visitor.query, visitor.raw_data) == (
        "dimension",
        "hex",
        True,
        True,
    )
    timestamp = column_info("timestamp")
    assert (timestamp.type, timestamp.raw_data, timestamp.nullable) == ("date", False, False)
    session_id = column_info("session_id")
    assert (session_id.query, session_id.raw_data, session_id.real_time) == (False, True, False)
    device = column_info("device_type")
    assert device.enum == "device_type" and device.nullable is True
    assert enum_labels("device_type")[1] == "Smartphone"
    assert column_info("sessions").kind == "metric"
    assert column_info("event_custom_dimension_42").id == "event_custom_dimension_*"
    by_id = {t.id: t for t in transformations()}
    assert (
        by_id["to_date"].source_types == ("date", "datetime")
        and by_id["to_date"].result == "dimension"
    )
    assert by_id["sum"].result == "metric" and by_id["sum"].result_type is None


def test_literal_ids_cover_the_catalog() -> None:
    """DimensionId/MetricId/TransformationId list every documented id (slot families aside)."""
    entries = list(columns())
    dims = {c.id for c in entries if c.kind == "dimension" and "*" not in c.id}
    mets = {c.id for c in entries if c.kind == "metric"}
    assert set(typing.get_args(DimensionId)) == dims and len(dims) > 200
    assert set(typing.get_args(MetricId)) == mets and len(mets) > 50
    assert set(typing.get_args(TransformationId)) == {t.id for t in transformations()}


def test_unknown_column_suggests_close_ids() -> None:
    """A typo gets the nearest documented ids."""
    with pytest.raises(UnknownColumnError) as caught:
        column_info("page_view")
    assert "page_views" in caught.value.suggestions


def test_changed_table_layout_is_a_pipeline_error() -> None:
    """A table whose rows do not match its header fails regeneration with the file named."""
    text = ".. table:: T\n\n    |A|B|\n    +=+=+\n    |1|2|3|\n"
    with pytest.raises(PipelineError, match=r"x\.rst: a row has 3 cells"):
        parse_grid_table(text, "x.rst")
