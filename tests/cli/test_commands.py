"""The installed `piwik-pro` script against the sandbox: generated commands and raw calls."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from piwik_pro.testing import Sandbox

from .conftest import Run, ok_json


def _user_paths(sandbox: Sandbox, method: str) -> list[str]:
    return [r.path for r in sandbox.requests if r.method == method and "/users/" in r.path]


def test_list_all_follows_every_page(run: Run, sandbox: Sandbox) -> None:
    """`users list --all` prints one JSON list of every user, fetched page by page."""
    seeded = sandbox.seed("/api/users/v2", 25)
    items = ok_json(run("users", "list", "--all", "--page-size", "10"))
    assert isinstance(items, list)
    assert {str(i) for i in seeded} <= {item["id"] for item in items}
    pages = [r for r in sandbox.requests if r.method == "GET" and r.path == "/api/users/v2"]
    assert len(pages) == len(items) // 10 + 1


def test_invite_get_update_delete(run: Run, sandbox: Sandbox) -> None:
    """The walkthrough from the shell: invite, get, change the language, delete, then 404."""
    invited = ok_json(run("users", "invite", "--set", "email=cli@example.com"))
    user_id = invited["data"]["id"]
    got = ok_json(run("users", "get", user_id))
    assert got["data"]["attributes"]["email"] == "cli@example.com"
    updated = run("users", "update", user_id, "--set", "language=de-DE")
    assert (updated.returncode, updated.stdout) == (0, "")
    assert ok_json(run("users", "get", user_id))["data"]["attributes"]["language"] == "de-DE"
    deleted = run("users", "delete", user_id)
    assert (deleted.returncode, deleted.stdout) == (0, "")
    gone = run("users", "get", user_id)
    assert gone.returncode == 1 and gone.stdout == ""
    assert "NotFoundError: 404 Not Found for GET" in gone.stderr
    assert f"/api/users/v2/{user_id}" in gone.stderr


def test_api_error_exits_1_with_the_error_document(run: Run, sandbox: Sandbox) -> None:
    """A 4xx answer: exit status 1, the message and the JSON:API errors on stderr."""
    invalid = run("users", "invite", "--set", "language=en-US")  # no email: the API says 400
    assert invalid.returncode == 1 and invalid.stdout == ""
    first_line, _, document = invalid.stderr.partition("\n")
    assert first_line.startswith("piwik-pro: BadRequestError: 400")
    errors = json.loads(document)["errors"]
    assert errors and errors[0]["status"] == "400"


def test_update_with_typed_values_and_files(run: Run, sandbox: Sandbox, tmp_path: Path) -> None:
    """--data @file and --data - send the body as given; NAME:=JSON sets a typed value."""
    body = {"data": {"type": "ppms/user", "attributes": {"email": "file@example.com"}}}
    path = tmp_path / "invite.json"
    path.write_text(json.dumps(body))
    from_file = ok_json(run("users", "invite", "--data", f"@{path}"))
    assert from_file["data"]["attributes"]["email"] == "file@example.com"
    body["data"]["attributes"]["email"] = "stdin@example.com"
    from_stdin = ok_json(run("users", "invite", "--data", "-", stdin=json.dumps(body)))
    assert from_stdin["data"]["attributes"]["email"] == "stdin@example.com"
    typed = run("users", "invite", "--set", "email:=42")
    assert typed.returncode == 1 and "400" in typed.stderr  # 42 reached the API as a number


def test_group_command_puts_path_ids_in_order(run: Run, sandbox: Sandbox) -> None:
    """`tag-manager tags get APP_ID TAG_ID` calls /api/tag/v1/APP_ID/tags/TAG_ID."""
    app_id, tag_id = uuid.uuid4(), uuid.uuid4()
    run("tag-manager", "tags", "get", str(app_id), str(tag_id))
    assert (sandbox.requests[-1].method, sandbox.requests[-1].path) == (
        "GET",
        f"/api/tag/v1/{app_id}/tags/{tag_id}",
    )


def test_raw_api_call(run: Run, sandbox: Sandbox) -> None:
    """`api METHOD PATH` sends the path as given, with the operation's media type."""
    page = ok_json(run("api", "GET", "/api/users/v2?limit=1"))
    assert len(page["data"]) == 1
    body = json.dumps({"data": {"type": "ppms/user", "attributes": {"email": "raw@example.com"}}})
    created = ok_json(run("api", "POST", "/api/users/v2/invite", "--data", body))
    assert created["data"]["attributes"]["email"] == "raw@example.com"
    sandbox.seed("/api/users/v2", 12)
    items = ok_json(run("api", "GET", "/api/users/v2?limit=5", "--paginate"))
    assert len(items) >= 13
    assert len([r for r in sandbox.requests if r.path == "/api/users/v2"]) == len(items) // 5 + 2


def test_usage_errors_exit_2(run: Run, sandbox: Sandbox) -> None:
    """Unknown options, bad ids, bad JSON and missing settings: exit 2, nothing sent."""
    before = len(sandbox.requests)
    cases = [
        (["users", "list", "--bogus"], "No such option '--bogus'"),
        (["users", "get", "not-a-uuid"], "'not-a-uuid' is not a valid UUID"),
        (["users", "invite", "--data", "{not json"], "is not valid JSON"),
        (["users", "invite", "--set", "novalue"], "is not NAME=VALUE"),
        (["users", "get"], "Missing argument 'USER_ID'"),
        (["api", "GET", "https://elsewhere.example/x"], "give the path on the account"),
        (["api", "GET", "/api/users/v2/me", "--paginate"], "is not an operation that pages"),
        (["users", "nope"], "No such command 'nope'"),
    ]
    for args, message in cases:
        process = run(*args)
        assert (process.returncode, process.stdout) == (2, ""), args
        assert message in process.stderr, (args, process.stderr)
    assert len(sandbox.requests) == before
    missing = run("users", "list", PIWIK_PRO_CLIENT_SECRET="")
    assert missing.returncode == 2
    assert "--client-secret (or $PIWIK_PRO_CLIENT_SECRET)" in missing.stderr


def test_secret_is_never_printed(run: Run, sandbox: Sandbox) -> None:
    """Refused credentials: exit 1; neither the secret nor a token on any stream."""
    secret = "s3cr3t-" + uuid.uuid4().hex
    refused = run("--client-secret", secret, "users", "list")
    assert refused.returncode == 1 and "AuthenticationError" in refused.stderr
    assert secret not in refused.stdout + refused.stderr
    helped = run("--help", PIWIK_PRO_CLIENT_SECRET=secret)
    assert helped.returncode == 0 and secret not in helped.stdout


def test_output_is_one_compact_document_when_piped(run: Run, sandbox: Sandbox) -> None:
    """Not a terminal: exactly one line of JSON."""
    process = run("users", "get-me")
    assert process.returncode == 0
    assert process.stdout.count("\n") == 1 and process.stdout.endswith("}\n")


def test_analytics_export_writes_csv_with_progress(
    run: Run, sandbox: Sandbox, tmp_path: Path
) -> None:
    """`analytics export` streams every row into the CSV, showing rows done out of the total."""
    import csv

    sandbox.analytics.total_rows = 250
    out = tmp_path / "report.csv"
    process = run(
        "analytics", "export", str(uuid.uuid4()), "--column", "timestamp:to_date",
        "--column", "device_type", "--column", "sessions", "--date-from", "2024-01-01",
        "--date-to", "2024-01-31", "--page-size", "100", "--progress", "--out", str(out),
    )  # fmt: skip
    assert ok_json(process) == {"rows": 250, "out": str(out)}
    assert "export: 100 / 250 rows" in process.stderr
    assert "export: 250 / 250 rows" in process.stderr
    with out.open(newline="") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == 251
    assert lines[0] == ["timestamp__to_date", "device_type", "device_type__label", "sessions"]


def test_analytics_export_refuses_a_bad_query_before_sending(
    run: Run, sandbox: Sandbox, tmp_path: Path
) -> None:
    """An unknown column or an unknown file type: exit 2 with the reason, nothing sent."""
    before = len(sandbox.requests)
    common = ["analytics", "export", str(uuid.uuid4()), "--date-from", "2024-01-01"]
    common += ["--date-to", "2024-01-31"]
    unknown = run(*common, "--column", "no_such_column", "--out", str(tmp_path / "r.csv"))
    assert unknown.returncode == 2 and "no_such_column" in unknown.stderr
    wrong = run(*common, "--column", "sessions", "--out", str(tmp_path / "r.xlsx"))
    assert wrong.returncode == 2 and "name a .csv or .parquet file" in wrong.stderr
    assert len(sandbox.requests) == before and not list(tmp_path.iterdir())
