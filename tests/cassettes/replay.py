"""Replaying one operation's cassette through the facade, with the network blocked.

Used by ``test_replay.py`` and by the drift runner: a fresh ``PiwikPro`` client on
``https://example.piwik.pro`` with placeholder credentials makes the call that
``recording.calls`` builds; vcrpy (``record_mode="none"``) answers the token request and the
call from the cassette, and any request the cassette does not have fails (the match
includes the body, see ``scrub.MATCH_ON``; the live request is scrubbed exactly as
recording scrubbed the recorded one before the two are compared). Every request the
facade sends is also validated against the spec
(``validate.CassetteValidator.request_problems``), so a request that the cassette and
the facade agree on but the spec forbids still fails. The result must have the
method's declared return type, and every recorded request must be made.
"""

from __future__ import annotations

import inspect
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from recording.calls import (
    CASSETTES,
    PLACEHOLDER,
    REPLAY_HOST,
    Call,
    cassette_path,
    load_spec,
    spec_path,
)
from recording.scrub import Scrubber

from .validate import CassetteValidator

__all__ = ["NetworkBlocked", "blocked_network", "coverage_problems", "replay", "request_problems"]

_BUILTINS: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (int, float),
    "str": str,
    "bool": bool,
    "object": object,
    "Any": object,
    "UUID": UUID,
}


class NetworkBlocked(RuntimeError):
    """Something tried to open a network connection during replay."""


@contextmanager
def blocked_network() -> Iterator[None]:
    """Make every socket connection and name lookup raise :class:`NetworkBlocked`."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkBlocked(f"network access during replay: {args[1:] or args}")

    saved = {
        "connect": socket.socket.connect,
        "connect_ex": socket.socket.connect_ex,
    }
    saved_functions = {
        "create_connection": socket.create_connection,
        "getaddrinfo": socket.getaddrinfo,
    }
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(socket.socket, name, value)
        for name, value in saved_functions.items():
            setattr(socket, name, value)


def replay(call: Call, root: Path = CASSETTES) -> Any:
    """Replay ``call`` from its cassette; return the result or raise what went wrong."""
    from piwik_pro import PiwikPro

    path = cassette_path(call.name, root)
    if not path.is_file():
        raise FileNotFoundError(f"{call.name}: no cassette {path}")
    sent: list[httpx.Request] = []
    with (
        Scrubber([REPLAY_HOST]).recorder("none").use_cassette(str(path)) as cassette,
        httpx.Client(base_url=REPLAY_HOST, event_hooks={"request": [sent.append]}) as http,
        PiwikPro(REPLAY_HOST, PLACEHOLDER, PLACEHOLDER, max_retries=0, http_client=http) as client,
    ):
        result = call.invoke(client)
        check_return_type(call, client, result)
    if not cassette.all_played:
        raise AssertionError(f"{call.name}: a recorded request was not made again")
    problems = [p for request in sent for p in request_problems(call.name, request)]
    if problems:
        raise AssertionError("\n".join(problems))
    return result


def request_problems(name: str, request: httpx.Request) -> list[str]:
    """What the spec of the replay (``calls.spec_path()``) forbids in a sent request."""
    recorded = {
        "method": request.method,
        "uri": str(request.url),
        "headers": dict(request.headers),
        "body": request.read(),
    }
    return _validator(spec_path()).request_problems(name, recorded)


@lru_cache(maxsize=2)
def _validator(path: Path) -> CassetteValidator:
    return CassetteValidator(load_spec(path))


def check_return_type(call: Call, client: Any, result: Any) -> None:
    """``result`` fits the method's return annotation and the operation's success types."""
    method = call.target(client)
    annotation = inspect.signature(method).return_annotation
    if not fits(result, str(annotation)):
        got = type(result).__name__
        raise TypeError(f"{call.name}: returned {got}, declared {annotation}")
    operation = _operation(method, call.name)
    if operation.ndjson is not None:
        from piwik_pro._operation import resolve_ref

        expected: Any = resolve_ref(operation.ndjson)
        ok = isinstance(result, list) and all(isinstance(item, expected) for item in result)
    elif operation.success:
        expected = operation.success_types()
        ok = isinstance(result, expected)
    else:
        expected, ok = None, result is None
    if not ok:
        raise TypeError(f"{call.name}: returned {type(result).__name__}, expected {expected}")


def _operation(method: Any, name: str) -> Any:
    """The ``Operation`` constant the resource method passes to the client."""
    module = inspect.getmodule(type(method.__self__))
    found = [v for v in vars(module).values() if getattr(v, "name", None) == name]
    if len(found) != 1:
        raise LookupError(f"{name}: no single Operation in {module}")
    return found[0]


def fits(value: Any, annotation: str) -> bool:
    """Whether ``value`` matches a return annotation string such as ``builtins.list[X] | None``."""
    for member in _members(annotation):
        generic, _, inner = member.partition("[")
        if member == "None":
            ok = value is None
        elif generic in ("builtins.list", "list"):
            ok = isinstance(value, list) and all(fits(v, inner[:-1]) for v in value)
        elif generic in ("builtins.dict", "dict"):
            ok = isinstance(value, dict)
        elif member in _BUILTINS:
            ok = isinstance(value, _BUILTINS[member]) and not (
                member in ("int", "float") and isinstance(value, bool)
            )
        else:
            ok = type(value).__name__ == member.rpartition(".")[2]
        if ok:
            return True
    return False


def _members(annotation: str) -> list[str]:
    """The top-level members of a ``A | B[C | D]`` union string."""
    members, depth, current = [], 0, ""
    for char in annotation:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(current.strip())
            current = ""
        else:
            current += char
    members.append(current.strip())
    return members


def coverage_problems(names: Iterable[str], root: Path = CASSETTES) -> dict[str, str]:
    """Operations without a cassette and cassettes without an operation, by friendly name."""
    names = set(names)
    recorded = {path.stem: path for path in root.glob("*/*.yaml")}
    problems = {n: "no cassette: run `make record`" for n in sorted(names - set(recorded))}
    for name in sorted(set(recorded) - names):
        problems[name] = f"orphaned cassette {recorded[name].name}: the spec has no such operation"
    for name, path in recorded.items():
        if name in names and path != cassette_path(name, root):
            problems[name] = f"cassette in the wrong directory: {path}"
    return problems
