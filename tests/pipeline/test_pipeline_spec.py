"""The merged document: every operation, named from the table, valid OpenAPI 3.0."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator

from pipeline import fetch
from pipeline.config import REPAIRED_SPEC, PipelineError, load_areas, load_names, operation_key
from pipeline.vocab import X_FRIENDLY_NAME, operations

EXPECTED_OPERATIONS = 178  # the published docs release pinned in specs/areas.toml

Built = tuple[dict[str, Any], dict[str, Any]]


def _published_keys(upstream: Path) -> list[tuple[str, str]]:
    """("METHOD /path", area) of every operation of the published files, as published."""
    _, files = load_areas()
    docs = fetch.fetch(files, upstream).docs
    return [
        (operation_key(method, path), spec.area)
        for spec in files
        for path, method, _, _ in operations(docs[spec.file])
    ]


def test_document_has_every_published_operation(built: Built, upstream: Path) -> None:
    """The merged document holds all 178 operations of the published files."""
    doc, _ = built
    merged = [operation_key(m, p) for p, m, _, _ in operations(doc)]
    published = [key for key, _ in _published_keys(upstream)]
    assert len(merged) == EXPECTED_OPERATIONS
    assert sorted(merged) == sorted(published)


def test_operation_ids_come_from_the_names_table(built: Built) -> None:
    """Each operationId and friendly name is the names table's entry, and ids are unique."""
    doc, report = built
    names = load_names()
    ids = []
    for path, method, op, _ in operations(doc):
        name = names[operation_key(method, path)]
        assert op["operationId"] == name.operation_id
        assert op[X_FRIENDLY_NAME] == name.dotted
        assert op["tags"] == [name.tag]
        ids.append(op["operationId"])
    assert len(set(ids)) == len(ids) == EXPECTED_OPERATIONS
    assert report["derived_names"] == []


def test_document_is_valid_openapi_30(built: Built) -> None:
    """openapi-spec-validator finds no error in the merged document."""
    doc, _ = built
    errors = list(OpenAPIV30SpecValidator(copy.deepcopy(doc)).iter_errors())
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(_causes(errors))


def test_committed_spec_is_valid_openapi_30() -> None:
    """The committed repaired spec (what the sandbox serves, read without the published
    files) is valid OpenAPI 3.0 too."""
    doc = json.loads(REPAIRED_SPEC.read_text())
    errors = list(OpenAPIV30SpecValidator(doc).iter_errors())
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(_causes(errors))
    assert len(list(operations(doc))) == EXPECTED_OPERATIONS


def _causes(errors: list[Any]) -> list[str]:
    """The innermost reasons of validation errors, without the Reference-object alternative."""
    lines = []
    for error in errors:
        stack, leaves = [error], []
        while stack:
            node = stack.pop()
            leaves += [c for c in node.context or [] if not c.context]
            stack += [c for c in node.context or [] if c.context]
        reasons = [c for c in leaves if c.validator != "required"] or [error]
        lines += ["/".join(map(str, c.absolute_path)) + ": " + c.message[:120] for c in reasons]
    return lines


def test_every_published_operation_has_a_name(built: Built) -> None:
    """Every operation of the merged document (published paths as repaired) has an entry
    under its file's area: none got a derived name."""
    doc, report = built
    names = load_names()
    areas = {spec.file: spec.area for spec in load_areas()[1]}
    assert report["derived_names"] == []
    wrong_area = [
        key
        for path, method, op, _ in operations(doc)
        if (key := operation_key(method, path)) in names
        and names[key].area != areas[op["x-piwik-file"]]
    ]
    assert wrong_area == []


def test_names_table_has_no_unused_entries(built: Built) -> None:
    """Every entry of specs/names.toml names an operation of some spec."""
    _, report = built
    assert report["unused_names"] == []


BAD_TABLES = {
    "not snake_case": '[users]\n"GET /a" = "listAll"\n',
    "reserved iter_ prefix": '[users]\n"GET /a" = "iter_all"\n',
    "reserved with_ prefix": '[users]\n"GET /a" = "with_raw"\n',
    "leading underscore": '[users]\n"GET /a" = "_list"\n',
    "bad area": '[Users]\n"GET /a" = "list"\n',
    "bad group": '[users.Admin]\n"GET /a" = "list"\n',
    "same dotted name twice": '[users]\n"GET /a" = "list"\n"GET /b" = "list"\n',
    "group shadows a method": '[users]\n"GET /a" = "admin"\n[users.admin]\n"GET /b" = "list"\n',
}


@pytest.mark.parametrize("table", BAD_TABLES.values(), ids=list(BAD_TABLES))
def test_names_breaking_the_rules_are_refused(table: str, tmp_path: Path) -> None:
    """A names table entry that breaks a naming rule raises PipelineError."""
    path = tmp_path / "names.toml"
    path.write_text(table)
    with pytest.raises(PipelineError):
        load_names(path)


def test_names_following_the_rules_load(tmp_path: Path) -> None:
    """A table following the rules loads into dotted names, operationIds and tags."""
    path = tmp_path / "names.toml"
    path.write_text('[users]\n"GET /a" = "list"\n[users.admin]\n"GET /b" = "list"\n')
    names = load_names(path)
    assert names["GET /a"].dotted == "users.list"
    assert names["GET /b"].operation_id == "users_admin_list"
    assert names["GET /b"].tag == "users_admin"
