"""Every spec fix still repairs a defect that is present upstream."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import load_areas
from pipeline.convert import convert_document
from pipeline.fixes import FIXES, Fix

CASES = [(fix, file) for fix in FIXES for file in fix.files]


@pytest.mark.parametrize(("fix", "file"), CASES, ids=[f"{f.name}:{file}" for f, file in CASES])
def test_fix_still_finds_its_defect(fix: Fix, file: str, upstream: Path) -> None:
    """A fix changes a fresh copy of each of its files (else upstream fixed it: remove the fix)."""
    doc = json.loads((upstream / file).read_text())
    convert_document(doc)  # the fixes see OpenAPI 3.0
    for earlier in FIXES[: FIXES.index(fix)]:  # the state the fix sees in the pipeline
        if file in earlier.files or earlier.general:
            earlier.apply(doc)
    assert fix.apply(doc) > 0, f"{fix.name} changed nothing in {file}: {fix.defect}"


def test_fixes_name_published_files_and_defects() -> None:
    """Each fix names only files of the area list and documents the defect it repairs."""
    _, files = load_areas()
    published = {spec.file for spec in files}
    for fix in FIXES:
        assert set(fix.files) <= published, (
            f"{fix.name}: {set(fix.files) - published} not in areas.toml"
        )
        assert fix.defect, f"{fix.name}: the function needs a docstring naming the defect"
    assert len({fix.name for fix in FIXES}) == len(FIXES)
