"""Replay: every operation's cassette plays back through the facade with the network blocked."""

from __future__ import annotations

import dataclasses
import io

import httpx
import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

from recording.calls import CASSETTES, Call, build_calls, load_spec, operations

from .replay import NetworkBlocked, blocked_network, coverage_problems, replay

CALLS = build_calls()


@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
def test_operation_replays(call: Call, no_network: None) -> None:
    """The facade call replays from its cassette and returns the method's declared type."""
    replay(call)


def test_every_operation_has_one_cassette() -> None:
    """Every operation of the spec has a cassette and no cassette is orphaned."""
    names = [op.name for op in operations(load_spec())]
    assert coverage_problems(names) == {}
    assert len(sorted(CASSETTES.glob("*/*.yaml"))) == len(set(names)) == len(CALLS)


def _plain(value: object) -> object:
    """A call's arguments as plain data (file payloads read, models as dicts)."""
    if isinstance(value, io.BytesIO):
        return value.getvalue()
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict())
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def test_calls_are_deterministic() -> None:
    """Building the calls twice gives equal calls (recording and replay make the same one)."""
    again = build_calls()
    assert [(c.name, c.args, _plain(c.kwargs)) for c in again] == [
        (c.name, c.args, _plain(c.kwargs)) for c in CALLS
    ]


def test_replay_rejects_a_request_the_cassette_lacks(no_network: None) -> None:
    """A call that differs from the recorded one (an extra query parameter) fails replay."""
    call = next(c for c in CALLS if c.name == "users.list")
    changed = dataclasses.replace(call, kwargs={**call.kwargs, "limit": 7})
    with pytest.raises(CannotOverwriteExistingCassetteException):
        replay(changed)


def test_network_is_blocked() -> None:
    """Inside the replay guard no connection can be opened."""
    with blocked_network(), pytest.raises(NetworkBlocked):
        httpx.get("http://127.0.0.1:9/", timeout=1)
