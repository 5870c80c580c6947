"""When the published specs cannot be downloaded, regeneration stops and says what to do.

The download path is exercised against servers on 127.0.0.1: one answering 404 to every
file (the address no longer serves them), one answering 500, and a closed port.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from pipeline import cli, fetch
from pipeline.config import PipelineError, SpecFile
from support.serving import serving

RELEASE = "9.99"
WHAT_TO_DO = "run `make regen FROM=dir`; the committed spec and generated code are unchanged"


@contextmanager
def answering(status: int) -> Iterator[str]:
    """A server on 127.0.0.1 answering every GET with ``status``; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_error(status)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Handler) as url:
        yield f"{url}/"


def closed_port_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def files(base: str) -> list[SpecFile]:
    return [SpecFile(f"{area}_api.json", area, f"{base}{area}_api.json") for area in ("a", "b")]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No spec files beside the checkout and an empty download cache."""
    monkeypatch.setattr(cli, "DEFAULT_FROM", tmp_path / "absent")
    monkeypatch.setattr(fetch, "UPSTREAM_CACHE", tmp_path / "cache")
    return tmp_path / "cache"


def test_every_file_answering_404_stops_regen_with_what_to_do(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """All downloads 404: `make regen` fails naming the URLs, FROM=dir, and writes nothing."""
    out = tmp_path / "out"
    with answering(404) as base:
        monkeypatch.setattr(cli, "load_areas", lambda: (RELEASE, files(base)))
        assert cli.main(["--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "regen: no spec file of specs/areas.toml found in any of the published URLs" in printed
    assert f"docs release {RELEASE}" in printed and WHAT_TO_DO in printed
    assert not out.exists()
    assert not any(path.is_file() for path in cache.rglob("*"))


@pytest.mark.parametrize("server", ["500", "refused"])
def test_failed_download_names_the_url_and_what_to_do(cache: Path, server: str) -> None:
    """A download that fails (5xx, connection refused) names the URL and FROM=dir; no cache."""
    with answering(500) as base:
        listed = files(base if server == "500" else closed_port_url())
        with pytest.raises(PipelineError) as raised:
            fetch.fetch(listed, None, RELEASE)
    message = str(raised.value)
    assert message.startswith(f"could not download {listed[0].url} (")
    assert WHAT_TO_DO in message and "Where the specs come from" in message
    assert not any(path.is_file() for path in cache.rglob("*"))
