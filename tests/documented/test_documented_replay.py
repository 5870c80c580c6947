"""The facade against Piwik PRO's own examples: documented requests and answers replayed.

Each fixture (``fixtures.py``) is a cassette whose request body and answer are the
documented ones: the facade must send the documented body (compared as parsed JSON, and
valid under the spec) and parse the documented answer into the method's declared model,
or raise the typed error of a documented error answer. Needs ``../shared`` (else skipped
with the reason, like every test reading the published files).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cassettes.replay import blocked_network, replay
from piwik_pro import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

from .fixtures import Fixture, documented_errors, documented_fixtures, write_cassette

# the README's error table
_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _fixtures(build: Any) -> list[Fixture]:
    try:
        return list(build())
    except pytest.skip.Exception:  # no ../shared: one skipped test says why
        return []


SUCCESS = _fixtures(documented_fixtures)
ERRORS = _fixtures(documented_errors)


@pytest.mark.parametrize("fixture", SUCCESS, ids=[f.id for f in SUCCESS])
def test_documented_exchange_replays(fixture: Fixture, tmp_path: Path) -> None:
    """The facade sends the documented body and returns the documented answer as its model."""
    write_cassette(fixture, tmp_path)
    with blocked_network():
        result = replay(fixture.call, tmp_path)
    if fixture.response is not None and isinstance(fixture.response.value, dict):
        to_dict = getattr(result, "to_dict", None)
        assert to_dict is not None, f"{fixture.call.name} returned {type(result).__name__}"
        assert to_dict() == fixture.response.value


@pytest.mark.parametrize("fixture", ERRORS, ids=[f"{f.id} {f.status}" for f in ERRORS])
def test_documented_error_raises_its_typed_error(fixture: Fixture, tmp_path: Path) -> None:
    """A documented error answer becomes the error class of its status, with its body
    and the server's words in the message."""
    write_cassette(fixture, tmp_path)
    expected = ServerError if fixture.status >= 500 else _ERRORS.get(fixture.status, APIStatusError)
    with blocked_network(), pytest.raises(APIStatusError) as raised:
        replay(fixture.call, tmp_path)
    error = raised.value
    assert type(error) is expected
    assert error.status_code == fixture.status
    assert fixture.response is not None
    assert error.body == fixture.response.value
    words = _server_words(fixture.response.value)
    if words:
        assert any(w in str(error) for w in words), (str(error), words)
        assert error.errors


def _server_words(body: Any) -> list[str]:
    """The texts a documented error body gives its first error (title, detail, message)."""
    item = body
    if isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
        item = body["errors"][0]
    if not isinstance(item, dict):
        return []
    keys = ("detail", "title", "message", "error_description")
    return [
        " ".join(item[k].split()) for k in keys if isinstance(item.get(k), str) and item[k].strip()
    ]


def test_the_corpus_gives_fixtures_of_every_kind() -> None:
    """Answers, request bodies (built from attributes and as models) and errors are covered."""
    if not SUCCESS:
        documented_fixtures()  # skips, naming the missing files
    assert len({f.call.name for f in SUCCESS}) >= 40
    assert {f.via for f in SUCCESS} >= {"none", "body", "attributes"}
    assert any(f.response is None for f in SUCCESS)  # a documented request, answer recorded
    assert len(ERRORS) >= 100
    assert {f.status // 100 for f in ERRORS} == {4, 5}
