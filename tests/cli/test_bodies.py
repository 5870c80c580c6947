"""Request bodies from --data, --set and --form, built without sending anything."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from piwik_pro.cli._body import build_body, parse_assignment
from piwik_pro.cli._params import RawJson
from piwik_pro.cli._raw import _media_type
from piwik_pro.cli._registry import Command, commands, match_path


def _command(name: str) -> Command:
    return next(c for c in commands() if c.operation.name == name)


def test_set_builds_the_jsonapi_envelope_with_the_path_id() -> None:
    """users.update --set: data.type from the names table, data.id from the path argument."""
    body = build_body(_command("users.update"), None, ("language=de-DE",), (), {"user_id": "U1"})
    assert isinstance(body, RawJson)
    assert body.to_dict() == {
        "data": {"type": "ppms/user", "id": "U1", "attributes": {"language": "de-DE"}}
    }


def test_set_applies_over_data_and_keeps_its_members() -> None:
    """--set overrides one attribute of a --data body and leaves the rest as given."""
    data = json.dumps({"data": {"type": "x", "attributes": {"email": "a@b.c", "language": "en"}}})
    body = build_body(_command("users.invite"), data, ('language:="pl"',), (), {})
    assert isinstance(body, RawJson)
    assert body.to_dict() == {
        "data": {"type": "x", "attributes": {"email": "a@b.c", "language": "pl"}}
    }


def test_a_list_body_needs_a_json_list() -> None:
    """cdp.attributes.create_many takes a JSON list: each item is sent; an object is refused."""
    command = _command("cdp.attributes.create_many")
    assert command.body == "json-list"
    body = build_body(command, '[{"a": 1}, {"b": 2}]', (), (), {})
    assert [item.to_dict() for item in body] == [{"a": 1}, {"b": 2}]
    with pytest.raises(click.BadParameter, match="body is a JSON list"):
        build_body(command, '{"a": 1}', (), (), {})


def test_multipart_operation_takes_form_fields(tmp_path: Path) -> None:
    """The file-import operation: --form NAME=@FILE uploads the file; --data is refused."""
    command = _command("tag_manager.versions.import_from_file")
    assert command.body == "multipart"
    export = tmp_path / "version.json"
    export.write_bytes(b'{"tags": []}')
    body = build_body(command, None, (), (f"file=@{export}",), {"app_id": "A"})
    assert body.to_multipart() == [("file", ("version.json", b'{"tags": []}', "application/json"))]
    with pytest.raises(click.UsageError, match="multipart form"):
        build_body(command, "{}", (), (), {})


@pytest.mark.parametrize("text", ["novalue", "=x", ":=1"])
def test_bad_assignments_are_usage_errors(text: str) -> None:
    """An assignment without a name or without '=' is refused, naming the form to use."""
    with pytest.raises(click.BadParameter, match="NAME=VALUE"):
        parse_assignment(text, "--set")


def test_raw_calls_find_the_operation_and_its_media_type() -> None:
    """api POST /api/users/v2/invite is users.invite, whose body is application/vnd.api+json."""
    op = match_path("post", "/api/users/v2/invite")
    assert op is not None and op.name == "users.invite"
    assert _media_type(op) == "application/vnd.api+json"
    assert match_path("GET", "/api/users/v2/0000/change-role") is None
    tags = match_path("GET", "/api/tag/v1/APP/tags")
    assert tags is not None and tags.name == "tag_manager.tags.list"
